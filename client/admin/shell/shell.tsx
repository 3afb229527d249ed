// The frame around every screen: a skip link, the navigation, the partnership switcher and sign-out.
// After each navigation focus moves to the new screen's heading, as a page load would announce it.
import { useEffect, useRef } from 'preact/hooks';
import { match, onLinkClick, useLocation } from '../router.ts';
import { useSession } from '../use-session.ts';
import { LazyScreen } from './lazy.tsx';
import { nav, routes } from './routes.ts';

export function Shell() {
  const session = useSession();
  const { path, query } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  let found: { load: (typeof routes)[number]['load']; params: Record<string, string> } | null = null;
  for (const r of routes) {
    const params = match(r.path, path);
    if (params) {
      found = { load: r.load, params };
      break;
    }
  }

  useEffect(() => {
    if (first.current) return void (first.current = false);
    // Screens render their h1 once loaded; wait a frame for it.
    const t = setTimeout(() => (main.current?.querySelector('h1') ?? main.current)?.focus(), 50);
    return () => clearTimeout(t);
  }, [path]);

  const current = (href: string) =>
    href === '/admin' ? path === '/admin' || path === '/admin/' : path.startsWith(href);
  return (
    <div class="shell" onClick={onLinkClick}>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="bar">
        <a class="brand" href="/admin">
          Sector Voice
        </a>
        {session.partnerships.length > 0 && (
          <div class="switch">
            <label for="partnership-switch">Partnership</label>
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
            {session.user.name} <span class="role">({session.user.role})</span>
          </span>
          <button type="button" onClick={() => void session.logout()}>
            Log out
          </button>
        </div>
      </header>
      <nav aria-label="Main">
        <ul>
          {nav
            .filter((n) => !n.adminOnly || session.user.role === 'admin')
            .map((n) => (
              <li>
                <a href={n.href} aria-current={current(n.href) ? 'page' : undefined}>
                  {n.label}
                </a>
              </li>
            ))}
        </ul>
      </nav>
      <main id="main" ref={main} tabIndex={-1}>
        {found ? (
          // Keyed by partnership so a switch reloads the screen's data rather than showing the old one.
          <LazyScreen
            key={session.current?.id ?? 'none'}
            load={found.load}
            props={{ params: found.params, query }}
          />
        ) : (
          <>
            <h1 tabIndex={-1}>Not found</h1>
            <p>
              There is no screen at this address. <a href="/admin">Go to the overview</a>.
            </p>
          </>
        )}
      </main>
    </div>
  );
}
