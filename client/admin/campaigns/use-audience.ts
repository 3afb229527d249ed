// How many contacts a campaign would reach, and by which channel, before it is launched: counted by
// the server with the launch's own filter and channel order (server/partnerships/audience.ts).
import { useEffect, useState } from 'preact/hooks';
import type { AudienceCount } from '../../../server/partnerships/audience.ts';
import { api, ApiError } from '../api.ts';

export type AudienceSize = AudienceCount;

export function useAudience(
  partnershipId: string,
  kinds: string[],
  organizationIds: string[],
  attributes: Record<string, string[]> | undefined,
  channels: ('sms' | 'email')[],
): { size: AudienceSize | null; loading: boolean; error: string | null } {
  const [state, setState] = useState<{ size: AudienceSize | null; loading: boolean; error: string | null }>({
    size: null,
    loading: true,
    error: null,
  });
  const query = new URLSearchParams();
  if (kinds.length) query.set('kinds', kinds.join(','));
  if (organizationIds.length) query.set('organizationIds', organizationIds.join(','));
  if (attributes) query.set('attributes', JSON.stringify(attributes));
  query.set('channels', channels.join(','));
  const path = `/api/partnerships/${encodeURIComponent(partnershipId)}/audience?${query}`;
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    // Typing an attribute value changes the path on every key press; count once the typing pauses.
    const t = setTimeout(() => {
      api
        .get<AudienceSize>(path)
        .then((size) => live && setState({ size, loading: false, error: null }))
        .catch(
          (e: unknown) =>
            live &&
            setState({
              size: null,
              loading: false,
              error: e instanceof ApiError ? e.message : 'The audience could not be counted.',
            }),
        );
    }, 250);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [path]);
  return state;
}
