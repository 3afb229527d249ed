// How many contacts a campaign would reach, and by which channel, before it is launched. The API has
// no count endpoint, so this reads the partnership's contacts page by page and applies the same
// filter the launch applies (server/partnerships/audience.ts) and the same channel order.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.ts';

interface ContactRow {
  kind: string;
  organizationId: string | null;
  attributes: Record<string, string>;
  email: string | null;
  phone: string | null;
  smsConsent: boolean;
  smsOptedOut: boolean;
  emailOptedOut: boolean;
}

export interface AudienceSize {
  total: number;
  sms: number;
  email: number;
  /** Reachable by no chosen channel: only a printed link reaches them. */
  none: number;
}

const page = 1000;

export function useAudience(
  partnershipId: string,
  kinds: string[],
  organizationIds: string[],
  attributes: Record<string, string[]> | undefined,
  channels: ('sms' | 'email')[],
): { size: AudienceSize | null; loading: boolean } {
  const [size, setSize] = useState<AudienceSize | null>(null);
  const [loading, setLoading] = useState(true);
  const key = JSON.stringify([partnershipId, kinds, organizationIds, attributes, channels]);
  const wanted = Object.entries(attributes ?? {});
  useEffect(() => {
    let live = true;
    setLoading(true);
    const count = async () => {
      const out: AudienceSize = { total: 0, sms: 0, email: 0, none: 0 };
      for (let offset = 0; ; offset += page) {
        const { contacts } = await api.get<{ contacts: ContactRow[] }>(
          `/api/partnerships/${partnershipId}/contacts?limit=${page}&offset=${offset}`,
        );
        for (const c of contacts) {
          if (kinds.length && !kinds.includes(c.kind)) continue;
          if (organizationIds.length && !organizationIds.includes(c.organizationId ?? '')) continue;
          if (!wanted.every(([name, values]) => values.includes(c.attributes[name] ?? ''))) continue;
          out.total++;
          const channel = channels.find((ch) =>
            ch === 'sms' ? c.phone && c.smsConsent && !c.smsOptedOut : c.email && !c.emailOptedOut,
          );
          out[channel ?? 'none']++;
        }
        if (contacts.length < page) break;
      }
      if (live) setSize(out);
    };
    // Typing an attribute value changes the key on every key press; count once the typing pauses.
    const t = setTimeout(
      () =>
        void count()
          .catch(() => live && setSize(null))
          .finally(() => live && setLoading(false)),
      250,
    );
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [key]);
  return { size, loading };
}
