// Loads a screen's chunk on first use, with its messages in the staff member's locale, and renders
// its default export. Chunks are cached by the module system, so going back to a screen is instant.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadAreas, type DashboardArea } from '../i18n/catalogue.ts';
import { useLocale, useWords } from '../i18n/use-locale.ts';
import { Loading } from '../ui/status.tsx';

type Loader<P> = () => Promise<{ default: ComponentType<P> }>;

export function LazyScreen<P extends object>({
  load,
  words = [],
  props,
}: {
  load: Loader<P>;
  /** The catalogue areas the screen speaks from (fetched with its chunk). */
  words?: readonly DashboardArea[];
  props: P;
}) {
  const [loaded, setLoaded] = useState<{ load: Loader<P>; C: ComponentType<P> } | null>(null);
  const [failed, setFailed] = useState(false);
  const { locale } = useLocale();
  const t = useWords('shell');
  useEffect(() => {
    let live = true;
    setFailed(false);
    Promise.all([load(), loadAreas(locale, words)])
      .then(([m]) => live && setLoaded({ load, C: m.default }))
      .catch(() => live && setFailed(true));
    return () => void (live = false);
  }, [load]);
  if (failed)
    return (
      <p class="failed" role="alert">
        {t('screenFailed')}
      </p>
    );
  if (!loaded || loaded.load !== load) return <Loading what={t('theScreen')} />;
  const C = loaded.C;
  return <C {...props} />;
}
