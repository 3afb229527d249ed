// One campaign: launch it, watch it, hand out links; change, duplicate, delete or close it.
import type { Campaign, CampaignState } from '../../../server/campaigns/contract.ts';
import type { ScreenProps } from '../shell/routes.ts';
import type { CampaignProgress } from '../../../server/distribution/contract.ts';
import { canWrite, useSession } from '../use-session.ts';
import { FormMessage } from '../ui/field.tsx';
import { Loaded } from '../ui/status.tsx';
import { CampaignActions } from './campaign-actions.tsx';
import { Failures } from './failures.tsx';
import { LanguagesPanel } from './languages-panel.tsx';
import { SmsEstimatePanel } from './sms-estimate.tsx';
import { OpenLink } from './open-link.tsx';
import { PrintedLinks } from './printed-links.tsx';
import { Progress } from './progress.tsx';
import { Released } from './released.tsx';
import { useLaunch } from './use-launch.ts';
import { useCampaign } from './use-progress.ts';

/** The state in the list's words, with what it needs said beside it. */
const stateWords: Record<CampaignState, string> = {
  draft: 'not launched',
  scheduled: 'scheduled',
  open: 'open',
  closed: 'closed',
};

function stateNote(c: Pick<Campaign, 'status' | 'opensOn' | 'closesOn'>, state: CampaignState) {
  if (state === 'scheduled') return ` (opens on ${c.opensOn})`;
  // Ended on its date rather than by "close now": answers are no longer taken all the same.
  if (state === 'closed' && c.status === 'open') return ` (ended on its close date, ${c.closesOn})`;
  return null;
}

const failedInvitations = (p: CampaignProgress | null) =>
  p
    ? p.channels.sms.failed +
      p.channels.sms.undelivered +
      p.channels.email.failed +
      p.channels.email.undelivered
    : 0;

export default function CampaignScreen({ params, query }: ScreenProps) {
  const state = useCampaign(params.id!);
  const { user } = useSession();
  // What the screen that led here did (an edit saved, a duplicate made), said once on arrival.
  const saved = query.get('saved');
  const launcher = useLaunch(params.id!, state.reload);
  const l = launcher.state;
  const writable = canWrite(user);

  return (
    <Loaded state={state} what="the campaign">
      {({ campaign, state: now }) => (
        <>
          <h1 tabIndex={-1}>{campaign.name}</h1>
          <p>
            {campaign.templateId} (version {campaign.templateVersion}) for {campaign.period}, open{' '}
            {campaign.opensOn} to {campaign.closesOn}. Channels:{' '}
            {campaign.channels.join(' then ') || 'printed links only'}; reminders{' '}
            {campaign.reminderDays.length ? `after ${campaign.reminderDays.join(', ')} days` : 'none'}.
          </p>
          <p>
            State: <strong class="campaign-status">{stateWords[now]}</strong>
            {stateNote(campaign, now)}
          </p>
          <FormMessage message={l.kind === 'failed' ? l.error.message : null} />
          <p role="status" aria-live="polite">
            {saved && l.kind === 'idle' && saved}
            {l.kind === 'running' &&
              (l.total === null ? 'Launching…' : `Launching: ${l.done} of ${l.total} people invited so far.`)}
            {l.kind === 'done' && `Launched: ${l.invited} people invited, ${l.queued} messages queued.`}
          </p>
          {l.kind === 'running' && l.total !== null && (
            <progress max={l.total} value={l.done} aria-label="Launch progress" />
          )}
          {campaign.status === 'draft' && (
            <LanguagesPanel
              campaignId={campaign.id}
              partnershipId={campaign.partnershipId}
              templateId={campaign.templateId}
              writable={writable}
            />
          )}
          {/* What the texts will cost per language, before anyone is texted. */}
          {campaign.status === 'draft' && <SmsEstimatePanel campaignId={campaign.id} />}
          {writable && campaign.status === 'draft' && (
            <div class="actions">
              <button
                type="button"
                class="primary"
                disabled={l.kind === 'running'}
                onClick={() => void launcher.launch()}
              >
                Launch: invite everyone in the audience
              </button>
            </div>
          )}
          {writable && <CampaignActions campaign={campaign} state={now} onChanged={state.reload} />}
          {state.progress && <Progress progress={state.progress} />}
          {state.progress && campaign.status !== 'draft' && (
            <Released
              campaignId={campaign.id}
              answers={state.progress.answers}
              canRelease={writable && now !== 'closed'}
              onReleased={state.reload}
            />
          )}
          {campaign.status !== 'draft' && (
            // Loaded again whenever the progress counts another failed invitation.
            <Failures key={failedInvitations(state.progress)} campaignId={campaign.id} />
          )}
          {campaign.status !== 'draft' && user.role === 'admin' && (
            <p>
              <a href={`/admin/outbox?campaignId=${campaign.id}`}>
                Messages of this campaign in the development outbox
              </a>{' '}
              (only while no email or SMS provider is configured).
            </p>
          )}
          <OpenLink campaign={campaign} writable={writable} onChange={state.reload} />
          {writable && campaign.status === 'open' && now !== 'closed' && (
            <PrintedLinks campaignId={campaign.id} />
          )}
        </>
      )}
    </Loaded>
  );
}
