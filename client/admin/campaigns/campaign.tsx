// One campaign: launch it, watch it, hand out links; change, duplicate, delete or close it.
import type { Campaign, CampaignState } from '../../../server/campaigns/contract.ts';
import type { ScreenProps } from '../shell/routes.ts';
import type { CampaignProgress } from '../../../server/distribution/contract.ts';
import type { WordsOf } from '../../shared/i18n/areas.ts';
import { useWords } from '../i18n/use-locale.ts';
import { canWrite, useSession } from '../use-session.ts';
import { FormMessage } from '../ui/field.tsx';
import { Loaded } from '../ui/status.tsx';
import { CampaignActions } from './campaign-actions.tsx';
import { Failures } from './failures.tsx';
import { campaignFormats } from './format.ts';
import { LanguagesPanel } from './languages-panel.tsx';
import { SmsEstimatePanel } from './sms-estimate.tsx';
import { TextAnswers } from './text-answers.tsx';
import { OpenLink } from './open-link.tsx';
import { PrintedLinks } from './printed-links.tsx';
import { Progress } from './progress.tsx';
import { Released } from './released.tsx';
import { useLaunch } from './use-launch.ts';
import { useCampaign } from './use-progress.ts';

/** What the state needs said beside it: when a scheduled campaign opens, when one ended on its date. */
function stateNote(
  t: WordsOf<'campaigns'>,
  day: (iso: string) => string,
  c: Pick<Campaign, 'status' | 'opensOn' | 'closesOn'>,
  state: CampaignState,
) {
  if (state === 'scheduled') return t('opensOnNote', { day: day(c.opensOn) });
  // Ended on its date rather than by "close now": answers are no longer taken all the same.
  if (state === 'closed' && c.status === 'open') return t('endedNote', { day: day(c.closesOn) });
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
  const t = useWords('campaigns');
  const f = campaignFormats(t.locale);

  return (
    <Loaded state={state} what={t('theCampaign')}>
      {({ campaign, state: now }) => (
        <>
          <h1 tabIndex={-1}>{campaign.name}</h1>
          <p>
            {t('summary', {
              template: campaign.templateId,
              version: campaign.templateVersion,
              period: campaign.period,
              opens: f.day(campaign.opensOn),
              closes: f.day(campaign.closesOn),
              channels: t('channelsInOrder', { channels: campaign.channels.join('_') || 'none' }),
              reminders: t('remindersAfter', {
                count: campaign.reminderDays.length,
                days: campaign.reminderDays.join(', '),
              }),
            })}
          </p>
          <p>
            {t.rich('stateIs', {
              status: (chunks) => <strong class="campaign-status">{chunks}</strong>,
              state: t('screenState', { state: now }),
            })}
            {stateNote(t, f.day, campaign, now)}
          </p>
          <FormMessage message={l.kind === 'failed' ? l.error.message : null} />
          <p role="status" aria-live="polite">
            {saved && l.kind === 'idle' && saved}
            {l.kind === 'running' &&
              (l.total === null
                ? t('launching')
                : t('launchingSoFar', { done: f.number(l.done), total: l.total }))}
            {l.kind === 'done' && t('launched', { invited: l.invited, queued: l.queued })}
          </p>
          {l.kind === 'running' && l.total !== null && (
            <progress max={l.total} value={l.done} aria-label={t('launchProgress')} />
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
          {campaign.status === 'draft' && (
            // Counted again when the way of answering changes: the words, and so the segments, differ.
            <SmsEstimatePanel key={campaign.smsAnswers} campaignId={campaign.id} />
          )}
          <TextAnswers campaign={campaign} writable={writable} onChange={state.reload} />
          {writable && campaign.status === 'draft' && (
            <div class="actions">
              <button
                type="button"
                class="primary"
                disabled={l.kind === 'running'}
                onClick={() => void launcher.launch()}
              >
                {t('launch')}
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
              {t.rich('outboxLink', {
                link: (chunks) => <a href={`/admin/outbox?campaignId=${campaign.id}`}>{chunks}</a>,
              })}
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
