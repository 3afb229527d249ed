// The languages the survey is written in: every page language by its name for staff and its own,
// English always on. A language turned on shows its texts as missing (the checks list each beside
// its item) and becomes the working language; one turned off keeps its texts in the draft, but the
// published version carries only the languages listed here.
import { draftTexts } from '../../../surveys/checks/index.ts';
import type { SurveyDraft } from '../../../surveys/draft.ts';
import { langs, type Lang } from '../../../surveys/languages.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useEd } from './editor-context.ts';
import { FindingList } from './finding-list.tsx';
import { describedBy, fieldId, under } from './findings.ts';
import { dirs, langKeys, nativeNames, upperFirst } from './labels.ts';

/** How many of the draft's texts have `lang` written, and how many lack it. */
function textsIn(d: SurveyDraft, lang: Lang) {
  const all = draftTexts(d).filter((t) => !t.optional || Object.values(t.text).some((v) => v?.trim()));
  const written = all.filter((t) => t.text[lang]?.trim()).length;
  return { written, missing: all.length - written };
}

export function LanguagesField() {
  const t = useWords('surveys');
  const { ed, findings, setWorking, say } = useEd();
  const name = (lang: Lang) => t(langKeys[lang]);
  // Spanish in Spanish needs no second name.
  const sameName = (lang: Lang) => name(lang).toLocaleLowerCase() === nativeNames[lang].toLocaleLowerCase();
  const d = ed.draft;
  const id = fieldId(['languages']);

  function toggle(lang: Lang, on: boolean) {
    ed.change((w) => {
      // In the registry's order, English first, whatever order they were turned on in.
      w.d.languages = langs.filter((l) => (l === lang ? on : w.d.languages.includes(l)));
    });
    if (on) setWorking(lang);
    say(
      on
        ? t('languageAdded', { language: name(lang), n: textsIn(d, lang).missing })
        : t('languageRemoved', { language: name(lang) }),
    );
  }

  const kept = langs
    .filter((l) => !d.languages.includes(l))
    .map((l) => ({ l, n: textsIn(d, l).written }))
    .filter((x) => x.n > 0);
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      class="languages"
      aria-describedby={describedBy(findings, ['languages'], `${id}-hint`)}
    >
      <legend>{t('languages')}</legend>
      <p class="hint" id={`${id}-hint`}>
        {t('languagesHint')}
      </p>
      <FindingList items={under(findings, ['languages'])} label={t('checksOnLanguages')} />
      <ul class="plain row">
        {langs.map((lang) => (
          <li>
            <label class="check">
              <input
                type="checkbox"
                id={fieldId(['languages', lang])}
                checked={d.languages.includes(lang)}
                // English can be off only in a draft someone saved so; then it can be turned back on.
                disabled={lang === 'en' && d.languages.includes('en')}
                onChange={(e) => toggle(lang, e.currentTarget.checked)}
              />
              {upperFirst(name(lang), t.locale)}{' '}
              {lang !== 'en' && !sameName(lang) && (
                <span lang={lang} dir={dirs[lang]}>
                  ({nativeNames[lang]})
                </span>
              )}
              {lang === 'en' && <span class="muted"> ({t('englishAlways')})</span>}
            </label>
          </li>
        ))}
      </ul>
      {kept.map(({ l, n }) => (
        <p class="hint">{t('languageOff', { language: name(l), n })}</p>
      ))}
    </fieldset>
  );
}
