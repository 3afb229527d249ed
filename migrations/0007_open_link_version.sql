-- Open (poster) links are derived like personal links: token = HMAC(link secret, campaign id and this
-- version), so the dashboard can show a campaign's open link again while the database keeps only its
-- hash. Turning the link on (or making a new one) moves to the next version, so a link turned off or
-- replaced never works again. Links made before this column existed do not match their derived token;
-- the dashboard says so and offers a new one.
ALTER TABLE campaigns ADD COLUMN open_link_version INTEGER NOT NULL DEFAULT 0;
