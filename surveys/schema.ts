import { z } from 'zod';
import { questionTypeModules } from './types/index.js';
import type { QuestionTypeModule } from './types/module.js';

import { langs, type Lang } from './languages.js';

export { langs, type Lang } from './languages.js';

// A text of only spaces is as missing as an empty one: a respondent would see a blank question.
const someText = z.string().regex(/\S/, 'a text, not only spaces');

/**
 * A respondent-facing text per language. English is always there (staff read reviews against it);
 * which others a version must have is the version's `languages`, checked over the whole definition.
 */
export const localizedText = z.strictObject({
  en: someText,
  ...(Object.fromEntries(langs.filter((l) => l !== 'en').map((l) => [l, someText.optional()])) as Record<
    Exclude<Lang, 'en'>,
    z.ZodOptional<typeof someText>
  >),
});
export type LocalizedText = z.infer<typeof localizedText>;

/** Versions published before languages were data list none: they are in English and Spanish. */
export const legacyLanguages: readonly Lang[] = ['en', 'es'];

/** The languages a version is complete in, English first. */
export const surveyLanguages = (def: { languages?: readonly Lang[] }): readonly Lang[] =>
  def.languages ?? legacyLanguages;

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

/**
 * A question's form for a survey answered by text message (surveys/sms/): the message sent for it in
 * each language, answer keys and all ("... Reply 1 to 5"), one segment where the language allows.
 * The answers are read by the question's type; `options` numbers a shorter list than the page's
 * (1 is the first value named), for a choice list too long for a text. A question without one is not
 * asked by text. Absent on every version published before issue 18, which stay as they were.
 */
export const questionSms = z.strictObject({
  text: localizedText,
  options: z.array(optionValue).min(2).optional(),
});
export type QuestionSms = z.infer<typeof questionSms>;

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
    sms: questionSms.optional(),
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
    const smsOptions = q.sms?.options;
    if (smsOptions && !rules.options) issue('sms', `sms options apply to ${typesTaking('options')} only`);
    smsOptions?.forEach((v, i) => {
      const path = ['sms', 'options', i];
      if (!values.includes(v)) ctx.addIssue({ code: 'custom', path, message: `${v} is not an option` });
      else if (smsOptions.indexOf(v) !== i)
        ctx.addIssue({ code: 'custom', path, message: `duplicate option ${v}` });
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
    /** Absent on versions published before languages were data: they mean English and Spanish. */
    languages: z
      .array(z.enum(langs))
      .min(1)
      .refine((l) => l[0] === 'en' && new Set(l).size === l.length, 'English first, each language once')
      .optional(),
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
            // A follow-up with an SMS text under a controller without one is allowed: by text the
            // controller is never asked, so the follow-up stays hidden (surveys/sms/conversation.ts).
          }
        }
        earlier.set(q.id, q);
      });
    });

    def.dimensions.forEach((d, i) => {
      if (!scored.has(d.id)) issue(['dimensions', i, 'id'], `dimension ${d.id} has no items`);
    });

    // A version offers exactly its languages: each text has every one of them and no other, so a
    // respondent never meets a blank or an English sentence in the middle of their survey.
    const wanted = surveyLanguages(def);
    forEachText(def, (text, path) => {
      for (const l of wanted) if (text[l] === undefined) issue([...path, l], `missing the ${l} text`);
      for (const l of Object.keys(text) as Lang[])
        if (!wanted.includes(l)) issue([...path, l], `${l} is not one of this version's languages`);
    });
  });
export type SurveyDefinition = z.infer<typeof surveyDefinition>;

type TextHolder = {
  title: LocalizedText;
  intro: LocalizedText;
  dimensions: { label: LocalizedText }[];
  sections: {
    title: LocalizedText;
    intro?: LocalizedText;
    questions: {
      text: LocalizedText;
      help?: LocalizedText;
      options?: { label: LocalizedText }[];
      sms?: { text: LocalizedText };
    }[];
  }[];
};

/** Calls `visit` with every text of a definition and its path, in reading order. */
export function forEachText(
  def: TextHolder,
  visit: (text: LocalizedText, path: (string | number)[]) => void,
) {
  visit(def.title, ['title']);
  visit(def.intro, ['intro']);
  def.dimensions.forEach((d, i) => visit(d.label, ['dimensions', i, 'label']));
  def.sections.forEach((s, si) => {
    visit(s.title, ['sections', si, 'title']);
    if (s.intro) visit(s.intro, ['sections', si, 'intro']);
    s.questions.forEach((q, qi) => {
      const path = ['sections', si, 'questions', qi];
      visit(q.text, [...path, 'text']);
      if (q.help) visit(q.help, [...path, 'help']);
      q.options?.forEach((o, oi) => visit(o.label, [...path, 'options', oi, 'label']));
      if (q.sms) visit(q.sms.text, [...path, 'sms', 'text']);
    });
  });
}

export const answerValue = z.union([z.number(), z.string(), z.array(z.string())]);
export type AnswerValue = z.infer<typeof answerValue>;

/** Stored answers, keyed by question id, after `validateAnswers` has cleaned them. */
export const answers = z.record(z.string(), answerValue);
export type Answers = z.infer<typeof answers>;
