// The survey's skeleton: ids, their uniqueness, sections and dimensions. Each rule mirrors one of
// `surveyDefinition` (schema.ts) at the same path, so the editor can refuse nothing the schema accepts
// and accept nothing it refuses; a duplicate is reported at its later place, as the schema does.
import type { DraftQuestion, DraftSection, SurveyDraft } from '../draft.js';
import { blocking, type Finding, type Path, type Place } from './types.js';

export const surveyIdPattern = /^[a-z][a-z0-9-]*$/;
export const idPattern = /^[a-z][a-z0-9_]*$/;
export const optionValuePattern = /^[a-z0-9][a-z0-9_]*$/;

const idRule = 'use only lowercase letters, digits and _, starting with a letter (like pay_fair)';

/** Where a question's finding sits: its path plus the ids the editor groups by. */
export function questionPlace(s: DraftSection, si: number, q: DraftQuestion, qi: number, rest: Path): Place {
  return { path: ['sections', si, 'questions', qi, ...rest], sectionId: s.id, questionId: q.id };
}

/** Ids of the survey, its sections, questions and dimensions: well formed and unique. */
export function checkStructure(d: SurveyDraft): Finding[] {
  const out: Finding[] = [];
  if (!surveyIdPattern.test(d.id)) {
    out.push(
      blocking(
        'BAD_ID',
        { path: ['id'] },
        `The survey id "${d.id}" is not allowed: use only lowercase letters, digits and -, starting with a ` +
          `letter (like worker-voice-plant).`,
        { what: 'survey', id: d.id },
      ),
    );
  }
  out.push(...checkDimensions(d));
  if (d.sections.length === 0) {
    out.push(
      blocking('NO_SECTIONS', { path: ['sections'] }, 'The survey has no sections: add one with a question.'),
    );
  }
  const sectionIds = new Set<string>();
  const questionIds = new Set<string>();
  d.sections.forEach((s, si) => {
    const place = { path: ['sections', si, 'id'], sectionId: s.id };
    if (!idPattern.test(s.id)) {
      out.push(
        blocking('BAD_ID', place, `The section id "${s.id}" is not allowed: ${idRule}.`, {
          what: 'section',
          id: s.id,
        }),
      );
    } else if (sectionIds.has(s.id)) {
      out.push(
        blocking('DUPLICATE_ID', place, `Another section is already called "${s.id}": rename this one.`, {
          what: 'section',
          id: s.id,
        }),
      );
    }
    sectionIds.add(s.id);
    if (s.questions.length === 0) {
      out.push(
        blocking(
          'EMPTY_SECTION',
          { path: ['sections', si, 'questions'], sectionId: s.id },
          `Section ${s.id} has no questions: add one, or remove the section.`,
          { section: s.id },
        ),
      );
    }
    s.questions.forEach((q, qi) => {
      const at = questionPlace(s, si, q, qi, ['id']);
      if (!idPattern.test(q.id)) {
        out.push(
          blocking('BAD_ID', at, `The question id "${q.id}" is not allowed: ${idRule}.`, {
            what: 'question',
            id: q.id,
          }),
        );
      } else if (questionIds.has(q.id)) {
        out.push(
          blocking(
            'DUPLICATE_ID',
            at,
            `An earlier question already has the id "${q.id}": give this one its own id.`,
            { what: 'question', id: q.id },
          ),
        );
      }
      questionIds.add(q.id);
    });
  });
  return out;
}

/** Dimension ids, and that each dimension has an item: an empty one would show a score of nothing. */
function checkDimensions(d: SurveyDraft): Finding[] {
  const out: Finding[] = [];
  // Any question naming a dimension counts, as in the schema; a non-agree5 one is reported on its own.
  const scored = new Set(d.sections.flatMap((s) => s.questions.flatMap((q) => q.dimension ?? [])));
  const seen = new Set<string>();
  d.dimensions.forEach((dim, i) => {
    const place = { path: ['dimensions', i, 'id'] };
    if (!idPattern.test(dim.id)) {
      out.push(
        blocking('BAD_ID', place, `The dimension id "${dim.id}" is not allowed: ${idRule}.`, {
          what: 'dimension',
          id: dim.id,
        }),
      );
    } else if (seen.has(dim.id)) {
      out.push(
        blocking('DUPLICATE_ID', place, `Another dimension is already called "${dim.id}": rename this one.`, {
          what: 'dimension',
          id: dim.id,
        }),
      );
    }
    seen.add(dim.id);
    if (!scored.has(dim.id)) {
      out.push(
        blocking(
          'DIMENSION_EMPTY',
          place,
          `No question is scored in dimension ${dim.id}: give it an agree item, or remove the dimension.`,
          { dimension: dim.id },
        ),
      );
    }
  });
  return out;
}
