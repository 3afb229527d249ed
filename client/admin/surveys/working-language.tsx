// Which language each text shows beside English, chosen once for the whole editor, with how many
// texts each of the survey's languages still lacks, so a translator works one language at a time
// and sees where the others stand.
import type { Lang } from '../../../surveys/languages.ts';
import { useEd } from './editor-context.ts';
import { dirs, langNames, nativeNames } from './labels.ts';

const words = {
  heading: 'Working language',
  hint: 'Each text shows English and this language. Switch to write another of the survey’s languages.',
  englishOnly: 'The survey is in English only. Turn on another language under Languages to write it.',
  group: 'Working language',
  missing: (n: number) => (n === 0 ? 'complete' : `${n} missing`),
};

export function WorkingLanguage() {
  const { ed, findings, working, setWorking } = useEd();
  const others = ed.draft.languages.filter((l) => l !== 'en');
  const missing = (lang: Lang) => findings.filter((f) => f.code === 'MISSING_TEXT' && f.lang === lang).length;
  return (
    <section class="card working-language" aria-labelledby="working-h">
      <h2 id="working-h">{words.heading}</h2>
      {others.length === 0 ? (
        <p>{words.englishOnly}</p>
      ) : (
        <>
          <p class="hint">{words.hint}</p>
          <div class="row" role="group" aria-label={words.group}>
            {others.map((lang) => (
              <button type="button" aria-pressed={working === lang} onClick={() => setWorking(lang)}>
                {langNames[lang]}{' '}
                <span lang={lang} dir={dirs[lang]}>
                  ({nativeNames[lang]})
                </span>
                : {words.missing(missing(lang))}
              </button>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
