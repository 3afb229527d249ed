// Loads what a screen shows through the typed client: loading, error and data, and a reload after
// changes. The loader may combine several requests into one thing; the options cover a count that
// waits for typing to pause (`delay`) and live numbers (`poll`). Every screen loads this one way.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from './api.ts';

export interface Loaded<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

export interface ApiOptions<T> {
  /** Milliseconds to wait after the key changes before loading, so typing sends one request, not one a key. */
  delay?: number;
  /**
   * Refreshes the data on screen every `every` ms while `when(data)` holds and the tab is visible (by
   * default by loading again). A failed refresh keeps the data on screen; the next tick tries again.
   */
  poll?: { every: number; when: (data: T) => boolean; refresh?: (data: T) => Promise<T> };
}

type State<T> = { data: T | null; error: ApiError | null; loading: boolean };

/**
 * `load` fetches what `key` names, through the typed client (`read(server.api...)`); `key` says when
 * to load again (a new key starts empty; the same key keeps the data on screen while it reloads).
 */
export function useApi<T>(
  key: string | null,
  loader: (key: string) => Promise<T>,
  options: ApiOptions<T> = {},
): Loaded<T> {
  const [state, setState] = useState<State<T>>({ data: null, error: null, loading: key !== null });
  const [version, setVersion] = useState(0);
  const shown = useRef<string | null>(null);
  // The callbacks are usually written inline; the latest ones are used without reloading for them.
  const latest = useRef({ ...options, loader });
  latest.current = { ...options, loader };
  const load = (k: string) => latest.current.loader(k);

  useEffect(() => {
    if (key === null) return;
    let live = true;
    // A reload keeps the data on screen (and the state of what shows it); a new key starts empty.
    setState((s) => ({ data: key === shown.current ? s.data : null, loading: true, error: null }));
    shown.current = key;
    const start = () =>
      load(key)
        .then((data) => live && setState({ data, error: null, loading: false }))
        .catch((error: ApiError) => live && setState({ data: null, error, loading: false }));
    const wait = options.delay;
    const timer = wait === undefined ? (start(), undefined) : setTimeout(start, wait);
    // A screen that moves on (another partnership) must not receive the old answer.
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, version]);

  const poll = options.poll;
  const polling = key !== null && poll !== undefined && state.data !== null && poll.when(state.data);
  const every = poll?.every;
  const current = useRef(state.data);
  current.current = state.data;
  useEffect(() => {
    if (!polling) return;
    let live = true;
    const t = setInterval(() => {
      const from = current.current;
      const p = latest.current.poll;
      if (document.visibilityState !== 'visible' || from === null || !p) return;
      (p.refresh ?? (() => load(key!)))(from)
        // Numbers count only for the data they refresh: after a reload (a launch, say) a late
        // answer is dropped, so the screen never mixes figures older than what sits above them.
        .then((data) => live && setState((s) => (s.data === from ? { ...s, data } : s)))
        .catch(() => {});
    }, every);
    return () => {
      live = false;
      clearInterval(t);
    };
  }, [polling, every, key]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { ...state, reload };
}
