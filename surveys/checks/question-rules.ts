// What each question type allows, as its module's `rules` say (options for choices only, max for multi,
// maxLength for text, reverse and dimension for agree items only), option values well formed and
// unique, and references to a dimension or measure that exist and are well formed. Mirrors the question
// rules of schema.ts, which asks the same modules.
import type { DraftQuestion, DraftSection, SurveyDraft } from '../draft.js';
import { questionTypeModules } from '../types/index.js';
import { idPattern, optionValuePattern, questionPlace } from './structure.js';
import { blocking, type Finding, type FindingCode, type Params, type Path } from './types.js';

/** Every question's own rules, in draft order. */
export function checkQuestions(d: SurveyDraft): Finding[] {
  const dimensions = new Set(d.dimensions.map((dim) => dim.id));
  return d.sections.flatMap((s, si) =>
    s.questions.flatMap((q, qi) => questionRules(s, si, q, qi, dimensions)),
  );
}

function questionRules(
  s: DraftSection,
  si: number,
  q: DraftQuestion,
  qi: number,
  dimensions: ReadonlySet<string>,
): Finding[] {
  const out: Finding[] = [];
  // Every sentence here names the question; `more` is what else it says.
  const add = (code: FindingCode, rest: Path, message: string, more: Params = {}) =>
    out.push(blocking(code, questionPlace(s, si, q, qi, rest), message, { question: q.id, ...more }));
  const rules = questionTypeModules[q.type].rules;
  const count = q.options?.length ?? 0;

  if (rules.options && count < 2) {
    add('OPTIONS_NEEDED', ['options'], `Question ${q.id} is a choice: give it at least two options.`);
  } else if (!rules.options && q.options !== undefined) {
    add(
      'OPTIONS_NOT_ALLOWED',
      ['options'],
      `Question ${q.id} is a ${q.type} question, which has no options: remove them, or make it a choice.`,
      { type: q.type },
    );
  }
  if (q.max !== undefined && !rules.max) {
    add(
      'MAX_NOT_ALLOWED',
      ['max'],
      `Only "choose several" questions have a most-to-choose: remove it from ${q.id}.`,
    );
  } else if (q.max !== undefined && q.max > count) {
    add(
      'MAX_TOO_HIGH',
      ['max'],
      `Question ${q.id} lets people choose up to ${q.max} but has ${count} ${count === 1 ? 'option' : 'options'}: ` +
        `lower it to ${count} or less.`,
      { max: q.max, count },
    );
  }
  if (q.maxLength !== undefined && !rules.maxLength) {
    add(
      'MAX_LENGTH_NOT_ALLOWED',
      ['maxLength'],
      `Only written answers have a length limit: remove it from ${q.id}.`,
    );
  }
  if (q.reverse !== undefined && !rules.reverse) {
    add(
      'REVERSE_NOT_ALLOWED',
      ['reverse'],
      `Only agree items can be reversed: remove "reversed" from ${q.id}.`,
    );
  }
  if (q.dimension !== undefined) {
    if (!rules.dimension) {
      add(
        'DIMENSION_NOT_ALLOWED',
        ['dimension'],
        `Only agree items are scored: take ${q.id} out of dimension ${q.dimension}, or make it an agree item.`,
        { dimension: q.dimension },
      );
    } else if (!dimensions.has(q.dimension)) {
      add(
        'UNKNOWN_DIMENSION',
        ['dimension'],
        `Question ${q.id} is scored in dimension ${q.dimension}, which the survey does not have: ` +
          `pick one of its dimensions, or add ${q.dimension}.`,
        { dimension: q.dimension },
      );
    } else if (!idPattern.test(q.dimension)) {
      add(
        'BAD_ID',
        ['dimension'],
        `Dimension ${q.dimension} has an id that is not allowed: rename the dimension.`,
        { what: 'scored', id: q.dimension },
      );
    }
  }
  if (q.measure !== undefined && !idPattern.test(q.measure)) {
    add(
      'BAD_ID',
      ['measure'],
      `The measure "${q.measure}" of ${q.id} is not allowed: use lowercase letters, digits and _ (like nps).`,
      { what: 'measure', id: q.measure },
    );
  }
  const values = new Set<string>();
  q.options?.forEach((o, oi) => {
    if (!optionValuePattern.test(o.value)) {
      add(
        'BAD_ID',
        ['options', oi, 'value'],
        `The option value "${o.value}" of ${q.id} is not allowed: use lowercase letters, digits and _ ` +
          `(like child_care).`,
        { what: 'option', id: o.value },
      );
    } else if (values.has(o.value)) {
      add(
        'DUPLICATE_ID',
        ['options', oi, 'value'],
        `Question ${q.id} has two options "${o.value}": rename one.`,
        { what: 'option', id: o.value },
      );
    }
    values.add(o.value);
  });
  return out;
}
