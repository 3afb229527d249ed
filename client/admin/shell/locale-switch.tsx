// English / Español, each named in itself: on the sign-in screen and in the top bar. The choice is
// remembered in this browser (i18n/catalogue.ts).
import { localeNames, locales } from '../../shared/i18n/locales.ts';
import { useLocale, useWords } from '../i18n/use-locale.ts';

export function LocaleSwitch() {
  const { locale, choose } = useLocale();
  const t = useWords('shell');
  return (
    <div class="locale-switch" role="group" aria-label={t('language')}>
      {locales.map((l) => (
        <button type="button" lang={l} aria-pressed={l === locale} onClick={() => void choose(l)}>
          {localeNames[l]}
        </button>
      ))}
    </div>
  );
}
