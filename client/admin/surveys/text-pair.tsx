// One text of the survey in English and the working language, side by side (every language of the
// survey at once is unreadable at six). Each field says its language, is marked lang and dir for
// screen readers, spell checkers and right-to-left scripts, and is described by the findings about
// it; those of the languages not shown are listed beside the item all the same.
import type { ComponentChildren } from 'preact';
import type { Path } from '../../../surveys/checks/index.ts';
import type { DraftText } from '../../../surveys/draft.ts';
import { draftLimits } from '../../../surveys/draft.ts';
import type { Lang } from '../../../surveys/schema.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useEd, type EditorCtx } from './editor-context.ts';
import { describedBy, fieldId, under } from './findings.ts';
import { dirs, langKeys } from './labels.ts';

/** The languages each text shows: English, and the working language when the survey has one. */
export function shownLangs({ ed, working }: Pick<EditorCtx, 'ed' | 'working'>): Lang[] {
  return ed.draft.languages.filter((l) => l === 'en' || l === working);
}

export function TextPair(p: {
  path: Path;
  label: string;
  text: DraftText | undefined;
  onText: (lang: Lang, value: string) => void;
  /** Leaving the English field: a new item's id is fixed from then on. */
  onLeaveEnglish?: () => void;
  multiline?: boolean;
  /** A line under each field that describes it as it is typed (a text message's length). */
  note?: (lang: Lang) => ComponentChildren;
}) {
  const t = useWords('surveys');
  const ctx = useEd();
  const { findings } = ctx;
  return (
    <div class="text-pair">
      {shownLangs(ctx).map((lang) => {
        const path = [...p.path, lang];
        const id = fieldId(path);
        const blocked = under(findings, path).some((f) => f.severity === 'blocking');
        const props = {
          id,
          lang,
          dir: dirs[lang],
          value: p.text?.[lang] ?? '',
          maxLength: draftLimits.textLength,
          'aria-describedby': describedBy(findings, path, p.note && `${id}-note`),
          'aria-invalid': blocked || undefined,
          onInput: (e: Event) => p.onText(lang, (e.currentTarget as HTMLInputElement).value),
          onBlur: lang === 'en' ? p.onLeaveEnglish : undefined,
        };
        return (
          <div class={`field${blocked ? ' invalid' : ''}`}>
            <label for={id}>{t('textLabel', { label: p.label, language: t(langKeys[lang]) })}</label>
            {p.multiline ? <textarea rows={2} {...props} /> : <input {...props} />}
            {p.note && (
              <p class="hint" id={`${id}-note`}>
                {p.note(lang)}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}

/** The same pair for a text that is not in the draft yet (a new dimension's name). */
export function TextPairPlain(p: {
  idPrefix: string;
  label: string;
  text: DraftText;
  onText: (lang: Lang, value: string) => void;
}) {
  const t = useWords('surveys');
  return (
    <div class="text-pair">
      {shownLangs(useEd()).map((lang) => (
        <div class="field">
          <label for={`${p.idPrefix}-${lang}`}>
            {t('textLabel', { label: p.label, language: t(langKeys[lang]) })}
          </label>
          <input
            id={`${p.idPrefix}-${lang}`}
            lang={lang}
            dir={dirs[lang]}
            value={p.text[lang] ?? ''}
            maxLength={draftLimits.textLength}
            onInput={(e) => p.onText(lang, e.currentTarget.value)}
          />
        </div>
      ))}
    </div>
  );
}
