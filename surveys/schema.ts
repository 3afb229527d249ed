import { z } from 'zod';
import { numericRanges } from './shape.js';

export type Lang = 'en' | 'es';
export const langs = ['en', 'es'] as const satisfies readonly Lang[];

/** Every respondent-facing string exists in both languages from the start. */
export const localizedText = z.strictObject({ en: z.string().min(1), es: z.string().min(1) });
export type LocalizedText = z.infer<typeof localizedText>;

export const questionTypes = [
  'agree5',
  'likelihood',
  'rating10',
  'yesno',
  'single',
  'multi',
  'text',
] as const;
export type QuestionType = (typeof questionTypes)[number];

export const surveyKinds = ['worker-voice', 'employer-satisfaction', 'partner-roi'] as const;
export type SurveyKind = (typeof surveyKinds)[number];

// Ids end up as database keys and form field names, so they stay boring and stable.
const questionId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'lowercase letters, digits and _');
const optionValue = z.string().regex(/^[a-z0-9][a-z0-9_]*$/, 'lowercase letters, digits and _');

export const option = z.strictObject({ value: optionValue, label: localizedText });
export type Option = z.infer<typeof option>;

export const showIf = z.strictObject({
  question: questionId,
  in: z.array(z.union([z.string(), z.number()])).min(1),
});
export type ShowIf = z.infer<typeof showIf>;

export const question = z
  .strictObject({
    id: questionId,
    type: z.enum(questionTypes),
    text: localizedText,
    help: localizedText.optional(),
    required: z.boolean(),
    dimension: questionId.optional(),
    reverse: z.boolean().optional(),
    options: z.array(option).min(2).optional(),
    max: z.int().min(1).optional(),
    maxLength: z.int().min(1).max(5000).optional(),
    showIf: showIf.optional(),
    demographic: z.boolean().optional(),
    measure: questionId.optional(),
  })
  .superRefine((q, ctx) => {
    const choice = q.type === 'single' || q.type === 'multi';
    if (choice !== (q.options !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'options are required for single/multi only',
      });
    }
    if (q.max !== undefined && (q.type !== 'multi' || q.max > (q.options?.length ?? 0))) {
      ctx.addIssue({
        code: 'custom',
        path: ['max'],
        message: 'max applies to multi, at most the option count',
      });
    }
    if (q.maxLength !== undefined && q.type !== 'text') {
      ctx.addIssue({ code: 'custom', path: ['maxLength'], message: 'maxLength applies to text only' });
    }
    if (q.reverse !== undefined && q.type !== 'agree5') {
      ctx.addIssue({ code: 'custom', path: ['reverse'], message: 'reverse applies to agree5 only' });
    }
    // Only agree5 items are averaged into dimension scores; anything else there would be silently ignored.
    if (q.dimension !== undefined && q.type !== 'agree5') {
      ctx.addIssue({ code: 'custom', path: ['dimension'], message: 'only agree5 items are scored' });
    }
    const values = (q.options ?? []).map((o) => o.value);
    values.forEach((v, i) => {
      if (values.indexOf(v) !== i) {
        ctx.addIssue({ code: 'custom', path: ['options', i, 'value'], message: `duplicate option ${v}` });
      }
    });
  });
export type Question = z.infer<typeof question>;

export const section = z.strictObject({
  id: questionId,
  title: localizedText,
  intro: localizedText.optional(),
  questions: z.array(question).min(1),
});
export type Section = z.infer<typeof section>;

export const dimension = z.strictObject({ id: questionId, label: localizedText });
export type Dimension = z.infer<typeof dimension>;

/** Whether `v` is a value the controlling question can hold; a showIf typo would hide a question forever. */
function isPossibleAnswer(q: Question, v: string | number): boolean {
  if (q.type === 'yesno') return v === 'yes' || v === 'no';
  if (q.type === 'single' || q.type === 'multi') return (q.options ?? []).some((o) => o.value === v);
  if (q.type === 'text') return false;
  const [lo, hi] = numericRanges[q.type];
  return typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;
}

export const surveyDefinition = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    version: z.int().positive(),
    kind: z.enum(surveyKinds),
    title: localizedText,
    intro: localizedText,
    estimatedMinutes: z.number().positive(),
    dimensions: z.array(dimension),
    sections: z.array(section).min(1),
  })
  .superRefine((def, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });

    const dimensionIds = new Set<string>();
    def.dimensions.forEach((d, i) => {
      if (dimensionIds.has(d.id)) issue(['dimensions', i, 'id'], `duplicate dimension ${d.id}`);
      dimensionIds.add(d.id);
    });

    const sectionIds = new Set<string>();
    const earlier = new Map<string, Question>();
    const scored = new Set<string>();
    def.sections.forEach((s, si) => {
      if (sectionIds.has(s.id)) issue(['sections', si, 'id'], `duplicate section ${s.id}`);
      sectionIds.add(s.id);
      s.questions.forEach((q, qi) => {
        const path = ['sections', si, 'questions', qi];
        if (earlier.has(q.id)) issue([...path, 'id'], `duplicate question ${q.id}`);
        if (q.dimension !== undefined) {
          if (!dimensionIds.has(q.dimension))
            issue([...path, 'dimension'], `unknown dimension ${q.dimension}`);
          scored.add(q.dimension);
        }
        if (q.showIf) {
          const ctrl = earlier.get(q.showIf.question);
          if (!ctrl) {
            issue(
              [...path, 'showIf', 'question'],
              `showIf must name an earlier question, not ${q.showIf.question}`,
            );
          } else {
            q.showIf.in.forEach((v, vi) => {
              if (!isPossibleAnswer(ctrl, v)) {
                issue([...path, 'showIf', 'in', vi], `${String(v)} is not a possible answer to ${ctrl.id}`);
              }
            });
          }
        }
        earlier.set(q.id, q);
      });
    });

    def.dimensions.forEach((d, i) => {
      if (!scored.has(d.id)) issue(['dimensions', i, 'id'], `dimension ${d.id} has no items`);
    });
  });
export type SurveyDefinition = z.infer<typeof surveyDefinition>;

export const answerValue = z.union([z.number(), z.string(), z.array(z.string())]);
export type AnswerValue = z.infer<typeof answerValue>;

/** Stored answers, keyed by question id, after `validateAnswers` has cleaned them. */
export const answers = z.record(z.string(), answerValue);
export type Answers = z.infer<typeof answers>;
