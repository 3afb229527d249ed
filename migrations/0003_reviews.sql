-- Reviews: aggregates kept up to date by every submission, review settings, goals, action items and
-- final snapshots. Plain SQLite SQL, applied by our runner and by `wrangler d1 migrations apply`.

-- Counts per campaign, group and answer, incremented in the same atomic write as each response.
-- A group is '' (everyone), 'organization=<id>', '<attribute>=<value>' or 'q.<question>=<option>', read
-- only from the response's own coarsened segment tag and answers, so a row never holds anything finer
-- than the response does: no day, no identifier. `value` is an answer ('' for the group's size and for
-- scores); `total` and `sumsq` hold exact integer sums of a scaled per-respondent score (see
-- server/reviews/cells.ts) so means and their intervals come from one row, whatever the number of
-- responses. No foreign key: every submission upserts about a hundred rows and the campaign has just
-- been read; a campaign's rows are only ever read by its id.
CREATE TABLE rollup_counts (
  campaign_id TEXT NOT NULL,
  group_key TEXT NOT NULL,
  item TEXT NOT NULL,
  value TEXT NOT NULL,
  n INTEGER NOT NULL,
  total INTEGER NOT NULL DEFAULT 0,
  sumsq INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (campaign_id, group_key, item, value)
) WITHOUT ROWID;

-- Invitation counts of a closed campaign (they cannot change once it is closed), so a review does not
-- count a million invitations every time it is drawn. Open campaigns are counted live.
CREATE TABLE review_invitation_counts (
  campaign_id TEXT PRIMARY KEY REFERENCES campaigns (id) ON DELETE CASCADE,
  personal_invited INTEGER NOT NULL,
  personal_completed INTEGER NOT NULL,
  open_invited INTEGER NOT NULL,
  open_completed INTEGER NOT NULL
);

-- Comments appear only for groups of at least this many respondents (default 10, never below 3).
CREATE TABLE review_settings (
  partnership_id TEXT PRIMARY KEY REFERENCES partnerships (id) ON DELETE CASCADE,
  comment_min_size INTEGER NOT NULL DEFAULT 10 CHECK (comment_min_size >= 3)
);

CREATE TABLE goals (
  id TEXT PRIMARY KEY,
  partnership_id TEXT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  template_id TEXT NOT NULL,
  measure TEXT NOT NULL,
  comparison TEXT NOT NULL CHECK (comparison IN ('at_least', 'at_most')),
  target REAL NOT NULL,
  -- JSON array of period names the goal applies to, or NULL for every review.
  periods TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX goals_partnership ON goals (partnership_id);

-- "You said, we did": opened in a review's period, carried into every later review until closed.
CREATE TABLE action_items (
  id TEXT PRIMARY KEY,
  partnership_id TEXT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
  period TEXT NOT NULL,
  period_start TEXT NOT NULL,
  heard TEXT NOT NULL,
  action TEXT NOT NULL,
  owner TEXT NOT NULL DEFAULT '',
  due_on TEXT,
  status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
  closed_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX action_items_partnership ON action_items (partnership_id, period_start);

-- A final review: the review as drawn when it was marked final, before suppression (suppression is
-- applied again on every output, with the settings of the day), frozen for good.
CREATE TABLE review_finals (
  partnership_id TEXT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
  period TEXT NOT NULL,
  model TEXT NOT NULL,
  finalized_at TEXT NOT NULL,
  finalized_by TEXT NOT NULL,
  PRIMARY KEY (partnership_id, period)
);

-- The aggregate rows each final review counted, per campaign: a later review counts only what came
-- after (late responses), so every response counts in exactly one quarterly and one annual review.
CREATE TABLE review_final_cells (
  partnership_id TEXT NOT NULL,
  period TEXT NOT NULL,
  campaign_id TEXT NOT NULL,
  responses INTEGER NOT NULL,
  cells TEXT NOT NULL,
  PRIMARY KEY (partnership_id, period, campaign_id),
  FOREIGN KEY (partnership_id, period) REFERENCES review_finals (partnership_id, period) ON DELETE CASCADE
);
CREATE INDEX review_final_cells_campaign ON review_final_cells (campaign_id);
