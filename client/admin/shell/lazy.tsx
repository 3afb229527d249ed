// Loads a screen's chunk on first use and renders its default export. Chunks are cached by the
// module system, so going back to a screen is instant.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Loading } from '../ui/status.tsx';

type Loader<P> = () => Promise<{ default: ComponentType<P> }>;

export function LazyScreen<P extends object>({ load, props }: { load: Loader<P>; props: P }) {
  const [loaded, setLoaded] = useState<{ load: Loader<P>; C: ComponentType<P> } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    setFailed(false);
    load()
      .then((m) => live && setLoaded({ load, C: m.default }))
      .catch(() => live && setFailed(true));
    return () => void (live = false);
  }, [load]);
  if (failed)
    return (
      <p class="failed" role="alert">
        This screen could not be loaded. Reload the page to try again.
      </p>
    );
  if (!loaded || loaded.load !== load) return <Loading what="the screen" />;
  const C = loaded.C;
  return <C {...props} />;
}
