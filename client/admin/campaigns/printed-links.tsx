// Personal links for printed cards, for people no text or email reached. Staff pick who gets one;
// only those people get a fresh link (a card printed for them before stops working). The server
// never re-keys a link a message carried, nor one already used: it lists those people as skipped,
// with the reason, so what was delivered keeps working.
import { useState } from 'preact/hooks';
import {
  mostLinksPerRequest,
  type IssuedLinks,
  type PrintableContact,
  type SkipReason,
} from '../../../server/distribution/contract.ts';
import { read, server } from '../api.ts';
import { useForm } from '../use-form.ts';
import { FormMessage } from '../ui/field.tsx';
import { Empty, Loaded } from '../ui/status.tsx';
import { PrintedCards, printCards } from './printed-cards.tsx';
import { usePrintable } from './use-printable.ts';

const why: Record<SkipReason, string> = {
  completed: 'has answered already',
  delivered_by_sms: 'a text message carried their link, which keeps working',
  delivered_by_email: 'an email carried their link, which keeps working',
  not_invited: 'is not invited to this campaign',
};

const nameOf = (c: { firstName: string; lastName: string }) => `${c.firstName} ${c.lastName}`.trim();
const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;

function Picker({ p }: { p: ReturnType<typeof usePrintable> }) {
  return (
    <Loaded state={p.list} what="the people to print for">
      {({ contacts, total }) =>
        contacts.length === 0 ? (
          <Empty>
            {p.q.trim()
              ? 'Nobody waiting for a printed link matches this search.'
              : 'Nobody is waiting for a printed link: everyone was reached by text or email, or has answered.'}
          </Empty>
        ) : (
          <>
            <p class="muted">
              {total > contacts.length
                ? `The first ${contacts.length} of ${total}; search to find the others.`
                : `${people(total)} no text or email reached.`}
            </p>
            <div class="table-wrap">
              <table class="printable">
                <caption class="sr-only">People who may get a printed link</caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <input
                        type="checkbox"
                        aria-label="Pick everyone shown"
                        checked={contacts.every((c) => p.picked.has(c.contactId))}
                        onChange={(e) => p.pick(contacts, e.currentTarget.checked)}
                      />
                    </th>
                    <th scope="col">Name</th>
                    <th scope="col">Organization</th>
                    <th scope="col">Phone or email</th>
                    <th scope="col">Language</th>
                  </tr>
                </thead>
                <tbody>
                  {contacts.map((c: PrintableContact) => (
                    <tr>
                      <td>
                        <input
                          type="checkbox"
                          id={`pick-${c.contactId}`}
                          checked={p.picked.has(c.contactId)}
                          onChange={(e) => p.pick([c], e.currentTarget.checked)}
                        />
                      </td>
                      <td>
                        <label for={`pick-${c.contactId}`}>{nameOf(c)}</label>
                      </td>
                      <td>{c.organization ?? ''}</td>
                      <td>{c.phone ?? c.email ?? ''}</td>
                      <td>{c.language}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )
      }
    </Loaded>
  );
}

function Issued({ links, skipped }: IssuedLinks) {
  return (
    <>
      {skipped.length > 0 && (
        <div class="skipped">
          <h3>No new link for {people(skipped.length)}</h3>
          <ul>
            {skipped.map((s) => (
              <li data-reason={s.reason}>
                {nameOf(s) || s.contactId} {why[s.reason]}.
              </li>
            ))}
          </ul>
        </div>
      )}
      {links.length > 0 && (
        <div class="table-wrap" tabIndex={0} role="region" aria-label="Personal survey links">
          <table class="links">
            <caption class="sr-only">Personal survey links</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Language</th>
                <th scope="col">Code</th>
                <th scope="col">Link</th>
              </tr>
            </thead>
            <tbody>
              {links.map((l) => (
                <tr>
                  <td>{nameOf(l)}</td>
                  <td>{l.language}</td>
                  <td>
                    <kbd>{l.code}</kbd>
                  </td>
                  <td>
                    <code>{l.url}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {links.length > 0 && <PrintedCards links={links} />}
    </>
  );
}

export function PrintedLinks({ campaignId }: { campaignId: string }) {
  const p = usePrintable(campaignId);
  const form = useForm();
  const [result, setResult] = useState<IssuedLinks | null>(null);
  const n = p.picked.size;
  return (
    <section class="card" aria-labelledby="links-h">
      <h2 id="links-h">Printed links</h2>
      <p class="muted">
        For people no text or email reached who have not answered yet. Pick who gets a card: each gets a fresh
        link and a short code to type at the card's short address, and a card printed for them before stops
        working. Links sent by text or email never change.
      </p>
      <form class="row" role="search" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="printable-search">Search people</label>
          <input
            id="printable-search"
            type="search"
            placeholder="Name, email or phone"
            value={p.q}
            onInput={(e) => p.setQ(e.currentTarget.value)}
          />
        </div>
      </form>
      <Picker p={p} />
      <FormMessage message={form.message} />
      {n > mostLinksPerRequest && (
        <p class="form-error" role="alert">
          Pick at most {mostLinksPerRequest} people at a time.
        </p>
      )}
      <div class="actions">
        <button
          type="button"
          id="issue-links"
          disabled={n === 0 || n > mostLinksPerRequest || form.busy}
          onClick={async () => {
            const json = { contactIds: [...p.picked.keys()] };
            const out = await form.submit(() =>
              read(server.api.campaigns[':id'].links.$post({ param: { id: campaignId }, json })),
            );
            if (!out) return;
            setResult(out);
            p.clear();
            p.list.reload();
          }}
        >
          {n === 0 ? 'Pick people to issue links' : `Issue links for ${people(n)}`}
        </button>
        {n > 0 && (
          <button type="button" onClick={p.clear}>
            Clear picks
          </button>
        )}
        {result && result.links.length > 0 && (
          <button type="button" onClick={printCards}>
            Print cards
          </button>
        )}
      </div>
      <p role="status" class="sr-only">
        {result ? `Issued ${result.links.length} links; ${result.skipped.length} skipped.` : ''}
      </p>
      {result && <Issued links={result.links} skipped={result.skipped} />}
    </section>
  );
}
