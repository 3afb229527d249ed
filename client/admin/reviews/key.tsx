// The key to the review's symbols, once near the top: every mark a table or chart uses is named here
// in words, so no arrow, dot or colour has to be guessed.
import { provisionalMark, provisionalWords } from './figures.tsx';

export function ReviewKey({ k, provisional }: { k: number; provisional: boolean }) {
  return (
    <section class="card review-key" aria-labelledby="key-h">
      <h2 id="key-h" tabIndex={-1}>
        Key to symbols
      </h2>
      <dl class="key-list">
        <div>
          <dt>▲</dt>
          <dd>up from the earlier period</dd>
        </div>
        <div>
          <dt>▼</dt>
          <dd>down from the earlier period</dd>
        </div>
        <div>
          <dt>■</dt>
          <dd>no change</dd>
        </div>
        <div>
          <dt>●</dt>
          <dd>
            a meaningful change: both periods have at least {k} answers, the 95% interval of the difference
            excludes zero, and it is at least 5 points
          </dd>
        </div>
        <div>
          <dt>{provisionalMark}</dt>
          <dd>
            {provisionalWords}: the figure may still move, so its change is never called meaningful
            {provisional ? ' (this review is provisional)' : ''}
          </dd>
        </div>
        <div>
          <dt>61–67</dt>
          <dd>the 95% interval: where the figure for everyone asked most likely lies</dd>
        </div>
      </dl>
      <p class="small">
        Answer colours follow the answer's meaning, not its place on the scale: blue for favorable answers,
        grey for neutral, orange and hatched for unfavorable, dark grey for choices that are neither. Groups
        under {k} people are never shown.
      </p>
    </section>
  );
}
