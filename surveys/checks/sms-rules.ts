// A question's text message numbers its answers as the schema allows (schema.ts `questionSms`): only
// a choice numbers a list of its own, each value one of the question's options, once, and at least
// two of them. Its texts are checked with the others (texts.ts); its advice is in sms-advice.ts.
import type { DraftQuestion, DraftSection, SurveyDraft } from '../draft.js';
import { questionTypeModules } from '../types/index.js';
import { optionValuePattern, questionPlace } from './structure.js';
import { blocking, type Finding, type FindingCode, type Params, type Path } from './types.js';

/** SMS_OPTIONS_NOT_ALLOWED, SMS_OPTIONS_FEW, SMS_OPTION_UNKNOWN, and BAD_ID and DUPLICATE_ID on a numbered value. */
export function checkSmsRules(d: SurveyDraft): Finding[] {
  return d.sections.flatMap((s, si) => s.questions.flatMap((q, qi) => smsRules(s, si, q, qi)));
}

function smsRules(s: DraftSection, si: number, q: DraftQuestion, qi: number): Finding[] {
  const numbered = q.sms?.options;
  if (!numbered) return [];
  const out: Finding[] = [];
  const add = (code: FindingCode, rest: Path, message: string, more: Params = {}) =>
    out.push(
      blocking(code, questionPlace(s, si, q, qi, ['sms', ...rest]), message, { question: q.id, ...more }),
    );
  if (!questionTypeModules[q.type].rules.options) {
    add(
      'SMS_OPTIONS_NOT_ALLOWED',
      [],
      `Question ${q.id} is a ${q.type} question, which has no options: remove the numbered answers of ` +
        `its text message.`,
      { type: q.type },
    );
  }
  // The schema counts the list whatever the type, so the count is its own finding.
  if (numbered.length < 2) {
    add(
      'SMS_OPTIONS_FEW',
      ['options'],
      `The text message of question ${q.id} numbers ${numbered.length === 1 ? 'one answer' : 'no answers'}: ` +
        `number at least two, or leave the list out to number every answer.`,
      { count: numbered.length },
    );
  }
  const values = (q.options ?? []).map((o) => o.value);
  numbered.forEach((v, i) => {
    if (!values.includes(v)) {
      add(
        'SMS_OPTION_UNKNOWN',
        ['options', i],
        `The text message of question ${q.id} numbers the answer "${v}", which the question does not ` +
          `have: pick one of its answers, or take it off the list.`,
        { value: v },
      );
    } else if (!optionValuePattern.test(v)) {
      // The option's own value is refused beside it (BAD_ID); fixing it there fixes this one too.
      add(
        'BAD_ID',
        ['options', i],
        `The text message of question ${q.id} numbers the answer "${v}", whose value is not allowed: ` +
          `change the value of that option.`,
        { what: 'smsOption', id: v },
      );
    } else if (numbered.indexOf(v) !== i) {
      add(
        'DUPLICATE_ID',
        ['options', i],
        `The text message of question ${q.id} numbers the answer "${v}" twice: take one off the list.`,
        { what: 'smsOption', id: v },
      );
    }
  });
  return out;
}
