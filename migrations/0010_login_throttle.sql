-- Sign-in throttling (issue 12): failed sign-ins counted per typed email and per client address, so
-- guessing passwords slows down and then stops (server/auth/throttle.ts). Both are kept only as a
-- SHA-256 keyed with the link secret and domain-separated by kind, so a copy of the database does not
-- list who tried to sign in or from where. Rows are deleted a day after their last attempt.
CREATE TABLE login_throttle (
  key_hash TEXT PRIMARY KEY,
  -- Attempts in the current run; a run ends after fifteen quiet minutes, and a sign-in that succeeds
  -- takes its own attempt back (and clears its account's row).
  failures INTEGER NOT NULL,
  -- ISO times: the last attempt counted, and before when the next one is refused.
  last_at TEXT NOT NULL,
  wait_until TEXT NOT NULL,
  -- A random id of the last attempt counted, so the second statement of one attempt can tell its own
  -- first write from a wait set by someone else.
  attempt TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX login_throttle_last ON login_throttle (last_at);
