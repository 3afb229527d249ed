-- Contacts staff can correct, page through and erase (issue 14).
--
-- Erasing a person keeps their row as a tombstone, emptied of every detail (name, addresses,
-- organization, attributes), dated to the day it was erased: their invitations and messages still
-- reference it, so the campaign and review counts read live from those rows stay exactly what they
-- were, while nothing left names anyone. Lists, audiences and sends skip tombstones.
ALTER TABLE contacts ADD COLUMN erased_on TEXT;

-- A STOP or an unsubscribe outlives the contact it was recorded on: a keyed MAC of the phone or the
-- address (server/mac.ts, under the link secret), never the phone or address itself, so a later
-- import or entry of the same person starts opted out. No date, no partnership: a STOP is the
-- phone's, wherever it was imported.
CREATE TABLE opt_out_marks (
  mac TEXT PRIMARY KEY,
  channel TEXT NOT NULL CHECK (channel IN ('sms', 'email'))
) WITHOUT ROWID;

-- The list pages by name within a partnership. The first index also holds every column the search
-- and the filters read, so a search or a rare filter walks the index alone and reads only the rows it
-- keeps (reading each row of 100,000 to test it took 250 ms; the index alone, about 40). The other two
-- serve an organization's or a kind's page directly. Partial, so tombstones cost the list nothing.
CREATE INDEX contacts_by_name ON contacts (partnership_id, last_name, first_name, id, email, phone, kind,
  organization_id, language, sms_consent, sms_opted_out_at, email_opted_out_at) WHERE erased_on IS NULL;
CREATE INDEX contacts_org_by_name ON contacts (partnership_id, organization_id, last_name, first_name, id)
  WHERE erased_on IS NULL;
CREATE INDEX contacts_kind_by_name ON contacts (partnership_id, kind, last_name, first_name, id)
  WHERE erased_on IS NULL;
