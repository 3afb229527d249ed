// The quarters and years this partnership has campaigns for, live or final.
import { read, server } from '../api.ts';
import { useApi } from '../use-api.ts';
import { useSession } from '../use-session.ts';
import { Empty, Loaded } from '../ui/status.tsx';
import { useFormats } from '../i18n/use-formats.ts';
import { useWords } from '../i18n/use-locale.ts';

export default function Reviews() {
  const { current } = useSession();
  const t = useWords('reviews');
  const r = useWords('review');
  const f = useFormats();
  const list = useApi(current?.id ?? null, (id) =>
    read(server.api.partnerships[':id'].reviews.$get({ param: { id } })),
  );
  if (!current) return <h1 tabIndex={-1}>{t('startFirst')}</h1>;
  // The list's labels are the server's English ones; the same months in the reader's words.
  const label = (first: string, last: string) =>
    r('periodLabel', { first: f.month(first), last: f.month(last) });
  return (
    <>
      <h1 tabIndex={-1}>{t('reviews')}</h1>
      <p>{t('intro', { year: current.reviewYear })}</p>
      {current.scope && <p>{t('scopeIntro', { organization: current.scope.organizationName })}</p>}
      <Loaded state={list} what={t('theReviews')}>
        {({ reviews }) =>
          reviews.length === 0 ? (
            <Empty>{t('noReviews')}</Empty>
          ) : (
            <div class="table-wrap">
              <table>
                <caption class="sr-only">{t('reviews')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('period')}</th>
                    <th scope="col">{t('kind')}</th>
                    <th scope="col" class="num">
                      {t('campaigns')}
                    </th>
                    <th scope="col">{t('state')}</th>
                  </tr>
                </thead>
                <tbody>
                  {reviews.map((item) => (
                    <tr>
                      <td>
                        <a href={`/admin/reviews/${item.period}`}>{label(item.first, item.last)}</a>{' '}
                        <span class="muted">({item.period})</span>
                      </td>
                      <td>{item.kind === 'year' ? t('annual') : t('quarterly')}</td>
                      <td class="num">{f.number(item.campaigns)}</td>
                      <td>{item.status === 'final' ? t('final') : t('live')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
    </>
  );
}
