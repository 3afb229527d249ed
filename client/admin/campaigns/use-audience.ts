// How many contacts a campaign would reach, and by which channel, before it is launched: counted by
// the server with the launch's own filter and channel order (server/partnerships/audience.ts).
import type { AudienceCount } from '../../../server/partnerships/contract.ts';
import { read, server } from '../api.ts';
import { type Loaded, useApi } from '../use-api.ts';

export function useAudience(
  partnershipId: string,
  kinds: string[],
  organizationIds: string[],
  attributes: Record<string, string[]> | undefined,
  channels: ('sms' | 'email')[],
): Loaded<AudienceCount> {
  const query = {
    ...(kinds.length && { kinds: kinds.join(',') }),
    ...(organizationIds.length && { organizationIds: organizationIds.join(',') }),
    ...(attributes && { attributes: JSON.stringify(attributes) }),
    channels: channels.join(','),
  };
  // Typing an attribute value changes the key on every key press; count once the typing pauses.
  return useApi(
    `/api/partnerships/${encodeURIComponent(partnershipId)}/audience?${new URLSearchParams(query)}`,
    () => read(server.api.partnerships[':id'].audience.$get({ param: { id: partnershipId }, query })),
    { delay: 250 },
  );
}
