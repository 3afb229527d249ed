// One text of the survey in each of its languages, side by side. Each field says its language, is
// marked lang for screen readers and spell checkers, and is described by the findings about it.
import type { Path } from '../../../surveys/checks/index.ts';
import type { DraftText } from '../../../surveys/draft.ts';
import { draftLimits } from '../../../surveys/draft.ts';
import type { Lang } from '../../../surveys/schema.ts';
import { useEd } from './editor-context.ts';
import { describedBy, fieldId, under } from './findings.ts';
import { langNames } from './labels.ts';

export function TextPair(p: {
  path: Path;
  label: string;
  text: DraftText | undefined;
  onText: (lang: Lang, value: string) => void;
  /** Leaving the English field: a new item's id is fixed from then on. */
  onLeaveEnglish?: () => void;
  multiline?: boolean;
}) {
  const { ed, findings } = useEd();
  return (
    <div class="text-pair">
      {ed.draft.languages.map((lang) => {
        const path = [...p.path, lang];
        const id = fieldId(path);
        const blocked = under(findings, path).some((f) => f.severity === 'blocking');
        const props = {
          id,
          lang,
          value: p.text?.[lang] ?? '',
          maxLength: draftLimits.textLength,
          'aria-describedby': describedBy(findings, path),
          'aria-invalid': blocked || undefined,
          onInput: (e: Event) => p.onText(lang, (e.currentTarget as HTMLInputElement).value),
          onBlur: lang === 'en' ? p.onLeaveEnglish : undefined,
        };
        return (
          <div class={`field${blocked ? ' invalid' : ''}`}>
            <label for={id}>
              {p.label} ({langNames[lang]})
            </label>
            {p.multiline ? <textarea rows={2} {...props} /> : <input {...props} />}
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
  const { ed } = useEd();
  return (
    <div class="text-pair">
      {ed.draft.languages.map((lang) => (
        <div class="field">
          <label for={`${p.idPrefix}-${lang}`}>
            {p.label} ({langNames[lang]})
          </label>
          <input
            id={`${p.idPrefix}-${lang}`}
            lang={lang}
            value={p.text[lang] ?? ''}
            maxLength={draftLimits.textLength}
            onInput={(e) => p.onText(lang, e.currentTarget.value)}
          />
        </div>
      ))}
    </div>
  );
}
