// Personal links for printed cards, for people no text or email reached. Staff pick who gets one;
// only those people get a fresh link (a card printed for them before stops working). The server
// never re-keys a link a message carried, nor one already used: it lists those people as skipped,
// with the reason, so what was delivered keeps working.
import { useState } from 'preact/hooks';
import {
  mostLinksPerRequest,
  type IssuedLinks,
  type PrintableContact,
} from '../../../server/distribution/contract.ts';
import { read, server } from '../api.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useForm } from '../use-form.ts';
import { FormMessage } from '../ui/field.tsx';
import { Empty, Loaded } from '../ui/status.tsx';
import { PrintedCards, printCards } from './printed-cards.tsx';
import { usePrintable } from './use-printable.ts';

const nameOf = (c: { firstName: string; lastName: string }) => `${c.firstName} ${c.lastName}`.trim();

function Picker({ p }: { p: ReturnType<typeof usePrintable> }) {
  const t = useWords('campaigns');
  return (
    <Loaded state={p.list} what={t('thePrintable')}>
      {({ contacts, total }) =>
        contacts.length === 0 ? (
          <Empty>{p.q.trim() ? t('noMatch') : t('nobodyWaiting')}</Empty>
        ) : (
          <>
            <p class="muted">
              {total > contacts.length
                ? t('firstOf', { shown: contacts.length, total })
                : t('notReached', { n: total })}
            </p>
            <div class="table-wrap">
              <table class="printable">
                <caption class="sr-only">{t('mayGetLink')}</caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <input
                        type="checkbox"
                        aria-label={t('pickAll')}
                        checked={contacts.every((c) => p.picked.has(c.contactId))}
                        onChange={(e) => p.pick(contacts, e.currentTarget.checked)}
                      />
                    </th>
                    <th scope="col">{t('name')}</th>
                    <th scope="col">{t('organization')}</th>
                    <th scope="col">{t('phoneOrEmail')}</th>
                    <th scope="col">{t('language')}</th>
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
  const t = useWords('campaigns');
  return (
    <>
      {skipped.length > 0 && (
        <div class="skipped">
          <h3>{t('noNewLink', { n: skipped.length })}</h3>
          <ul>
            {skipped.map((s) => (
              <li data-reason={s.reason}>
                {t('skipped', { name: nameOf(s) || s.contactId, reason: s.reason })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {links.length > 0 && (
        <div class="table-wrap" tabIndex={0} role="region" aria-label={t('personalLinks')}>
          <table class="links">
            <caption class="sr-only">{t('personalLinks')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('language')}</th>
                <th scope="col">{t('code')}</th>
                <th scope="col">{t('link')}</th>
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
  const t = useWords('campaigns');
  const p = usePrintable(campaignId);
  const form = useForm();
  const [result, setResult] = useState<IssuedLinks | null>(null);
  const n = p.picked.size;
  return (
    <section class="card" aria-labelledby="links-h">
      <h2 id="links-h">{t('printedLinks')}</h2>
      <p class="muted">{t('printedIntro')}</p>
      <form class="row" role="search" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="printable-search">{t('searchPeople')}</label>
          <input
            id="printable-search"
            type="search"
            placeholder={t('searchPlaceholder')}
            value={p.q}
            onInput={(e) => p.setQ(e.currentTarget.value)}
          />
        </div>
      </form>
      <Picker p={p} />
      <FormMessage message={form.message} />
      {n > mostLinksPerRequest && (
        <p class="form-error" role="alert">
          {t('pickAtMost', { n: mostLinksPerRequest })}
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
          {n === 0 ? t('pickPeople') : t('issueFor', { n })}
        </button>
        {n > 0 && (
          <button type="button" onClick={p.clear}>
            {t('clearPicks')}
          </button>
        )}
        {result && result.links.length > 0 && (
          <button type="button" onClick={printCards}>
            {t('printCards')}
          </button>
        )}
      </div>
      <p role="status" class="sr-only">
        {result ? t('issued', { links: result.links.length, skipped: result.skipped.length }) : ''}
      </p>
      {result && <Issued links={result.links} skipped={result.skipped} />}
    </section>
  );
}
