-- A partnership's help contact: a phone (E.164) or an email address that respondents' pages, posters
-- and the SMS HELP reply give for questions. Null until staff set one.
ALTER TABLE partnerships ADD COLUMN help_contact TEXT;

-- Removing an organization keeps its row, marked removed, so past reviews (whose groups name it by id)
-- still show its name. Its contacts and employer memberships are released explicitly at removal
-- (partnerships/organizations.ts), since no ON DELETE rule runs for a row that stays.
ALTER TABLE organizations ADD COLUMN removed_at TEXT;
