// The partnership in use: its settings (admins change them), its organizations and who works on it.
import { useState } from 'preact/hooks';
import { updatePartnershipBody } from '../../../server/partnerships/contract.ts';
import { read, server } from '../api.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useSession } from '../use-session.ts';
import { useForm } from '../use-form.ts';
import { Empty } from '../ui/status.tsx';
import { ContactRetention } from './contact-retention.tsx';
import { Members } from './members.tsx';
import { Organizations } from './organizations.tsx';
import { PartnershipForm, toBody, toValues } from './partnership-form.tsx';
import { ReviewSettings } from './review-settings.tsx';

export default function PartnershipScreen() {
  const t = useWords('partnership');
  const session = useSession();
  const form = useForm();
  const p = session.current;
  const isAdmin = session.user.role === 'admin';
  // The members form offers a viewer's organization from this list, and the members list names them:
  // an organization added, renamed or removed (which ends its employer accounts) shows there too.
  const [orgsAdded, setOrgsAdded] = useState(0);
  if (!p)
    return (
      <>
        <h1 tabIndex={-1}>{t('partnership')}</h1>
        <Empty>
          <p>{t('noPartnership')}</p>
          {isAdmin && (
            <a class="button-link" href="/admin/partnerships/new">
              {t('startPartnership')}
            </a>
          )}
        </Empty>
      </>
    );
  return (
    <>
      <h1 tabIndex={-1}>{p.name}</h1>
      <div class="actions">
        {isAdmin && (
          <a class="button-link quiet" href="/admin/partnerships/new">
            {t('startAnother')}
          </a>
        )}
      </div>
      <div class="card">
        {!isAdmin && <p class="muted">{t('onlyAdminSettings')}</p>}
        <PartnershipForm
          key={p.id}
          initial={toValues(p)}
          form={form}
          disabled={!isAdmin}
          submitLabel={t('saveSettings')}
          onSubmit={async (v) => {
            const body = form.check(updatePartnershipBody, toBody(v));
            if (!body) return;
            const out = await form.submit(() =>
              read(server.api.partnerships[':id'].$patch({ param: { id: p.id }, json: body })),
            );
            if (out) await session.refresh();
          }}
        />
      </div>
      <ReviewSettings partnershipId={p.id} />
      <ContactRetention
        key={p.id}
        partnershipId={p.id}
        days={p.contactRetentionDays}
        onSaved={() => void session.refresh()}
      />
      <Organizations partnershipId={p.id} onChanged={() => setOrgsAdded((n) => n + 1)} />
      {isAdmin && <Members key={`${p.id}:${orgsAdded}`} partnershipId={p.id} />}
    </>
  );
}
