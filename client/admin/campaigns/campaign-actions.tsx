// What staff do to a campaign as a whole: change it, launch it (campaign.tsx), close it now, delete a
// draft, and repeat it for the next period. Viewers see none of these.
import type { Campaign, CampaignState } from '../../../server/campaigns/contract.ts';
import { read, server } from '../api.ts';
import { useWords } from '../i18n/use-locale.ts';
import { navigate } from '../router.ts';
import { useForm } from '../use-form.ts';
import { FormMessage } from '../ui/field.tsx';
import { ConfirmAction } from './confirm-action.tsx';

const campaignApi = server.api.campaigns[':id'];

export function CampaignActions(p: { campaign: Campaign; state: CampaignState; onChanged: () => void }) {
  const c = p.campaign;
  const form = useForm();
  const t = useWords('campaigns');
  const param = { id: c.id };

  async function duplicate() {
    const out = await form.submit(() => read(campaignApi.duplicate.$post({ param, json: {} })));
    if (!out) return;
    const moved = out.templateChanged;
    const period = out.campaign.period;
    const said = moved
      ? t('duplicatedMoved', { period, from: moved.from, to: moved.to })
      : t('duplicated', { period });
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
            {c.status === 'draft' ? t('edit') : t('changeLaunched')}
          </a>
        )}
        <button type="button" disabled={form.busy} onClick={() => void duplicate()}>
          {t('duplicate')}
        </button>
        {c.status === 'draft' && (
          <ConfirmAction
            id="delete-campaign"
            label={t('delete')}
            question={t('deleteQuestion', { name: c.name })}
            yes={t('deleteYes')}
            no={t('deleteNo')}
            danger
            busy={form.busy}
            onConfirm={() => void remove()}
          >
            <p class="hint">{t('neverLaunched')}</p>
          </ConfirmAction>
        )}
        {open && (
          <ConfirmAction
            id="close-campaign"
            label={t('closeNow')}
            question={t('closeQuestion', { name: c.name })}
            yes={t('closeYes')}
            no={t('closeNo')}
            danger
            busy={form.busy}
            onConfirm={() => void close()}
          >
            <ul>
              <li>{t('closeLinks')}</li>
              <li>{t('closeCancels')}</li>
              <li>{t('closeReleases')}</li>
              <li>{t('closeFinal')}</li>
            </ul>
          </ConfirmAction>
        )}
      </div>
    </>
  );
}
