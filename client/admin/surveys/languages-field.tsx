// The languages the survey is written in: every page language by its English and its own name,
// English always on. A language turned on shows its texts as missing (the checks list each beside
// its item) and becomes the working language; one turned off keeps its texts in the draft, but the
// published version carries only the languages listed here.
import { draftTexts } from '../../../surveys/checks/index.ts';
import type { SurveyDraft } from '../../../surveys/draft.ts';
import { langs, type Lang } from '../../../surveys/languages.ts';
import { useEd } from './editor-context.ts';
import { FindingList } from './finding-list.tsx';
import { describedBy, fieldId, under } from './findings.ts';
import { dirs, langNames, nativeNames } from './labels.ts';

const words = {
  legend: 'Languages',
  hint: 'Respondents choose among these. Every text needs each language before the survey is published.',
  english: 'always: reviews are read against it',
  checks: 'Checks on the languages',
  kept: (lang: Lang, n: number) =>
    `${langNames[lang]} is off: its ${n} ${n === 1 ? 'text is' : 'texts are'} kept in the draft but not published.`,
  added: (lang: Lang, n: number) =>
    n === 0
      ? `${langNames[lang]} added; every text has it already.`
      : `${langNames[lang]} added: ${n} ${n === 1 ? 'text is' : 'texts are'} missing in it, listed beside each item.`,
  removed: (lang: Lang) => `${langNames[lang]} taken off: its texts are kept in the draft but not published.`,
};

/** How many of the draft's texts have `lang` written, and how many lack it. */
function textsIn(d: SurveyDraft, lang: Lang) {
  const all = draftTexts(d).filter((t) => !t.optional || Object.values(t.text).some((v) => v?.trim()));
  const written = all.filter((t) => t.text[lang]?.trim()).length;
  return { written, missing: all.length - written };
}

export function LanguagesField() {
  const { ed, findings, setWorking, say } = useEd();
  const d = ed.draft;
  const id = fieldId(['languages']);

  function toggle(lang: Lang, on: boolean) {
    ed.change((w) => {
      // In the registry's order, English first, whatever order they were turned on in.
      w.d.languages = langs.filter((l) => (l === lang ? on : w.d.languages.includes(l)));
    });
    if (on) setWorking(lang);
    say(on ? words.added(lang, textsIn(d, lang).missing) : words.removed(lang));
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
      <legend>{words.legend}</legend>
      <p class="hint" id={`${id}-hint`}>
        {words.hint}
      </p>
      <FindingList items={under(findings, ['languages'])} label={words.checks} />
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
              {langNames[lang]}{' '}
              {lang !== 'en' && (
                <span lang={lang} dir={dirs[lang]}>
                  ({nativeNames[lang]})
                </span>
              )}
              {lang === 'en' && <span class="muted"> ({words.english})</span>}
            </label>
          </li>
        ))}
      </ul>
      {kept.map(({ l, n }) => (
        <p class="hint">{words.kept(l, n)}</p>
      ))}
    </fieldset>
  );
}
