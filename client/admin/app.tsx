// Decides what a visitor sees: a screen open to anyone (an invitation's welcome), first-run setup on
// an empty database, the sign-in form, or the signed-in shell with the partnerships they may see.
import { useEffect, useState } from 'preact/hooks';
import { ApiError, read, server, setCsrf, whenSignedOut } from './api.ts';
import { match } from './router.ts';
import { openRoutes } from './shell/routes.ts';
import { Shell } from './shell/shell.tsx';
import type { PartnershipSummary } from '../../server/partnerships/contract.ts';
import { LazyScreen } from './shell/lazy.tsx';
import {
  rememberedPartnership,
  rememberPartnership,
  SessionContext,
  type Session,
  type SessionUser,
} from './use-session.ts';
import { Failed, Loading } from './ui/status.tsx';
import { activate, loadAreas, loadedAreas } from './i18n/catalogue.ts';
import { LocaleContext, useWords, type LocaleState } from './i18n/use-locale.ts';
import type { Locale } from '../shared/i18n/locales.ts';

type Gate =
  | { kind: 'loading' }
  | { kind: 'setup' }
  | { kind: 'login' }
  | { kind: 'failed'; error: ApiError }
  | { kind: 'in'; user: SessionUser };

const loadSetup = () => import('./setup/setup.tsx');
const loadLogin = () => import('./login/login.tsx');
const gateWords = ['gate'] as const;

/** `locale`: the one main.tsx loaded the frame's messages in. */
export function App(props: { locale: Locale }) {
  const [locale, setLocale] = useState(props.locale);
  const localeState: LocaleState = {
    locale,
    async choose(next) {
      await loadAreas(next, loadedAreas());
      activate(next, true);
      setLocale(next);
    },
  };
  return (
    <LocaleContext.Provider value={localeState}>
      <Gates />
    </LocaleContext.Provider>
  );
}

function Gates() {
  const t = useWords('shell');
  const [gate, setGate] = useState<Gate>({ kind: 'loading' });
  const [partnerships, setPartnerships] = useState<PartnershipSummary[] | null>(null);
  const [currentId, setCurrentId] = useState<string | null>(rememberedPartnership());

  async function check() {
    try {
      const me = await read(server.api.auth.me.$get());
      setCsrf(me.csrfToken);
      setGate({ kind: 'in', user: me.user });
    } catch (err) {
      const e = err as ApiError;
      if (e.status !== 401) return setGate({ kind: 'failed', error: e });
      const { needsSetup } = await read(server.api.setup.$get());
      setGate({ kind: needsSetup ? 'setup' : 'login' });
    }
  }
  useEffect(() => void check().catch((error: ApiError) => setGate({ kind: 'failed', error })), []);
  useEffect(() => {
    whenSignedOut(() => {
      setCsrf(null);
      setPartnerships(null);
      setGate({ kind: 'login' });
    });
    return () => whenSignedOut(null);
  }, []);

  async function refresh() {
    const { partnerships } = await read(server.api.partnerships.$get());
    setPartnerships(partnerships);
  }
  useEffect(() => {
    if (gate.kind === 'in') void refresh();
  }, [gate.kind]);

  const signedIn = (user: SessionUser, csrfToken: string) => {
    setCsrf(csrfToken);
    setGate({ kind: 'in', user });
  };

  for (const r of openRoutes) {
    const params = match(r.path, location.pathname);
    if (params)
      return (
        <LazyScreen
          load={r.load}
          words={r.words}
          props={{ params, query: new URLSearchParams(location.search) }}
        />
      );
  }
  if (gate.kind === 'loading') return <Loading what={t('theDashboard')} />;
  if (gate.kind === 'failed') return <Failed error={gate.error} retry={() => void check()} />;
  if (gate.kind === 'setup')
    return <LazyScreen load={loadSetup} words={gateWords} props={{ onDone: signedIn }} />;
  if (gate.kind === 'login')
    return <LazyScreen load={loadLogin} words={gateWords} props={{ onDone: signedIn }} />;
  if (!partnerships) return <Loading what={t('yourPartnerships')} />;

  const current = partnerships.find((p) => p.id === currentId) ?? partnerships[0] ?? null;
  const session: Session = {
    user: gate.user,
    partnerships,
    current,
    choose(id) {
      rememberPartnership(id);
      setCurrentId(id);
    },
    refresh,
    async logout() {
      await read(server.api.auth.logout.$post());
      setCsrf(null);
      setPartnerships(null);
      setGate({ kind: 'login' });
    },
  };
  return (
    <SessionContext.Provider value={session}>
      <Shell />
    </SessionContext.Provider>
  );
}
