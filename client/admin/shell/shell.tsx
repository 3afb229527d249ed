// The frame around every screen: a skip link, the navigation, the partnership switcher and sign-out.
// After each navigation focus moves to the new screen's heading, as a page load would announce it.
// An employer's account (scoped to one organization) is offered the overview and the reviews only.
import { useEffect, useRef } from 'preact/hooks';
import { match, onLinkClick, useLocation } from '../router.ts';
import { scopeOf, useSession } from '../use-session.ts';
import { LazyScreen } from './lazy.tsx';
import { nav, routes } from './routes.ts';
import { useWords } from '../i18n/use-locale.ts';
import { LocaleSwitch } from './locale-switch.tsx';
import type { Key } from '../../shared/i18n/areas.ts';

const roleNames: Record<string, Key<'shell'>> = {
  admin: 'roleAdmin',
  analyst: 'roleAnalyst',
  viewer: 'roleViewer',
};

export function Shell() {
  const session = useSession();
  const t = useWords('shell');
  const { path, query } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  const scope = scopeOf(session);
  let found: (typeof routes)[number] | null = null;
  let params: Record<string, string> = {};
  for (const r of routes) {
    const m = match(r.path, path);
    if (m) {
      found = r;
      params = m;
      break;
    }
  }

  useEffect(() => {
    if (first.current) return void (first.current = false);
    const box = main.current;
    if (!box) return;
    // A screen renders its h1 once its chunk, and often its data, has loaded: on a slow line or a
    // busy phone that is well after the click. Focus goes to it when it appears, unless the person
    // has moved focus meanwhile; with no heading after a while, to the screen itself.
    const from = document.activeElement;
    const moved = () => document.activeElement !== from && document.activeElement !== document.body;
    const heading = () => {
      const h1 = box.querySelector('h1');
      if (h1 && !moved()) h1.focus();
      return Boolean(h1);
    };
    if (heading()) return;
    const watch = new MutationObserver(() => heading() && stop());
    const timer = setTimeout(() => {
      stop();
      if (!moved()) box.focus();
    }, 5000);
    function stop() {
      watch.disconnect();
      clearTimeout(timer);
    }
    watch.observe(box, { childList: true, subtree: true });
    return stop;
  }, [path]);

  const current = (href: string) =>
    href === '/admin' ? path === '/admin' || path === '/admin/' : path.startsWith(href);
  return (
    <div class="shell" onClick={onLinkClick}>
      <a class="skip" href="#main">
        {t('skip')}
      </a>
      <header class="bar">
        <a class="brand" href="/admin">
          {t('brand')}
        </a>
        {session.partnerships.length > 0 && (
          <div class="switch">
            <label for="partnership-switch">{t('partnership')}</label>
            <select
              id="partnership-switch"
              value={session.current?.id ?? ''}
              onChange={(e) => session.choose(e.currentTarget.value)}
            >
              {session.partnerships.map((p) => (
                <option value={p.id}>{p.name}</option>
              ))}
            </select>
          </div>
        )}
        <div class="who">
          <span>
            {session.user.name}{' '}
            <span class="role">
              {t('roleOf', {
                role: t(roleNames[session.user.role] ?? 'roleViewer'),
                organization: scope?.organizationName ?? 'none',
              })}
            </span>
          </span>
          <LocaleSwitch />
          <button type="button" onClick={() => void session.logout()}>
            {t('logOut')}
          </button>
        </div>
      </header>
      <nav aria-label={t('mainNav')}>
        <ul>
          {nav
            .filter((n) => (!n.adminOnly || session.user.role === 'admin') && (!scope || n.scoped))
            .map((n) => (
              <li>
                <a href={n.href} aria-current={current(n.href) ? 'page' : undefined}>
                  {t(n.label)}
                </a>
              </li>
            ))}
        </ul>
      </nav>
      <main id="main" ref={main} tabIndex={-1}>
        {found && scope && !found.scoped ? (
          <>
            <h1 tabIndex={-1}>{t('notAvailable')}</h1>
            <p>
              {t('scopedOnly', {
                partnership: session.current?.name ?? '',
                organization: scope.organizationName,
              })}
            </p>
            <p>
              <a href="/admin/reviews">{t('goToReviews')}</a>
            </p>
          </>
        ) : found ? (
          // Keyed by partnership so a switch reloads the screen's data rather than showing the old one.
          <LazyScreen
            key={session.current?.id ?? 'none'}
            load={found.load}
            words={found.words}
            props={{ params, query }}
          />
        ) : (
          <>
            <h1 tabIndex={-1}>{t('notFound')}</h1>
            <p>{t.rich('noScreenHere', { link: (text) => <a href="/admin">{text}</a> })}</p>
          </>
        )}
      </main>
    </div>
  );
}
