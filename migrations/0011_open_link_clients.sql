-- Per-client limits on open (poster) links, so one client flooding a poster link is refused while
-- everyone else at the poster still gets a ticket. A client is its address, kept only as a short keyed
-- hash: HMAC under a key derived from the link secret and the window, cut to 16 bits, so a copy of
-- the database names no address, and even with the secret a bucket stands for some 65,000 IPv4
-- addresses. A row holds counts per window and nothing of a ticket (no invitation id, token hash or
-- time finer than the window), and is deleted once its window is over (server/campaigns/open-link-clients.ts).
-- WITHOUT ROWID: rows sit in key order, not in the order clients came, which tickets' minted_at shows.
CREATE TABLE open_link_clients (
  campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  -- The UTC hour ('2026-08-15T15') or day ('2026-08-15') counted.
  period TEXT NOT NULL,
  -- Four hex digits of HMAC(key of the period, campaign id and address).
  client TEXT NOT NULL,
  tickets INTEGER NOT NULL,
  -- The UTC hour from which the row no longer counts and is deleted.
  until_hour TEXT NOT NULL,
  PRIMARY KEY (campaign_id, period, client)
) WITHOUT ROWID;
-- Every ticket deletes the windows that are over, so that delete finds them by index.
CREATE INDEX open_link_clients_until ON open_link_clients (until_hour);
