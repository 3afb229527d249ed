// Loading, empty and error states, so no screen is ever a blank box.
import type { ComponentChildren } from 'preact';
import type { ApiError } from '../api.ts';
import { useWords } from '../i18n/use-locale.ts';

/** `what` in the staff member's language: "the review", "el informe". */
export function Loading({ what }: { what: string }) {
  const t = useWords('shell');
  return (
    <p class="loading" role="status">
      {t('loadingThe', { what })}
    </p>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <div class="empty">{children}</div>;
}

export function Failed({ error, retry }: { error: ApiError; retry?: () => void }) {
  const t = useWords('shell');
  return (
    <div class="failed" role="alert">
      <p>{error.message}</p>
      {retry && (
        <button type="button" onClick={retry}>
          {t('tryAgain')}
        </button>
      )}
    </div>
  );
}

/** The usual three-way switch of a screen that loads one thing. */
export function Loaded<T>(props: {
  state: { data: T | null; error: ApiError | null; loading: boolean; reload: () => void };
  what: string;
  children: (data: T) => ComponentChildren;
}) {
  const { data, error, loading, reload } = props.state;
  if (error) return <Failed error={error} retry={reload} />;
  if (data === null) return loading ? <Loading what={props.what} /> : null;
  return <>{props.children(data)}</>;
}
