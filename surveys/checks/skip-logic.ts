// A question shown only after some answer names an earlier question and answers it can have. Naming
// only earlier questions is what rules out cycles: a rule can never wait on itself or on what follows.
import type { DraftQuestion, SurveyDraft } from '../draft.js';
import { isNumericType, numericRanges } from '../shape.js';
import { idPattern, questionPlace } from './structure.js';
import { blocking, type Finding } from './types.js';

/** Whether `v` is an answer `q` can have (the schema's own rule, on the draft's looser shape). */
export function isPossibleAnswer(q: DraftQuestion, v: string | number): boolean {
  if (q.type === 'yesno') return v === 'yes' || v === 'no';
  if (q.type === 'single' || q.type === 'multi') return (q.options ?? []).some((o) => o.value === v);
  if (!isNumericType(q.type)) return false;
  const [lo, hi] = numericRanges[q.type];
  return typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;
}

function possibleAnswers(q: DraftQuestion): string {
  if (q.type === 'yesno') return '"yes" or "no"';
  if (q.type === 'single' || q.type === 'multi') {
    return (q.options ?? []).map((o) => `"${o.value}"`).join(', ') || 'none yet';
  }
  if (!isNumericType(q.type)) return 'none: a written answer cannot show or hide a question';
  const [lo, hi] = numericRanges[q.type];
  return `whole numbers from ${lo} to ${hi}`;
}

/** SHOW_IF_SELF, SHOW_IF_LATER, SHOW_IF_UNKNOWN, UNREACHABLE_ANSWER, and BAD_ID on the reference. */
export function checkSkipLogic(d: SurveyDraft): Finding[] {
  const out: Finding[] = [];
  const all = d.sections.flatMap((s) => s.questions.map((q) => q.id));
  // The schema keeps the last earlier question of an id, so a duplicate is judged the same way here.
  const earlier = new Map<string, DraftQuestion>();
  let position = 0;
  d.sections.forEach((s, si) =>
    s.questions.forEach((q, qi) => {
      position++;
      const rule = q.showIf;
      if (rule) {
        const ctrl = earlier.get(rule.question);
        const at = (...rest: (string | number)[]) => questionPlace(s, si, q, qi, ['showIf', ...rest]);
        if (!ctrl) {
          const [code, why] =
            rule.question === q.id
              ? ['SHOW_IF_SELF', 'itself']
              : all.indexOf(rule.question, position) >= 0
                ? ['SHOW_IF_LATER', `${rule.question}, which comes after it`]
                : ['SHOW_IF_UNKNOWN', `${rule.question}, which the survey does not have`];
          out.push(
            blocking(
              code,
              at('question'),
              `Question ${q.id} is shown depending on ${why}: pick a question that comes before it, ` +
                `or move ${q.id} further down.`,
            ),
          );
        } else {
          if (!idPattern.test(rule.question)) {
            out.push(
              blocking('BAD_ID', at('question'), `Question ${rule.question} needs an allowed id first.`),
            );
          }
          rule.in.forEach((v, vi) => {
            if (isPossibleAnswer(ctrl, v)) return;
            out.push(
              blocking(
                'UNREACHABLE_ANSWER',
                at('in', vi),
                `Question ${q.id} waits for the answer ${JSON.stringify(v)} to ${ctrl.id}, which it cannot ` +
                  `have (its answers: ${possibleAnswers(ctrl)}): pick one of those.`,
              ),
            );
          });
        }
      }
      earlier.set(q.id, q);
    }),
  );
  return out;
}
