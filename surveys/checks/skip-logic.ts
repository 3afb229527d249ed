// A question shown only after some answer names an earlier question and answers it can have. Naming
// only earlier questions is what rules out cycles: a rule can never wait on itself or on what follows.
import type { DraftQuestion, SurveyDraft } from '../draft.js';
import { typeOf } from '../types/index.js';
import { idPattern, questionPlace } from './structure.js';
import { blocking, type Finding, type FindingCode, type Params } from './types.js';

/** The answers a question can have, in English words and as the params the dashboard words them from. */
function possibleAnswers(q: DraftQuestion): { words: string; params: Params } {
  const type = typeOf(q);
  const range = type.answer.range;
  if (range) {
    const params = { possible: 'range', from: range[0], to: range[1] };
    return { words: `whole numbers from ${range[0]} to ${range[1]}`, params };
  }
  const values = type.answer
    .values(q)
    .map((v) => `"${v}"`)
    .join(', ');
  if (values) return { words: values, params: { possible: 'values', values } };
  // A choice's answers are its options, which staff may not have written yet; a written answer has none.
  return type.rules.options
    ? { words: 'none yet', params: { possible: 'noOptions' } }
    : { words: 'none: a written answer cannot show or hide a question', params: { possible: 'written' } };
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
          const [code, why]: [FindingCode, string] =
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
              { question: q.id, control: rule.question },
            ),
          );
        } else {
          if (!idPattern.test(rule.question)) {
            out.push(
              blocking('BAD_ID', at('question'), `Question ${rule.question} needs an allowed id first.`, {
                what: 'rule',
                id: rule.question,
              }),
            );
          }
          rule.in.forEach((v, vi) => {
            // The schema's own rule, on the draft's looser shape.
            if (typeOf(ctrl).possible(ctrl, v)) return;
            const answers = possibleAnswers(ctrl);
            const value = JSON.stringify(v);
            out.push(
              blocking(
                'UNREACHABLE_ANSWER',
                at('in', vi),
                `Question ${q.id} waits for the answer ${value} to ${ctrl.id}, which it cannot ` +
                  `have (its answers: ${answers.words}): pick one of those.`,
                { question: q.id, value, control: ctrl.id, ...answers.params },
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
