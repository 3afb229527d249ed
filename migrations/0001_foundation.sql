-- Foundation schema. Frozen once shipped: change it with 0002_..., never by editing this file.
-- Conventions (work on SQLite and D1 alike): text ids, ISO-8601 text timestamps, integer booleans,
-- JSON stored as text and parsed with zod at the boundary.

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin', 'analyst', 'viewer')),
  created_at TEXT NOT NULL
);

-- Only a hash of the session id is stored, so a leaked database does not leak live sessions.
CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE partnerships (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  sector TEXT NOT NULL,
  region TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  review_year TEXT NOT NULL CHECK (review_year IN ('calendar', 'program')),
  min_group_size INTEGER NOT NULL DEFAULT 5 CHECK (min_group_size >= 3),
  created_at TEXT NOT NULL
);

-- Analysts and viewers see only the partnerships they are members of; admins see all.
CREATE TABLE memberships (
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  partnership_id TEXT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  PRIMARY KEY (user_id, partnership_id)
);

CREATE TABLE organizations (
  id TEXT PRIMARY KEY,
  partnership_id TEXT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('employer', 'education', 'workforce_board', 'community',
    'labor', 'economic_development', 'other')),
  created_at TEXT NOT NULL,
  UNIQUE (partnership_id, name)
);

-- Personal data: used to send, and for nothing else.
CREATE TABLE contacts (
  id TEXT PRIMARY KEY,
  partnership_id TEXT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
  organization_id TEXT REFERENCES organizations (id) ON DELETE SET NULL,
  kind TEXT NOT NULL CHECK (kind IN ('worker', 'employer', 'partner')),
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL DEFAULT '',
  email TEXT,
  phone TEXT,
  language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'es')),
  attributes TEXT NOT NULL DEFAULT '{}',
  sms_consent INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
CREATE INDEX contacts_partnership ON contacts (partnership_id, kind);
CREATE UNIQUE INDEX contacts_email ON contacts (partnership_id, email COLLATE NOCASE) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX contacts_phone ON contacts (partnership_id, phone) WHERE phone IS NOT NULL;

-- A copy of every template version a campaign has used, fingerprinted, so a campaign keeps the
-- exact questions it launched with even after the code moves on to a newer version.
CREATE TABLE template_versions (
  template_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  kind TEXT NOT NULL,
  definition TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  published_at TEXT NOT NULL,
  PRIMARY KEY (template_id, version)
);

CREATE TABLE campaigns (
  id TEXT PRIMARY KEY,
  partnership_id TEXT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  template_id TEXT NOT NULL,
  template_version INTEGER NOT NULL,
  period TEXT NOT NULL,
  audience TEXT NOT NULL DEFAULT '{}',
  segment_attributes TEXT NOT NULL DEFAULT '[]',
  opens_on TEXT NOT NULL,
  closes_on TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
  launched_at TEXT,
  open_link_hash TEXT UNIQUE,
  open_link_hourly_limit INTEGER NOT NULL DEFAULT 60,
  open_link_total_limit INTEGER NOT NULL DEFAULT 2000,
  created_at TEXT NOT NULL,
  FOREIGN KEY (template_id, template_version) REFERENCES template_versions (template_id, version)
);
CREATE INDEX campaigns_partnership ON campaigns (partnership_id, period);

-- One invitation per contact and campaign (contact_id is NULL for a ticket minted by an open link).
-- It stores only a hash of the link's token and learns only "completed": no completion time, so
-- nothing here can be lined up with a response's date.
CREATE TABLE invitations (
  id TEXT PRIMARY KEY,
  campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  contact_id TEXT REFERENCES contacts (id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  language TEXT NOT NULL DEFAULT 'en',
  segment TEXT NOT NULL DEFAULT '[]',
  completed INTEGER NOT NULL DEFAULT 0,
  -- Set only for open-link tickets: the hour they were minted (for the hourly cap and the minimum
  -- time to answer); NULL for invitations to a contact.
  minted_hour TEXT,
  minted_at TEXT,
  UNIQUE (campaign_id, contact_id)
);
CREATE INDEX invitations_campaign ON invitations (campaign_id, completed);
CREATE INDEX invitations_minted ON invitations (campaign_id, minted_hour) WHERE minted_hour IS NOT NULL;

-- Save and resume: partial answers keyed by the token hash, deleted in the same write as the submit.
CREATE TABLE drafts (
  token_hash TEXT PRIMARY KEY,
  campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  answers TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- How many invitations of each segment class have completed. A response is tagged with the finest
-- class that already holds at least min_group_size completions, so its tag always matches at least
-- that many people who answered. Derivable from invitations; kept as a counter for one cheap read.
CREATE TABLE segment_completions (
  campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  segment_key TEXT NOT NULL,
  completed INTEGER NOT NULL,
  PRIMARY KEY (campaign_id, segment_key)
) WITHOUT ROWID;

-- Anonymous answers. No contact, invitation, token, IP or user agent; a random id; a day, not a
-- time. WITHOUT ROWID: rows are stored in id order, so there is no hidden insertion counter that
-- would line responses up with the order invitations completed.
CREATE TABLE responses (
  id TEXT PRIMARY KEY,
  campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  template_id TEXT NOT NULL,
  template_version INTEGER NOT NULL,
  submitted_on TEXT NOT NULL,
  segment TEXT NOT NULL DEFAULT '{}',
  answers TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX responses_campaign ON responses (campaign_id);
