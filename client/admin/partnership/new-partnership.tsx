// An admin starts a partnership; it becomes the one the dashboard works in.
import { createPartnershipBody } from '../../../server/partnerships/contract.ts';
import { read, server } from '../api.ts';
import { useWords } from '../i18n/use-locale.ts';
import { navigate } from '../router.ts';
import { useSession } from '../use-session.ts';
import { useForm } from '../use-form.ts';
import { blankPartnership, PartnershipForm, toBody } from './partnership-form.tsx';

export default function NewPartnership() {
  const t = useWords('partnership');
  const session = useSession();
  const form = useForm();
  if (session.user.role !== 'admin')
    return (
      <>
        <h1 tabIndex={-1}>{t('newPartnership')}</h1>
        <p>{t('onlyAdminStart')}</p>
      </>
    );
  return (
    <>
      <h1 tabIndex={-1}>{t('newPartnership')}</h1>
      <div class="card">
        <PartnershipForm
          initial={blankPartnership()}
          form={form}
          submitLabel={t('createPartnership')}
          onSubmit={async (v) => {
            const body = form.check(createPartnershipBody, toBody(v));
            if (!body) return;
            const out = await form.submit(() => read(server.api.partnerships.$post({ json: body })));
            if (!out) return;
            await session.refresh();
            session.choose(out.partnership.id);
            navigate('/admin/partnership');
          }}
        />
      </div>
    </>
  );
}
