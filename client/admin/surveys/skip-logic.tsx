// Skip logic: a question shown only after some answers to an EARLIER question. Only earlier questions
// with set answers are offered, and only their answers, so the editor cannot make a rule that waits
// forever; a rule that broke since (the earlier question moved or changed) is kept and shown as is.
import type { DraftQuestion } from '../../../surveys/draft.ts';
import { isNumericType, numericRanges } from '../../../surveys/shape.ts';
import { pointLabel, typeOf } from '../../../surveys/types/index.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useEd } from './editor-context.ts';
import { describedBy, fieldId, questionPath } from './findings.ts';
import { questionAt } from './work.ts';

type Answer = { value: string | number; label: string };

/** The answers a rule may wait for; a scale's words (not the survey's own) in the staff member's language. */
function answersIn(q: DraftQuestion, locale: Locale): Answer[] {
  if (q.type === 'yesno')
    return ['yes', 'no'].map((v) => ({ value: v, label: pointLabel(typeOf(q), v, locale)! }));
  if (q.type === 'single' || q.type === 'multi')
    return (q.options ?? []).map((o) => ({ value: o.value, label: o.label.en?.trim() || o.value }));
  if (!isNumericType(q.type)) return [];
  const [lo, hi] = numericRanges[q.type];
  return Array.from({ length: hi - lo + 1 }, (_, i) => {
    const word = pointLabel(typeOf(q), String(lo + i), locale);
    return { value: lo + i, label: word ? `${lo + i}: ${word}` : String(lo + i) };
  });
}

export function SkipLogic({ si, qi }: { si: number; qi: number }) {
  const t = useWords('surveys');
  const answersOf = (x: DraftQuestion) => answersIn(x, t.locale);
  const { ed, findings } = useEd();
  const q = ed.draft.sections[si]!.questions[qi]!;
  const path = [...questionPath(si, qi), 'showIf'];
  const id = fieldId(path);
  const flat = ed.draft.sections.flatMap((s, i) => s.questions.map((x, j) => ({ q: x, si: i, qi: j })));
  const here = flat.findIndex((x) => x.si === si && x.qi === qi);
  const earlier = flat.slice(0, here).filter((x) => answersOf(x.q).length > 0);
  const rule = q.showIf;
  const ctrl = rule && flat.slice(0, here).find((x) => x.q.id === rule.question)?.q;
  const answers = ctrl ? answersOf(ctrl) : [];
  const stray = (rule?.in ?? []).filter((v) => !answers.some((a) => a.value === v));
  const setRule = (next: DraftQuestion['showIf'] | undefined) =>
    ed.change((w) => {
      const x = questionAt(w, si, qi);
      if (next) x.showIf = next;
      else delete x.showIf;
    });
  const startWith = (x: DraftQuestion) => ({ question: x.id, in: [answersOf(x)[0]!.value] });

  return (
    <fieldset class="skip-logic" aria-describedby={describedBy(findings, path, `${id}-hint`)}>
      <legend>{t('skipLogic')}</legend>
      <label class="check">
        <input
          type="checkbox"
          id={id}
          checked={Boolean(rule)}
          disabled={!rule && earlier.length === 0}
          onChange={(e) => setRule(e.currentTarget.checked ? startWith(earlier.at(-1)!.q) : undefined)}
        />
        {t('showOnlyAfter')}
      </label>
      <p class="hint" id={`${id}-hint`}>
        {t(earlier.length === 0 && !rule ? 'noEarlier' : 'everyoneElseSkips')}
      </p>
      {rule && (
        <>
          <div class="field">
            <label for={fieldId([...path, 'question'])}>{t('afterQuestion')}</label>
            <select
              id={fieldId([...path, 'question'])}
              value={rule.question}
              aria-describedby={describedBy(findings, [...path, 'question'])}
              onChange={(e) => {
                const next = earlier.find((x) => x.q.id === e.currentTarget.value);
                if (next) setRule(startWith(next.q));
              }}
            >
              {!ctrl && <option value={rule.question}>{t('notEarlier', { id: rule.question })}</option>}
              {earlier.map((x) => (
                <option value={x.q.id}>
                  {flat.indexOf(x) + 1}. {x.q.text.en?.trim() || x.q.id}
                </option>
              ))}
            </select>
          </div>
          <fieldset id={fieldId([...path, 'in'])} tabIndex={-1}>
            <legend>{t('showWhen')}</legend>
            {[...answers, ...stray.map((v) => ({ value: v, label: t('notPossible', { value: v }) }))].map(
              (a) => {
                const on = rule.in.includes(a.value);
                return (
                  <label class="check">
                    <input
                      type="checkbox"
                      checked={on}
                      // One answer at least: a rule with none would hide the question from everyone.
                      disabled={on && rule.in.length === 1}
                      onChange={() =>
                        setRule({
                          question: rule.question,
                          in: on ? rule.in.filter((v) => v !== a.value) : [...rule.in, a.value],
                        })
                      }
                    />
                    {a.label}
                  </label>
                );
              },
            )}
          </fieldset>
        </>
      )}
    </fieldset>
  );
}
