// Contact details that expire: the partnership's retention period, said in plain words (what is
// erased, what is kept, that a STOP is never forgotten), and who is due to be erased and when.
// Admins change the period (it is a partnership setting); anyone who reads contacts sees the list.
import { useEffect, useState } from 'preact/hooks';
import { updatePartnershipBody } from '../../../server/partnerships/contract.ts';
import { read, server } from '../api.ts';
import { useFormats } from '../i18n/use-formats.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useApi } from '../use-api.ts';
import { useForm } from '../use-form.ts';
import { useSession } from '../use-session.ts';
import { FormMessage, TextField } from '../ui/field.tsx';
import { Empty, Loaded } from '../ui/status.tsx';
import { useFieldErrors } from './field-errors.ts';

const dueApi = server.api.partnerships[':id'].retention;
/** How far ahead the list looks, and how many it shows at once. */
const ahead = 30;
const pageSize = 20;

export function ContactRetention(props: { partnershipId: string; days: number | null; onSaved: () => void }) {
  const t = useWords('partnership');
  const f = useFormats();
  const session = useSession();
  const isAdmin = session.user.role === 'admin';
  const form = useForm();
  const errors = useFieldErrors(form.errors);
  const [on, setOn] = useState(props.days !== null);
  const [days, setDays] = useState(String(props.days ?? 180));
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    setOn(props.days !== null);
    setDays(String(props.days ?? 180));
  }, [props.days]);
  const [offset, setOffset] = useState(0);
  const param = { id: props.partnershipId };
  const query = { days: String(ahead), limit: String(pageSize), offset: String(offset) };
  const due = useApi(`/api/partnerships/${props.partnershipId}/retention?${new URLSearchParams(query)}`, () =>
    read(dueApi.$get({ param, query })),
  );

  const choice = (value: boolean, label: string) => (
    <label class="check">
      <input type="radio" name="retention-on" checked={on === value} onChange={() => setOn(value)} />
      {label}
    </label>
  );

  return (
    <section class="card" aria-labelledby="retention-h">
      <h2 id="retention-h">{t('retentionTitle')}</h2>
      <p>{t('retentionWhat')}</p>
      <p>{t('retentionKept')}</p>
      <p>{t('retentionStop')}</p>
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setSaved(false);
          const body = form.check(updatePartnershipBody, { contactRetentionDays: on ? Number(days) : null });
          if (!body) return;
          const out = await form.submit(() =>
            read(server.api.partnerships[':id'].$patch({ param, json: body })),
          );
          if (out) {
            setSaved(true);
            setOffset(0);
            due.reload();
            props.onSaved();
          }
        }}
      >
        <FormMessage message={form.message} />
        {!isAdmin && <p class="muted">{t('onlyAdminSettings')}</p>}
        <fieldset disabled={!isAdmin}>
          <legend>{t('retentionChoice')}</legend>
          {choice(false, t('retentionOff'))}
          {choice(true, t('retentionOn'))}
          {on && (
            <TextField
              id="retention-days"
              label={t('retentionDays')}
              hint={t('retentionDaysHint')}
              type="number"
              min={30}
              max={3650}
              value={days}
              onValue={setDays}
              error={errors.contactRetentionDays}
            />
          )}
          <button type="submit" disabled={form.busy}>
            {t('save')}
          </button>
          <p role="status">{saved && t('saved')}</p>
        </fieldset>
      </form>

      <h3 id="retention-due-h">{t('retentionDueTitle', { days: ahead })}</h3>
      <Loaded state={due} what={t('theRetentionList')}>
        {(page) =>
          page.retentionDays === null ? (
            <Empty>
              <p>{t('retentionNoneOff')}</p>
            </Empty>
          ) : page.total === 0 ? (
            <Empty>
              <p>{t('retentionNoneDue', { days: ahead })}</p>
            </Empty>
          ) : (
            <>
              <table>
                <caption>{t('retentionDueCaption', { total: page.total })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('name')}</th>
                    <th scope="col">{t('retentionErasedFrom')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.contacts.map((c) => (
                    <tr key={c.id}>
                      <td>
                        <a href={`/admin/contacts/${c.id}`}>{`${c.firstName} ${c.lastName}`.trim()}</a>
                      </td>
                      <td>{f.day(c.dueOn)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div class="actions">
                <button
                  type="button"
                  disabled={offset === 0}
                  onClick={() => setOffset(Math.max(0, offset - pageSize))}
                >
                  {t('previousPage')}
                </button>
                <button
                  type="button"
                  disabled={offset + pageSize >= page.total}
                  onClick={() => setOffset(offset + pageSize)}
                >
                  {t('nextPage')}
                </button>
              </div>
            </>
          )
        }
      </Loaded>
    </section>
  );
}
