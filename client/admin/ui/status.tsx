// Loading, empty and error states, so no screen is ever a blank box.
import type { ComponentChildren } from 'preact';
import type { ApiError } from '../api.ts';

export function Loading({ what }: { what: string }) {
  return (
    <p class="loading" role="status">
      Loading {what}…
    </p>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <div class="empty">{children}</div>;
}

export function Failed({ error, retry }: { error: ApiError; retry?: () => void }) {
  return (
    <div class="failed" role="alert">
      <p>{error.message}</p>
      {retry && (
        <button type="button" onClick={retry}>
          Try again
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
