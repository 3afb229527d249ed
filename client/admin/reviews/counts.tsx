// Who was asked and who answered, by channel. Poster (open link) answers are counted apart: a poster
// visit is not an invitation, so they never enter the response rate.
import type { PublicTemplate } from '../../../server/reviews/contract.ts';
import { hiddenText } from '../../shared/question-groups.ts';

const channelNames: Record<string, string> = {
  sms: 'by SMS',
  email: 'by email',
  printed: 'printed links only',
};

export function Counts({ t, k }: { t: PublicTemplate; k: number }) {
  const inv = t.invitations;
  const hidden = (reason: string | null | undefined) => hiddenText(reason, k);
  const personal = inv.channels.filter((c) => c.channel !== 'open_link');
  return (
    <ul class="template-counts">
      <li>
        <strong>{inv.invited}</strong> invited personally ·{' '}
        {inv.invitedResponses === null ? (
          `too few responses to report (fewer than ${k})`
        ) : (
          <>
            <strong>{inv.invitedResponses}</strong> answered
          </>
        )}
        {personal.map((c) => (
          <span class="muted">
            {' '}
            · {channelNames[c.channel] ?? c.channel}:{' '}
            {c.responses === null
              ? `${c.invited} invited, answers ${hidden(c.reason ?? 'small')}`
              : `${c.responses} of ${c.invited}`}
          </span>
        ))}
      </li>
      {(inv.posterVisits > 0 || (inv.posterResponses ?? 0) > 0) && (
        <li>
          Poster (open link), counted apart and never in the response rate:{' '}
          {inv.posterSuppressed || inv.posterResponses === null ? (
            `answers ${hidden(inv.posterReason ?? 'small')}`
          ) : (
            <>
              <strong>{inv.posterResponses}</strong> answered
            </>
          )}{' '}
          from {inv.posterVisits} visit{inv.posterVisits === 1 ? '' : 's'}
        </li>
      )}
      <li class="muted">
        {inv.responses === null
          ? `too few responses to report (fewer than ${k}) in all`
          : `${inv.responses} responses in all`}
        {t.campaigns.length > 0 && ` · campaigns: ${t.campaigns.map((c) => c.name).join(', ')}`}
      </li>
    </ul>
  );
}
