// Where the answers stand: in the reviews, waiting for a release, or held back after the close. The
// reviews move only in groups of at least the partnership's minimum, so staff see why an answer that
// arrived is not in the review yet, and may release what can go now before a review meeting.
import type { CampaignProgress } from '../../../server/distribution/contract.ts';
import { read, server } from '../api.ts';
import { useForm } from '../use-form.ts';
import { FormMessage } from '../ui/field.tsx';

interface Props {
  campaignId: string;
  answers: CampaignProgress['answers'];
  /** Admins and analysts of the partnership, while the campaign is open. */
  canRelease: boolean;
  onReleased: () => void;
}

export function Released({ campaignId, answers, canRelease, onReleased }: Props) {
  const form = useForm();
  return (
    <section class="card" aria-labelledby="released-h">
      <h2 id="released-h">Answers in the reviews</h2>
      <p>
        <strong>{answers.released}</strong> in the reviews
        {answers.lastReleasedOn ? ` (last released on ${answers.lastReleasedOn})` : ''}.{' '}
        {answers.waiting > 0 && (
          <>
            <strong>{answers.waiting}</strong> waiting for release.
          </>
        )}
        {answers.heldBack > 0 && (
          <>
            <strong>{answers.heldBack}</strong> held back for good.
          </>
        )}
      </p>
      <p class="small muted">
        Answers join the reviews in groups, never one at a time, so no one can compare a review before and
        after a person answered and learn what they said. An answer waits until enough others can go with it;
        people whose employer, group or answer to a background question is shared by too few are counted as
        "not recorded" in that breakdown when the campaign closes or when you release early. At the close,
        answers too few to release without revealing them are held back and never shown.
      </p>
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
          Release what can go now (small groups counted as "not recorded")
        </button>
      )}
    </section>
  );
}
