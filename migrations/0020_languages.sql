-- Every worker in their own language (issue 16): a contact may speak any language of
-- surveys/language-list.ts, a partnership chooses the language its contacts get when a survey lacks
-- theirs, and a partnership records who reviewed a language's texts.
--
-- 0001 wrote `contacts.language ... CHECK (language IN ('en', 'es'))`. SQLite cannot drop a CHECK,
-- and rebuilding `contacts` (create a copy, copy the rows, drop the old table) is unsafe here:
-- invitations, outbox rows and SMS clarifications (0012) reference contacts ON DELETE CASCADE, and
-- D1 cannot switch foreign keys off, so dropping the old table would delete every one of them. So
-- the column moves aside instead: renamed, its CHECK follows it (SQLite rewrites the constraint with
-- the name), and a new `language` without the CHECK takes its values. The old column is then set
-- back to its default 'en' on every row, so it holds nothing about anyone; it stays only because
-- SQLite cannot drop a column its CHECK names. Nothing reads it.
ALTER TABLE contacts RENAME COLUMN language TO language_0001;
ALTER TABLE contacts ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
UPDATE contacts SET language = language_0001, language_0001 = 'en';

-- The rename rewrote 0014's list index to name language_0001; the list filters on the new column.
DROP INDEX contacts_by_name;
CREATE INDEX contacts_by_name ON contacts (partnership_id, last_name, first_name, id, email, phone, kind,
  organization_id, language, sms_consent, sms_opted_out_at, email_opted_out_at) WHERE erased_on IS NULL;

-- What a contact gets when the campaign's survey is not written in their language: one of the page
-- languages (surveys/languages.ts), English until a partnership chooses.
ALTER TABLE partnerships ADD COLUMN fallback_language TEXT NOT NULL DEFAULT 'en';

-- A native speaker's review of a language's texts, recorded by a partnership's staff: `subject` is
-- 'words' (the respondent's words, surveys/words/) or a built-in template's id (its translation).
-- The day only, as the words files record theirs. One row per reviewer: marking again moves the day.
CREATE TABLE language_reviews (
  partnership_id TEXT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
  subject TEXT NOT NULL,
  lang TEXT NOT NULL,
  reviewer_name TEXT NOT NULL,
  -- Who recorded it; kept as a name alone once their account is gone.
  reviewed_by TEXT REFERENCES users (id) ON DELETE SET NULL,
  reviewed_on TEXT NOT NULL,
  PRIMARY KEY (partnership_id, lang, subject, reviewer_name)
) WITHOUT ROWID;
