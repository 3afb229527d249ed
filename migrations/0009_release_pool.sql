-- Anonymity over time and on disk (issue 11). Answers no longer go straight into `responses`: they
-- wait in a sealed pool and are released in batches that move every published group by none or by
-- at least the partnership's minimum group size, so neither two reviews fetched at two moments nor two
-- copies of this file taken between two submissions single anyone out.

-- An answer waiting for release: AES-GCM under a key derived from ANSWER_SECRET (a server secret that
-- is never stored here), padded to one size per template version so its length says nothing. A random
-- id and no date: nothing here lines up with the invitation that was completed when it was written.
CREATE TABLE pending_answers (
  id TEXT PRIMARY KEY,
  campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  sealed TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX pending_answers_campaign ON pending_answers (campaign_id);

-- What each release moved, for staff: a day and a count, never which answers. `final` marks the
-- release made when the campaign closed (whatever it could not carry stays sealed in the pool).
CREATE TABLE releases (
  id TEXT PRIMARY KEY,
  campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  released_on TEXT NOT NULL,
  released INTEGER NOT NULL,
  final INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX releases_campaign ON releases (campaign_id, released_on);

-- Save and resume, sealed with a key derived from the respondent's own link token. The id is derived
-- from the token too, and differs from invitations.token_hash, so without the link a draft can be
-- neither read nor joined to its invitation; its date is a day. `short_lived` drafts (poster tickets,
-- often on a shared phone) are swept the day after they were saved; the others after a set age or at
-- campaign close. The old table keyed drafts by the token hash; its rows cannot be re-keyed without the
-- tokens, so they go (a respondent who had saved answers starts that survey again).
DROP TABLE drafts;
CREATE TABLE sealed_drafts (
  id TEXT PRIMARY KEY,
  campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  sealed TEXT NOT NULL,
  saved_on TEXT NOT NULL,
  short_lived INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX sealed_drafts_campaign ON sealed_drafts (campaign_id);
CREATE INDEX sealed_drafts_saved ON sealed_drafts (saved_on);

-- Response tags are now chosen at release time from the release itself (every tag class it writes
-- holds at least k answers), so the per-submission completion counters are no longer needed.
DROP TABLE segment_completions;
