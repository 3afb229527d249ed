// Just published: the version, what it changed, and where to go next (a campaign, the next version).
import type { OwnSurveyVersion } from '../../../server/surveys/contract.ts';
import { useEffect, useRef } from 'preact/hooks';
import { useWords } from '../i18n/use-locale.ts';
import { ChangesList } from './changes-list.tsx';

export type Publication = Pick<OwnSurveyVersion, 'version' | 'fingerprint' | 'changes'>;

export function PublishResult({ surveyId, published }: { surveyId: string; published: Publication }) {
  const t = useWords('surveys');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [published.version]);
  return (
    <section class="card notice" aria-labelledby="published-h">
      <h2 id="published-h" ref={heading} tabIndex={-1}>
        {t('versionPublished', { version: published.version })}
      </h2>
      <p>{t('frozen')}</p>
      <h3>{t('whatChanged')}</h3>
      <ChangesList changes={published.changes} />
      <p>
        <a
          class="button-link"
          href={`/admin/campaigns/new?template=${encodeURIComponent(surveyId)}&version=${published.version}`}
        >
          {t('startCampaignWith', { version: published.version })}
        </a>
      </p>
    </section>
  );
}
