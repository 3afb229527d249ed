-- The audit trail (issue 17): who did what to which object, appended by the app and never edited
-- through it. It names staff and objects (a contact's id when staff edit or erase one), never
-- answers, tokens, links or anything that ties a contact to a response (test/privacy scans it).
--
-- `seq` gives the order entries were written in (two in the same second stay in order) and is what
-- paging walks. `actor_id` is a users.id, or null for the background jobs and the command line,
-- which `actor` then names; it has no foreign key, nor has `partnership_id`: an entry outlives the
-- account, the partnership and the object it names. `detail` is JSON: before and after for a
-- setting, counts for a job.
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor_id TEXT,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  object_kind TEXT,
  object_id TEXT,
  partnership_id TEXT,
  detail TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_by_time ON audit_log (at, seq);
CREATE INDEX audit_log_by_actor ON audit_log (actor_id, at, seq);
CREATE INDEX audit_log_by_action ON audit_log (action, at, seq);

-- Entries are never changed: the only write after the insert is the purge of entries past the keep
-- time, a DELETE. SQLite and D1 both run triggers.
CREATE TRIGGER audit_log_never_updated BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit entries are never changed');
END;
