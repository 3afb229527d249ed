// Change a campaign: every field while it is a draft; after launch its name, close date and reminder
// days, the queued reminders following (the server says how many moved).
import { updateCampaignBody, type Campaign } from '../../../server/campaigns/contract.ts';
import type { Organization } from '../../../server/partnerships/contract.ts';
import type { TemplateSummary } from '../../../surveys/index.ts';
import type { ScreenProps } from '../shell/routes.ts';
import { read, server } from '../api.ts';
import { navigate } from '../router.ts';
import { useApi } from '../use-api.ts';
import { useForm } from '../use-form.ts';
import { canWrite, useSession } from '../use-session.ts';
import { Empty, Loaded } from '../ui/status.tsx';
import { bodyOf, CampaignForm, valuesOf, type CampaignValues } from './campaign-form.tsx';

export default function EditCampaign({ params }: ScreenProps) {
  const { user } = useSession();
  const id = params.id!;
  const campaign = useApi(id, () => read(server.api.campaigns[':id'].$get({ param: { id } })));
  const templates = useApi('templates', () => read(server.api.templates.$get()));
  const orgs = useApi(campaign.data?.campaign.partnershipId ?? null, (pid) =>
    read(server.api.partnerships[':id'].organizations.$get({ param: { id: pid } })),
  );
  return (
    <Loaded state={campaign} what="the campaign">
      {({ campaign: c }) => (
        <>
          <h1 tabIndex={-1}>Change {c.name}</h1>
          <p>
            <a href={`/admin/campaigns/${c.id}`}>Back to the campaign</a>
          </p>
          {!canWrite(user) ? (
            <Empty>Your account can read campaigns but not change them.</Empty>
          ) : c.status === 'closed' ? (
            <Empty>This campaign is closed; its answers are final.</Empty>
          ) : (
            <Loaded state={templates} what="survey templates">
              {({ templates }) => (
                <Loaded state={orgs} what="organizations">
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
        ? `?saved=${encodeURIComponent(`Saved. Reminders rescheduled: ${moved.removed} queued messages removed, ${moved.queued} queued.`)}`
        : '?saved=Saved.';
    navigate(`/admin/campaigns/${c.id}${said}`);
  }

  return (
    <>
      {launched && (
        <p>
          This campaign was launched, so only its name, close date and reminder days can change: the rest is
          what its invitations went out for.
        </p>
      )}
      <CampaignForm
        partnershipId={c.partnershipId}
        templates={p.templates}
        organizations={p.organizations}
        initial={valuesOf(c)}
        mode={launched ? 'launched' : 'draft'}
        form={form}
        submitLabel="Save changes"
        busyLabel="Saving…"
        note={launched ? 'Messages already sent stay sent.' : 'Nothing is sent until you launch it.'}
        onSubmit={save}
      />
    </>
  );
}
