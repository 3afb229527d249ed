// Who was asked and who answered, by channel. Poster (open link) answers are counted apart: a poster
// visit is not an invitation, so they never enter the response rate.
import type { ComponentChildren } from 'preact';
import type { PublicTemplate } from '../../../server/reviews/contract.ts';
import type { Key } from '../../shared/i18n/areas.ts';
import { hiddenText } from '../../shared/question-groups.ts';
import { useReviewWords } from './use-review-words.ts';

const channelNames: Record<string, Key<'reviews'>> = {
  sms: 'bySms',
  email: 'byEmail',
  printed: 'printedOnly',
};

export function Counts({ t: tpl, k }: { t: PublicTemplate; k: number }) {
  const { t, r, f } = useReviewWords();
  const inv = tpl.invitations;
  const hidden = (reason: string | null | undefined) => hiddenText(r, reason, k);
  const strong = (chunks: ComponentChildren[]) => <strong>{chunks}</strong>;
  const n = f.number;
  const personal = inv.channels.filter((c) => c.channel !== 'open_link');
  return (
    <ul class="template-counts">
      <li>
        {t.rich('invitedPersonally', { strong, invited: n(inv.invited) })} ·{' '}
        {inv.invitedResponses === null
          ? t('tooFewResponses', { k })
          : t.rich('answered', { strong, n: n(inv.invitedResponses) })}
        {personal.map((c) => (
          <span class="muted">
            {' '}
            · {channelNames[c.channel] ? t(channelNames[c.channel]!) : c.channel}:{' '}
            {c.responses === null
              ? t('channelHidden', { invited: n(c.invited), hidden: hidden(c.reason ?? 'small') })
              : t('channelCount', { responses: n(c.responses), invited: n(c.invited) })}
          </span>
        ))}
      </li>
      {(inv.posterVisits > 0 || (inv.posterResponses ?? 0) > 0) && (
        <li>
          {t('posterLine')}
          {inv.posterSuppressed || inv.posterResponses === null
            ? t('answersHidden', { hidden: hidden(inv.posterReason ?? 'small') })
            : t.rich('answered', { strong, n: n(inv.posterResponses) })}{' '}
          {t('fromVisits', { visits: inv.posterVisits })}
        </li>
      )}
      <li class="muted">
        {inv.responses === null ? t('tooFewInAll', { k }) : t('responsesInAll', { n: n(inv.responses) })}
        {tpl.campaigns.length > 0 &&
          t('campaignsList', { list: tpl.campaigns.map((c) => c.name).join(', ') })}
      </li>
    </ul>
  );
}
