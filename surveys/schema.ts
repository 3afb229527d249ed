import { z } from 'zod';
import { questionTypeModules } from './types/index.js';
import type { QuestionTypeModule } from './types/module.js';

export type Lang = 'en' | 'es';
export const langs = ['en', 'es'] as const satisfies readonly Lang[];

// A text of only spaces is as missing as an empty one: a respondent would see a blank question.
const someText = z.string().regex(/\S/, 'a text, not only spaces');

/** Every respondent-facing string exists in both languages from the start. */
export const localizedText = z.strictObject({ en: someText, es: someText });
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

/** The types that take a question member, for messages: "single/multi". */
const typesTaking = (member: keyof QuestionTypeModule['rules']): string =>
  questionTypes.filter((t) => questionTypeModules[t].rules[member]).join('/');

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
    const rules = questionTypeModules[q.type].rules;
    const issue = (member: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [member], message });
    if (rules.options !== (q.options !== undefined)) {
      issue('options', `options are required for ${typesTaking('options')} only`);
    }
    if (q.max !== undefined && (!rules.max || q.max > (q.options?.length ?? 0))) {
      issue('max', `max applies to ${typesTaking('max')}, at most the option count`);
    }
    if (q.maxLength !== undefined && !rules.maxLength) {
      issue('maxLength', `maxLength applies to ${typesTaking('maxLength')} only`);
    }
    if (q.reverse !== undefined && !rules.reverse) {
      issue('reverse', `reverse applies to ${typesTaking('reverse')} only`);
    }
    // Only scored items are averaged into dimension scores; anything else there would be silently ignored.
    if (q.dimension !== undefined && !rules.dimension) {
      issue('dimension', `only ${typesTaking('dimension')} items are scored`);
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
              if (!questionTypeModules[ctrl.type].possible(ctrl, v)) {
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
