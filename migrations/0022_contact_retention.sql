-- Contact details that expire (issue 17): a partnership may keep a contact's details for a set number
-- of days after the last campaign they were invited to closes (or after they were added, if never
-- invited); then the retention job (server/upkeep.ts) erases them as an erasure on request does.
-- NULL, the default for every partnership old and new, means off: details are kept until erased by
-- hand. The range (30 to 3650 days) is checked by the API (server/partnerships/contract.ts), not by a
-- CHECK here, so it can change without rebuilding the table.
ALTER TABLE partnerships ADD COLUMN contact_retention_days INTEGER;
