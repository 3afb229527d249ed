-- Repeat every quarter (issue 14): a partnership's schedule for one template, and each quarter's run.
-- One schedule per template and partnership, so a quarter never gets two campaigns of the same survey.
CREATE TABLE campaign_schedules (
  id TEXT PRIMARY KEY,
  partnership_id TEXT NOT NULL REFERENCES partnerships (id),
  template_id TEXT NOT NULL,
  -- The campaigns' name before the quarter: "Worker voice" makes "Worker voice — 2027 Q1".
  name TEXT NOT NULL,
  audience TEXT NOT NULL,
  segment_attributes TEXT NOT NULL,
  channels TEXT NOT NULL,
  reminder_days TEXT NOT NULL,
  -- The campaign opens on this day of its quarter (1 = the quarter's first day), for `open_days` days.
  open_day INTEGER NOT NULL,
  open_days INTEGER NOT NULL,
  notice_days INTEGER NOT NULL,
  active INTEGER NOT NULL,
  -- The first quarter the runner may create, fixed when the schedule is switched on: a quarter whose
  -- opening day had passed by then is never back-filled.
  starts_with TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (partnership_id, template_id)
);

-- One row per schedule and quarter: its PRIMARY KEY is what keeps a quarter from being created twice
-- when the Node loop, a CLI run or two cron invocations overlap. Each step is claimed by one guarded
-- statement, so a run killed between steps resumes where it stopped.
CREATE TABLE schedule_runs (
  schedule_id TEXT NOT NULL REFERENCES campaign_schedules (id) ON DELETE CASCADE,
  period TEXT NOT NULL,
  opens_on TEXT NOT NULL,
  closes_on TEXT NOT NULL,
  -- The notice to staff: claimed (a lease, so a crash mid-send is retried once it lapses), then sent.
  notice_claimed_at TEXT,
  notice_sent_at TEXT,
  notice_recipients INTEGER,
  -- Chosen before the campaign is written, so a run resumed after a crash writes the same campaign.
  campaign_id TEXT,
  launched_at TEXT,
  invited INTEGER,
  attempts INTEGER NOT NULL DEFAULT 0,
  failed_at TEXT,
  failure TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (schedule_id, period)
);
