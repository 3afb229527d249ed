/**
 * A database as migration 0019 left it, holding what 0020 must not lose: contacts in English and
 * Spanish (one erased), an invitation and messages for each, a clarification and an opt-out mark.
 * Plain SQL, so the same rows go into better-sqlite3 and into a local D1 through wrangler.
 */
export const legacyRows = `
INSERT INTO partnerships (id, name, sector, region, time_zone, review_year, created_at)
  VALUES ('p1', 'River Valley', 'Manufacturing', 'RV', 'UTC', 'calendar', '2026-01-01T00:00:00Z');
INSERT INTO contacts (id, partnership_id, kind, first_name, last_name, phone, email, language, sms_consent, created_at)
  VALUES ('c-en', 'p1', 'worker', 'Ann', 'Lee', '+13125550101', NULL, 'en', 1, '2026-01-02T00:00:00Z'),
         ('c-es', 'p1', 'worker', 'Bea', 'Ruiz', '+13125550102', 'bea@example.org', 'es', 1, '2026-01-02T00:00:00Z'),
         ('c-gone', 'p1', 'worker', '', '', NULL, NULL, 'es', 0, '2026-01-02T00:00:00Z');
UPDATE contacts SET erased_on = '2026-03-01' WHERE id = 'c-gone';
INSERT INTO template_versions (template_id, version, kind, definition, fingerprint, published_at)
  VALUES ('worker-voice', 1, 'worker-voice', '{}', 'f', '2026-01-01T00:00:00Z');
INSERT INTO campaigns (id, partnership_id, name, template_id, template_version, period, opens_on, closes_on, status, created_at)
  VALUES ('k1', 'p1', 'Q1', 'worker-voice', 1, '2026-Q1', '2026-02-01', '2026-03-31', 'open', '2026-01-05T00:00:00Z');
INSERT INTO invitations (id, campaign_id, contact_id, token_hash, language)
  VALUES ('i-en', 'k1', 'c-en', 'h-en', 'en'), ('i-es', 'k1', 'c-es', 'h-es', 'es'), ('i-gone', 'k1', 'c-gone', 'h-gone', 'es');
INSERT INTO outbox (id, campaign_id, invitation_id, contact_id, channel, purpose, sequence, status, due_at)
  VALUES ('o1', 'k1', 'i-en', 'c-en', 'sms', 'invitation', 0, 'sent', '2026-02-01T15:00:00Z'),
         ('o2', 'k1', 'i-es', 'c-es', 'sms', 'invitation', 0, 'sent', '2026-02-01T15:00:00Z'),
         ('o3', 'k1', 'i-es', 'c-es', 'sms', 'reminder', 1, 'queued', '2026-02-04T15:00:00Z'),
         ('o4', 'k1', 'i-gone', 'c-gone', 'email', 'invitation', 0, 'sent', '2026-02-01T15:00:00Z');
INSERT INTO sms_clarifications (campaign_id, contact_id, asked_on) VALUES ('k1', 'c-es', '2026-02-02');
INSERT INTO opt_out_marks (mac, channel) VALUES ('m1', 'sms');
`;

/** Row counts of the tables that reference contacts, and the contacts themselves. */
export const countsQuery = `SELECT
  (SELECT count(*) FROM contacts) AS contacts,
  (SELECT count(*) FROM invitations) AS invitations,
  (SELECT count(*) FROM outbox) AS outbox,
  (SELECT count(*) FROM sms_clarifications) AS clarifications,
  (SELECT count(*) FROM opt_out_marks) AS marks`;

export const countsBefore = { contacts: 3, invitations: 3, outbox: 4, clarifications: 1, marks: 1 };

export const languagesQuery = 'SELECT id, language, language_0001 FROM contacts ORDER BY id';

export const languagesAfter = [
  { id: 'c-en', language: 'en', language_0001: 'en' },
  { id: 'c-es', language: 'es', language_0001: 'en' },
  { id: 'c-gone', language: 'es', language_0001: 'en' },
];
