// Where the answers stand: in the reviews, waiting for a release, or held back after the close. The
// reviews move only in groups of at least the partnership's minimum, so staff see why an answer that
// arrived is not in the review yet, and may release what can go now before a review meeting.
import type { ComponentChildren } from 'preact';
import type { CampaignProgress } from '../../../server/distribution/contract.ts';
import { read, server } from '../api.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useForm } from '../use-form.ts';
import { FormMessage } from '../ui/field.tsx';
import { campaignFormats } from './format.ts';

interface Props {
  campaignId: string;
  answers: CampaignProgress['answers'];
  /** Admins and analysts of the partnership, while the campaign is open. */
  canRelease: boolean;
  onReleased: () => void;
}

export function Released({ campaignId, answers, canRelease, onReleased }: Props) {
  const form = useForm();
  const t = useWords('campaigns');
  const f = campaignFormats(t.locale);
  const b = (chunks: ComponentChildren[]) => <strong>{chunks}</strong>;
  return (
    <section class="card" aria-labelledby="released-h">
      <h2 id="released-h">{t('inReviewsTitle')}</h2>
      <p>
        {t.rich('inReviews', {
          b,
          n: f.number(answers.released),
          last: answers.lastReleasedOn ? f.day(answers.lastReleasedOn) : 'none',
        })}{' '}
        {answers.waiting > 0 && t.rich('waiting', { b, n: f.number(answers.waiting) })}
        {answers.waiting > 0 && answers.heldBack > 0 && ' '}
        {answers.heldBack > 0 && t.rich('heldBack', { b, n: f.number(answers.heldBack) })}
      </p>
      <p class="small muted">{t('inGroups')}</p>
      <FormMessage message={form.message} />
      {canRelease && answers.waiting > 0 && (
        <button
          type="button"
          disabled={form.busy}
          onClick={async () => {
            const param = { id: campaignId };
            if (await form.submit(() => read(server.api.campaigns[':id'].release.$post({ param }))))
              onReleased();
          }}
        >
          {t('release')}
        </button>
      )}
    </section>
  );
}
