// The people a printed link is for (invitees no text or email reached who have not answered),
// searched on the server, and the ones staff have picked. Picks outlast a new search, so a card run
// can gather people from several searches.
import { useEffect, useState } from 'preact/hooks';
import type { PrintableContact } from '../../../server/distribution/contract.ts';
import { read, server } from '../api.ts';
import { useApi } from '../use-api.ts';

const page = 100;

export function usePrintable(campaignId: string) {
  const [q, setQ] = useState('');
  const [debounced, setDebounced] = useState('');
  // Typing a name should not send a request per key.
  useEffect(() => {
    const t = setTimeout(() => setDebounced(q.trim()), 250);
    return () => clearTimeout(t);
  }, [q]);
  const param = { id: encodeURIComponent(campaignId) };
  const query = { limit: String(page), ...(debounced && { q: debounced }) };
  const list = useApi(`${campaignId}?${new URLSearchParams(query)}`, () =>
    read(server.api.campaigns[':id'].printable.$get({ param, query })),
  );
  const [picked, setPicked] = useState<ReadonlyMap<string, PrintableContact>>(new Map());

  /** Picks or unpicks these people (one row, or every row shown). */
  const pick = (contacts: PrintableContact[], on: boolean) =>
    setPicked((old) => {
      const next = new Map(old);
      for (const c of contacts) {
        if (on) next.set(c.contactId, c);
        else next.delete(c.contactId);
      }
      return next;
    });

  return { q, setQ, list, picked, pick, clear: () => setPicked(new Map()) };
}
