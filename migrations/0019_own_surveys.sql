-- A partnership's own surveys (issue 15). Each is a line of versions under one template id ('own-'
-- and random letters). Its published versions are rows of template_versions, frozen and fingerprinted
-- like the built-in templates, so campaigns, answers and reviews treat both alike. At most one draft
-- (the next version) is being edited, kept here as JSON until it is published or discarded.
CREATE TABLE own_surveys (
  template_id TEXT PRIMARY KEY,
  partnership_id TEXT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('worker-voice', 'employer-satisfaction', 'partner-roi')),
  name TEXT NOT NULL,
  -- Where it started: a built-in template or another of the partnership's surveys, at a version.
  based_on_id TEXT NOT NULL,
  based_on_version INTEGER NOT NULL,
  -- The built-in template whose quarter-by-quarter line its reviews continue.
  line TEXT NOT NULL,
  draft TEXT,
  draft_saved_at TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (partnership_id, name)
);
CREATE INDEX own_surveys_partnership ON own_surveys (partnership_id);

-- What each published version changed from the one before (or from what it was based on): the
-- reviews list it, and an item whose meaning changed has a new id and names the one it replaces,
-- where its trend breaks.
CREATE TABLE own_survey_versions (
  template_id TEXT NOT NULL REFERENCES own_surveys (template_id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  changes TEXT NOT NULL,
  published_by TEXT,
  published_at TEXT NOT NULL,
  PRIMARY KEY (template_id, version)
);
