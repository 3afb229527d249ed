// Just published: the version, what it changed, and where to go next (a campaign, the next version).
import type { OwnSurveyVersion } from '../../../server/surveys/contract.ts';
import { useEffect, useRef } from 'preact/hooks';
import { ChangesList } from './changes-list.tsx';

export type Publication = Pick<OwnSurveyVersion, 'version' | 'fingerprint' | 'changes'>;

export function PublishResult({ surveyId, published }: { surveyId: string; published: Publication }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [published.version]);
  return (
    <section class="card notice" aria-labelledby="published-h">
      <h2 id="published-h" ref={heading} tabIndex={-1}>
        Version {published.version} is published
      </h2>
      <p>It is frozen as it is now: campaigns can use it, and its answers are compared by question id.</p>
      <h3>What changed</h3>
      <ChangesList changes={published.changes} />
      <p>
        <a
          class="button-link"
          href={`/admin/campaigns/new?template=${encodeURIComponent(surveyId)}&version=${published.version}`}
        >
          Start a campaign with version {published.version}
        </a>
      </p>
    </section>
  );
}
