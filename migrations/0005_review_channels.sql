-- Reviews report the response rate by how people were reached (SMS, email, a printed link only, the
-- open poster link) instead of personal against open link. A closed campaign's counts are kept here
-- once counted; the table they replace held the old split and is rebuilt from invitations on demand.
DROP TABLE review_invitation_counts;

CREATE TABLE review_channel_counts (
  campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  channel TEXT NOT NULL CHECK (channel IN ('sms', 'email', 'printed', 'open_link')),
  invited INTEGER NOT NULL,
  completed INTEGER NOT NULL,
  PRIMARY KEY (campaign_id, channel)
) WITHOUT ROWID;
