-- An invitation to set a password. A staff account an admin invites by email starts without a usable
-- password (users.password_hash holds a marker that no password verifies against, see
-- server/auth/passwords.ts) until its owner opens the emailed link and chooses one. Only a hash of
-- the link's token is stored. Accepting deletes the user's rows, so a link works once; sending the
-- invitation again deletes the earlier rows, so only the newest link works. A link expires after
-- seven days; deleting the user deletes their invitations.
CREATE TABLE user_invites (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX user_invites_user ON user_invites (user_id);
