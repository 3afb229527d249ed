-- Short codes for printed cards (issue 14): ten characters a worker can type at /c instead of a
-- 60-character link. The code is derived like the link (HMAC of the invitation and its link version
-- under the link secret), and the table keeps only a keyed MAC of it, never the code or a plain hash:
-- a 50-bit code under a plain hash would fall to an offline search of a copied database.
-- One row per invitation: printing a new card for someone replaces their row, retiring the old card.
-- WITHOUT ROWID: rows sit in MAC order, not in the order cards were printed.
CREATE TABLE printed_codes (
  code_mac TEXT PRIMARY KEY,
  invitation_id TEXT NOT NULL UNIQUE REFERENCES invitations (id) ON DELETE CASCADE,
  -- The link version the code opens; a later re-key makes the code open nothing.
  link_version INTEGER NOT NULL
) WITHOUT ROWID;

-- Wrong codes typed at /c, counted per client and for everyone, per UTC hour. A client is kept only
-- as four hex digits of an HMAC under a key derived from the link secret and the hour (as
-- open_link_clients does): a copy of the database names no address. '*' counts everyone's.
-- Rows of past hours are deleted by the next try.
CREATE TABLE code_tries (
  period TEXT NOT NULL,
  client TEXT NOT NULL,
  tries INTEGER NOT NULL,
  PRIMARY KEY (period, client)
) WITHOUT ROWID;
