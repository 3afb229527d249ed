// Which language each text shows beside English, chosen once for the whole editor, with how many
// texts each of the survey's languages still lacks, so a translator works one language at a time
// and sees where the others stand.
import type { Lang } from '../../../surveys/languages.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useEd } from './editor-context.ts';
import { dirs, langKeys, nativeNames, upperFirst } from './labels.ts';

export function WorkingLanguage() {
  const t = useWords('surveys');
  const { ed, findings, working, setWorking } = useEd();
  const others = ed.draft.languages.filter((l) => l !== 'en');
  const missing = (lang: Lang) => findings.filter((f) => f.code === 'MISSING_TEXT' && f.lang === lang).length;
  return (
    <section class="card working-language" aria-labelledby="working-h">
      <h2 id="working-h">{t('workingLanguage')}</h2>
      {others.length === 0 ? (
        <p>{t('englishOnly')}</p>
      ) : (
        <>
          <p class="hint">{t('workingHint')}</p>
          <div class="row" role="group" aria-label={t('workingLanguage')}>
            {others.map((lang) => {
              const name = upperFirst(t(langKeys[lang]), t.locale);
              return (
                <button type="button" aria-pressed={working === lang} onClick={() => setWorking(lang)}>
                  {name}
                  {/* Spanish in Spanish needs no second name. */}
                  {name.toLocaleLowerCase() !== nativeNames[lang].toLocaleLowerCase() && (
                    <>
                      {' '}
                      <span lang={lang} dir={dirs[lang]}>
                        ({nativeNames[lang]})
                      </span>
                    </>
                  )}
                  : {t('missingCount', { n: missing(lang) })}
                </button>
              );
            })}
          </div>
        </>
      )}
    </section>
  );
}
