-- An employer's staff may read a partnership's reviews limited to their own organization's figures
-- next to the whole sector's. The limit sits on the membership, because an organization belongs to
-- one partnership. Deleting the organization deletes the membership rather than nulling the limit:
-- a null limit means "the whole partnership", so SET NULL would silently widen what they see.
ALTER TABLE memberships ADD COLUMN organization_id TEXT REFERENCES organizations (id) ON DELETE CASCADE;
