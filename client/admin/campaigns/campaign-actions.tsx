// What staff do to a campaign as a whole: change it, launch it (campaign.tsx), close it now, delete a
// draft, and repeat it for the next period. Viewers see none of these.
import type { Campaign, CampaignState } from '../../../server/campaigns/contract.ts';
import { read, server } from '../api.ts';
import { navigate } from '../router.ts';
import { useForm } from '../use-form.ts';
import { FormMessage } from '../ui/field.tsx';
import { ConfirmAction } from './confirm-action.tsx';

const campaignApi = server.api.campaigns[':id'];

export function CampaignActions(p: { campaign: Campaign; state: CampaignState; onChanged: () => void }) {
  const c = p.campaign;
  const form = useForm();
  const param = { id: c.id };

  async function duplicate() {
    const out = await form.submit(() => read(campaignApi.duplicate.$post({ param, json: {} })));
    if (!out) return;
    const moved = out.templateChanged;
    const said = moved
      ? `Duplicated for ${out.campaign.period}. The survey moved from version ${moved.from} to its newest, version ${moved.to}: check the preview before you launch.`
      : `Duplicated for ${out.campaign.period}: check the dates, then launch.`;
    navigate(`/admin/campaigns/${out.campaign.id}?saved=${encodeURIComponent(said)}`);
  }
  async function remove() {
    if (await form.submit(() => read(campaignApi.$delete({ param })))) navigate('/admin/campaigns');
  }
  async function close() {
    if (await form.submit(() => read(campaignApi.close.$post({ param })))) p.onChanged();
  }

  // Past its close date a campaign is closed whatever its row says: nothing is left to close or change.
  const open = c.status === 'open' && p.state !== 'closed';
  return (
    <>
      <FormMessage message={form.message} />
      <div class="actions">
        {(c.status === 'draft' || open) && (
          <a class="button-link" href={`/admin/campaigns/${c.id}/edit`}>
            {c.status === 'draft' ? 'Edit' : 'Change name, close date or reminders'}
          </a>
        )}
        <button type="button" disabled={form.busy} onClick={() => void duplicate()}>
          Duplicate for the next period
        </button>
        {c.status === 'draft' && (
          <ConfirmAction
            id="delete-campaign"
            label="Delete"
            question={`Delete ${c.name}?`}
            yes="Yes, delete it"
            no="Keep it"
            danger
            busy={form.busy}
            onConfirm={() => void remove()}
          >
            <p class="hint">It was never launched, so nobody has been sent anything for it.</p>
          </ConfirmAction>
        )}
        {open && (
          <ConfirmAction
            id="close-campaign"
            label="Close now"
            question={`Close ${c.name} now?`}
            yes="Yes, close it now"
            no="Keep it open"
            danger
            busy={form.busy}
            onConfirm={() => void close()}
          >
            <ul>
              <li>Links stop accepting answers at once, printed cards and the poster link included.</li>
              <li>Invitations and reminders not yet sent are cancelled.</li>
              <li>
                Answers waiting are released into the reviews where groups are large enough; the rest stay
                sealed for good.
              </li>
              <li>It cannot be reopened.</li>
            </ul>
          </ConfirmAction>
        )}
      </div>
    </>
  );
}
