// "Load the demo partnership": the same demo as `npm run cli -- demo`, for a new user trying the
// product in the browser. Only admins see it, and only while there is no partnership.
import { useState } from 'preact/hooks';
import { read, server } from '../api.ts';
import { useSession } from '../use-session.ts';
import { useWords } from '../i18n/use-locale.ts';

export function LoadDemo() {
  const { refresh } = useSession();
  const t = useWords('overview');
  const [state, setState] = useState<'idle' | 'loading' | string>('idle');
  const load = async () => {
    setState('loading');
    try {
      await read(server.api.demo.$post());
      await refresh();
    } catch (err) {
      setState(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <div>
      <button type="button" onClick={load} disabled={state === 'loading'} aria-describedby="demo-help">
        {state === 'loading' ? t('loadingDemo') : t('loadDemo')}
      </button>
      <p id="demo-help" class="hint">
        {t('demoHelp')}
      </p>
      {state !== 'idle' && state !== 'loading' && (
        <p role="alert" class="error">
          {state}
        </p>
      )}
    </div>
  );
}
