// How many contacts a campaign would reach, and by which channel, before it is launched: counted by
// the server with the launch's own filter and channel order (server/partnerships/audience.ts).
import type { AudienceCount } from '../../../server/partnerships/audience.ts';
import { type Loaded, useApi } from '../use-api.ts';

export type AudienceSize = AudienceCount;

export function useAudience(
  partnershipId: string,
  kinds: string[],
  organizationIds: string[],
  attributes: Record<string, string[]> | undefined,
  channels: ('sms' | 'email')[],
): Loaded<AudienceSize> {
  const query = new URLSearchParams();
  if (kinds.length) query.set('kinds', kinds.join(','));
  if (organizationIds.length) query.set('organizationIds', organizationIds.join(','));
  if (attributes) query.set('attributes', JSON.stringify(attributes));
  query.set('channels', channels.join(','));
  // Typing an attribute value changes the path on every key press; count once the typing pauses.
  return useApi<AudienceSize>(`/api/partnerships/${encodeURIComponent(partnershipId)}/audience?${query}`, {
    delay: 250,
  });
}
