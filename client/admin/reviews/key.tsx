// The key to the review's symbols, once near the top: every mark a table or chart uses is named here
// in words, so no arrow, dot or colour has to be guessed.
import { provisionalMark } from './figures.tsx';
import { useReviewWords } from './use-review-words.ts';

export function ReviewKey({ k, provisional }: { k: number; provisional: boolean }) {
  const { t, r, f } = useReviewWords();
  return (
    <section class="card review-key" aria-labelledby="key-h">
      <h2 id="key-h" tabIndex={-1}>
        {t('keyTitle')}
      </h2>
      <dl class="key-list">
        <div>
          <dt>▲</dt>
          <dd>{t('keyUp')}</dd>
        </div>
        <div>
          <dt>▼</dt>
          <dd>{t('keyDown')}</dd>
        </div>
        <div>
          <dt>■</dt>
          <dd>{t('keyNoChange')}</dd>
        </div>
        <div>
          <dt>●</dt>
          <dd>{t('keyMeaningful', { k })}</dd>
        </div>
        <div>
          <dt>{provisionalMark}</dt>
          <dd>
            {t('keyProvisional', { words: r('provisionalWords'), provisional: provisional ? 'yes' : 'no' })}
          </dd>
        </div>
        <div>
          <dt>
            {f.figure(61)}–{f.figure(67)}
          </dt>
          <dd>{t('keyInterval')}</dd>
        </div>
      </dl>
      <p class="small">{t('keyColours', { k })}</p>
    </section>
  );
}
