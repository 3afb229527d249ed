// The staff member's locale in components, and their words per area. A switch re-renders everything
// under the provider in the new locale.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Area, Key } from '../../shared/i18n/areas.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import type { Words } from '../../shared/i18n/translate.ts';
import { words } from './catalogue.ts';

export interface LocaleState {
  locale: Locale;
  /** Fetches what the screens on show need in `locale`, then switches and remembers it. */
  choose(locale: Locale): Promise<void>;
}

export const LocaleContext = createContext<LocaleState>({ locale: 'en', choose: async () => {} });

export const useLocale = () => useContext(LocaleContext);

export function useWords<A extends Area>(area: A): Words<Key<A>> {
  return words(useLocale().locale, area);
}
