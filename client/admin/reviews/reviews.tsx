// The quarters and years this partnership has campaigns for, live or final.
import { read, server } from '../api.ts';
import { useApi } from '../use-api.ts';
import { useSession } from '../use-session.ts';
import { Empty, Loaded } from '../ui/status.tsx';

export default function Reviews() {
  const { current } = useSession();
  const list = useApi(current?.id ?? null, (id) =>
    read(server.api.partnerships[':id'].reviews.$get({ param: { id } })),
  );
  if (!current) return <h1 tabIndex={-1}>Start a partnership first</h1>;
  return (
    <>
      <h1 tabIndex={-1}>Reviews</h1>
      <p>
        Every quarter and every{' '}
        {current.reviewYear === 'program' ? 'program year (July to June)' : 'calendar year'} with a campaign
        has a review. A live review changes as answers arrive; a final one is frozen.
      </p>
      {current.scope && (
        <p>
          Each review shows {current.scope.organizationName}'s figures beside the whole sector's, where enough
          of its people answered to report them.
        </p>
      )}
      <Loaded state={list} what="reviews">
        {({ reviews }) =>
          reviews.length === 0 ? (
            <Empty>No reviews yet: they appear once a campaign exists for a period.</Empty>
          ) : (
            <div class="table-wrap">
              <table>
                <caption class="sr-only">Reviews</caption>
                <thead>
                  <tr>
                    <th scope="col">Period</th>
                    <th scope="col">Kind</th>
                    <th scope="col" class="num">
                      Campaigns
                    </th>
                    <th scope="col">State</th>
                  </tr>
                </thead>
                <tbody>
                  {reviews.map((r) => (
                    <tr>
                      <td>
                        <a href={`/admin/reviews/${r.period}`}>{r.label}</a>{' '}
                        <span class="muted">({r.period})</span>
                      </td>
                      <td>{r.kind === 'year' ? 'annual' : 'quarterly'}</td>
                      <td class="num">{r.campaigns}</td>
                      <td>{r.status}</td>
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
