// Change a campaign: every field while it is a draft; after launch its name, close date and reminder
// days, the queued reminders following (the server says how many moved).
import { updateCampaignBody, type Campaign } from '../../../server/campaigns/contract.ts';
import type { Organization } from '../../../server/partnerships/contract.ts';
import type { TemplateSummary } from '../../../surveys/index.ts';
import type { ScreenProps } from '../shell/routes.ts';
import { read, server } from '../api.ts';
import { useWords } from '../i18n/use-locale.ts';
import { navigate } from '../router.ts';
import { useApi } from '../use-api.ts';
import { useForm } from '../use-form.ts';
import { canWrite, useSession } from '../use-session.ts';
import { Empty, Loaded } from '../ui/status.tsx';
import { bodyOf, CampaignForm, valuesOf, type CampaignValues } from './campaign-form.tsx';

export default function EditCampaign({ params }: ScreenProps) {
  const { user } = useSession();
  const t = useWords('campaigns');
  const id = params.id!;
  const campaign = useApi(id, () => read(server.api.campaigns[':id'].$get({ param: { id } })));
  const templates = useApi('templates', () => read(server.api.templates.$get()));
  const orgs = useApi(campaign.data?.campaign.partnershipId ?? null, (pid) =>
    read(server.api.partnerships[':id'].organizations.$get({ param: { id: pid } })),
  );
  return (
    <Loaded state={campaign} what={t('theCampaign')}>
      {({ campaign: c }) => (
        <>
          <h1 tabIndex={-1}>{t('changeTitle', { name: c.name })}</h1>
          <p>
            <a href={`/admin/campaigns/${c.id}`}>{t('backToCampaign')}</a>
          </p>
          {!canWrite(user) ? (
            <Empty>{t('readOnly')}</Empty>
          ) : c.status === 'closed' ? (
            <Empty>{t('closedFinal')}</Empty>
          ) : (
            <Loaded state={templates} what={t('theTemplates')}>
              {({ templates }) => (
                <Loaded state={orgs} what={t('theOrganizations')}>
                  {({ organizations }) => (
                    <Edit campaign={c} templates={templates} organizations={organizations} />
                  )}
                </Loaded>
              )}
            </Loaded>
          )}
        </>
      )}
    </Loaded>
  );
}

function Edit(p: { campaign: Campaign; templates: TemplateSummary[]; organizations: Organization[] }) {
  const form = useForm();
  const t = useWords('campaigns');
  const c = p.campaign;
  const launched = c.status !== 'draft';

  async function save(v: CampaignValues) {
    const all = bodyOf(v);
    const { templateId, ...rest } = all;
    const wanted = launched
      ? { name: all.name, closesOn: all.closesOn, reminderDays: all.reminderDays }
      : // The same template keeps the version it is pinned to; another takes its newest.
        templateId === c.templateId
        ? rest
        : all;
    const body = form.check(updateCampaignBody, wanted);
    if (!body) return;
    const out = await form.submit(() =>
      read(server.api.campaigns[':id'].$patch({ param: { id: c.id }, json: body })),
    );
    if (!out) return;
    const moved = out.reminders;
    const said =
      moved && (moved.queued || moved.removed)
        ? t('savedRescheduled', { removed: moved.removed, queued: moved.queued })
        : t('saved');
    navigate(`/admin/campaigns/${c.id}?saved=${encodeURIComponent(said)}`);
  }

  return (
    <>
      {launched && <p>{t('launchedLimits')}</p>}
      <CampaignForm
        partnershipId={c.partnershipId}
        templates={p.templates}
        organizations={p.organizations}
        initial={valuesOf(c)}
        mode={launched ? 'launched' : 'draft'}
        form={form}
        submitLabel={t('saveChanges')}
        busyLabel={t('saving')}
        note={launched ? t('sentStaysSent') : t('sentAfterLaunch')}
        onSubmit={save}
      />
    </>
  );
}
