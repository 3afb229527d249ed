// The dashboard's messages in the browser: only the active locale's files are fetched, the frame's
// (`shell`) before the first render and each screen's with its chunk (shell/routes.ts says which).
// The build compiles every file (scripts/vite-messages.ts), so what arrives is ready to format.
import type { Area, Key } from '../../shared/i18n/areas.ts';
import type { Compiled } from '../../shared/i18n/compile.ts';
import { isLocale, preferredLocale, type Locale } from '../../shared/i18n/locales.ts';
import { wordsOf, type Words } from '../../shared/i18n/translate.ts';

type File = () => Promise<{ default: Record<string, Compiled> }>;
/** The printed review's words are the server's alone. */
export type DashboardArea = Exclude<Area, 'print'>;

// Written out rather than globbed so tsc checks that every area has a file in every locale.
const files: Record<Locale, Record<DashboardArea, File>> = {
  en: {
    shell: () => import('../../shared/i18n/messages/en/shell.ts'),
    gate: () => import('../../shared/i18n/messages/en/gate.ts'),
    review: () => import('../../shared/i18n/messages/en/review.ts'),
    reviews: () => import('../../shared/i18n/messages/en/reviews.ts'),
    overview: () => import('../../shared/i18n/messages/en/overview.ts'),
    users: () => import('../../shared/i18n/messages/en/users.ts'),
    outbox: () => import('../../shared/i18n/messages/en/outbox.ts'),
    campaigns: () => import('../../shared/i18n/messages/en/campaigns.ts'),
    contacts: () => import('../../shared/i18n/messages/en/contacts.ts'),
    partnership: () => import('../../shared/i18n/messages/en/partnership.ts'),
    surveys: () => import('../../shared/i18n/messages/en/surveys.ts'),
    checks: () => import('../../shared/i18n/messages/en/checks.ts'),
    audit: () => import('../../shared/i18n/messages/en/audit.ts'),
  },
  es: {
    shell: () => import('../../shared/i18n/messages/es/shell.ts'),
    gate: () => import('../../shared/i18n/messages/es/gate.ts'),
    review: () => import('../../shared/i18n/messages/es/review.ts'),
    reviews: () => import('../../shared/i18n/messages/es/reviews.ts'),
    overview: () => import('../../shared/i18n/messages/es/overview.ts'),
    users: () => import('../../shared/i18n/messages/es/users.ts'),
    outbox: () => import('../../shared/i18n/messages/es/outbox.ts'),
    campaigns: () => import('../../shared/i18n/messages/es/campaigns.ts'),
    contacts: () => import('../../shared/i18n/messages/es/contacts.ts'),
    partnership: () => import('../../shared/i18n/messages/es/partnership.ts'),
    surveys: () => import('../../shared/i18n/messages/es/surveys.ts'),
    checks: () => import('../../shared/i18n/messages/es/checks.ts'),
    audit: () => import('../../shared/i18n/messages/es/audit.ts'),
  },
};

const loaded = new Map<string, Words<string>>();
const id = (locale: Locale, area: Area) => `${locale}/${area}`;

/** Fetches the areas' messages in `locale` that are not here yet. */
export async function loadAreas(locale: Locale, areas: readonly DashboardArea[]): Promise<void> {
  await Promise.all(
    areas
      .filter((a) => !loaded.has(id(locale, a)))
      .map(async (a) => loaded.set(id(locale, a), wordsOf(locale, (await files[locale][a]()).default))),
  );
}

/** The areas fetched so far in any locale: what a switch of locale must fetch before it shows. */
export const loadedAreas = (): DashboardArea[] => [
  ...new Set([...loaded.keys()].map((k) => k.split('/')[1] as DashboardArea)),
];

/** An area's words, once loaded; a screen whose route forgot to load its area shows keys, never blanks. */
export function words<A extends Area>(locale: Locale, area: A): Words<Key<A>> {
  const w = loaded.get(id(locale, area));
  if (w) return w as Words<Key<A>>;
  console.error(`messages of ${area} in ${locale} were not loaded before use`);
  return wordsOf(locale, {});
}

const remembered = 'sv.locale';

/** The staff member's choice in this browser, else the browser's language. */
export function startingLocale(): Locale {
  let chosen: string | null = null;
  try {
    chosen = localStorage.getItem(remembered);
  } catch {
    // Storage refused (a locked-down browser): the browser's language still applies.
  }
  return isLocale(chosen) ? chosen : preferredLocale(navigator.languages ?? [navigator.language]);
}

let active: Locale = 'en';

/** The locale in use, for code that runs outside a component (the API client's own messages). */
export const activeLocale = () => active;

export function activate(locale: Locale, remember: boolean) {
  active = locale;
  document.documentElement.lang = locale;
  if (!remember) return;
  try {
    localStorage.setItem(remembered, locale);
  } catch {
    // Not remembered past this page; the switch still applies now.
  }
}
