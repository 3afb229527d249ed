-- API tokens get a lifetime and a day of last use (issue 12, item 9).
--
-- expires_at: chosen when the token is made (90 days unless asked, at most a year; see
-- server/auth/tokens.ts) and required, so no token lives for ever again. SQLite can add a NOT NULL
-- column only with a constant default, which would be a sentinel every query must remember, so the
-- table is rebuilt instead: a new row without an expiry is refused by the database itself. Nothing
-- refers to api_tokens, so dropping the old table loses nothing.
--
-- Tokens made before this migration expire 90 days after it runs: not at once, which would stop every
-- script at the moment of the upgrade without warning, and not never, which is the hole being closed.
-- Ninety days is the lifetime a new token gets by default, and gives owners a quarter to see the date
-- in the token list (dashboard, API, CLI) and replace the token before their script stops.
--
-- last_used_on: the UTC day (YYYY-MM-DD) a token was last accepted, null until then. A day, not a
-- time: enough to find tokens nobody uses, without keeping a record of when a script ran; and the row
-- is written at most once a day per token instead of on every request.
CREATE TABLE api_tokens_0013 (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  last_used_on TEXT
);
INSERT INTO api_tokens_0013 (id, token_hash, user_id, name, created_at, expires_at)
  SELECT id, token_hash, user_id, name, created_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+90 days')
  FROM api_tokens;
DROP TABLE api_tokens;
ALTER TABLE api_tokens_0013 RENAME TO api_tokens;
-- A non-admin lists their own tokens; deleting a user deletes theirs.
CREATE INDEX api_tokens_user ON api_tokens (user_id);
