// A survey as staff edit it, before it is published. It has the published shape (schema.ts) with
// every text optional per language, so a half-done translation or a question still being written can
// be saved. What a draft gets wrong is reported by the checks (surveys/checks/), next to the item it
// concerns, and publishing parses the draft with `surveyDefinition`, the same schema the built-in
// templates pass. The draft's own schema only bounds its size and shape, so a saved draft is always
// something the editor can show again.
import { z } from 'zod';
import {
  langs,
  legacyLanguages,
  questionTypes,
  surveyKinds,
  surveyLanguages,
  type SurveyDefinition,
} from './schema.js';

/** Bounds that keep one draft a survey, not a document store: a request body stays small. */
export const draftLimits = {
  sections: 30,
  questionsPerSection: 60,
  questions: 150,
  options: 40,
  dimensions: 30,
  textLength: 2000,
} as const;

/** Text in some of the survey's languages; a missing or blank one is a blocking check, not a parse error. */
export const draftText = z.partialRecord(z.enum(langs), z.string().max(draftLimits.textLength));
export type DraftText = z.infer<typeof draftText>;

const draftString = z.string().max(draftLimits.textLength);
/**
 * A question's SMS text in a draft: English always there, if only empty, so a draft drawn as a
 * definition (the preview) has the shape a published one has; a blank one is a check at publishing.
 */
const draftSmsText = z.strictObject({
  en: draftString,
  ...(Object.fromEntries(langs.filter((l) => l !== 'en').map((l) => [l, draftString.optional()])) as Record<
    Exclude<(typeof langs)[number], 'en'>,
    z.ZodOptional<typeof draftString>
  >),
});

// Ids are kept to the published pattern's characters and length, loosely: a bad id is reported by the
// checks with its place, rather than refusing the whole save.
const id = z.string().min(1).max(64);

export const draftOption = z.strictObject({ value: id, label: draftText });
export type DraftOption = z.infer<typeof draftOption>;

export const draftQuestion = z.strictObject({
  id,
  type: z.enum(questionTypes),
  text: draftText,
  help: draftText.optional(),
  required: z.boolean(),
  dimension: id.optional(),
  reverse: z.boolean().optional(),
  options: z.array(draftOption).max(draftLimits.options).optional(),
  max: z.int().min(1).max(draftLimits.options).optional(),
  maxLength: z.int().min(1).max(5000).optional(),
  showIf: z
    .strictObject({
      question: id,
      in: z
        .array(z.union([z.string().max(64), z.number()]))
        .min(1)
        .max(draftLimits.options),
    })
    .optional(),
  demographic: z.boolean().optional(),
  measure: id.optional(),
  /** The question's text-message form (schema.ts `questionSms`). */
  sms: z
    .strictObject({ text: draftSmsText, options: z.array(id).max(draftLimits.options).optional() })
    .optional(),
  /**
   * Editing only: this item was reworded from the one with this id and its meaning changed, so it
   * took a new id; the reviews say its trend starts here. Left out of the published definition.
   */
  replaces: id.optional(),
});
export type DraftQuestion = z.infer<typeof draftQuestion>;

export const draftSection = z.strictObject({
  id,
  title: draftText,
  intro: draftText.optional(),
  questions: z.array(draftQuestion).max(draftLimits.questionsPerSection),
});
export type DraftSection = z.infer<typeof draftSection>;

export const surveyDraft = z
  .strictObject({
    id,
    version: z.int().positive(),
    kind: z.enum(surveyKinds),
    /** The languages the survey is written in: every text must exist in each before it is published. */
    languages: z
      .array(z.enum(langs))
      .min(1)
      .max(langs.length)
      // English missing is a blocking check beside the list (LANGUAGE_REQUIRED), not a refused save.
      .refine((l) => new Set(l).size === l.length, 'each language once'),
    title: draftText,
    intro: draftText,
    estimatedMinutes: z.number().positive().max(120).optional(),
    dimensions: z.array(z.strictObject({ id, label: draftText })).max(draftLimits.dimensions),
    sections: z.array(draftSection).max(draftLimits.sections),
  })
  .refine((d) => d.sections.reduce((n, s) => n + s.questions.length, 0) <= draftLimits.questions, {
    message: `at most ${draftLimits.questions} questions in a survey`,
    path: ['sections'],
  });
export type SurveyDraft = z.infer<typeof surveyDraft>;

/** A published survey as a draft to edit: the same content, in the languages it has. */
export function draftFromDefinition(def: SurveyDefinition): SurveyDraft {
  const { estimatedMinutes, languages: _languages, ...rest } = structuredClone(def) as SurveyDefinition;
  return { ...rest, estimatedMinutes, languages: [...surveyLanguages(def)] };
}

/** Every question of a draft in order, with where it sits: what checks and the editor walk. */
export function draftQuestions(d: SurveyDraft): { q: DraftQuestion; section: number; index: number }[] {
  return d.sections.flatMap((s, section) => s.questions.map((q, index) => ({ q, section, index })));
}

/**
 * What publishing parses with `surveyDefinition`: the draft without its editing-only members. A draft
 * made from a published version gives that version back exactly (same fingerprint).
 */
export function definitionCandidate(d: SurveyDraft): unknown {
  // In the registry's order (English first), whatever order staff added them in. English and Spanish
  // is what a version without `languages` means, so such a draft publishes without the member and a
  // draft of an older version gives it back with the same fingerprint.
  const languages = langs.filter((l) => d.languages.includes(l));
  const legacy =
    languages.length === legacyLanguages.length && languages.every((l, i) => l === legacyLanguages[i]);
  // A language taken off the survey keeps its texts in the draft (adding it back restores them), but
  // the version carries only the languages it lists.
  const only = (text: DraftText): DraftText =>
    Object.fromEntries(Object.entries(text).filter(([l]) => (languages as string[]).includes(l)));
  const maybe = (text: DraftText | undefined) => text && only(text);
  return {
    ...d,
    languages: legacy ? undefined : languages,
    title: only(d.title),
    intro: only(d.intro),
    dimensions: d.dimensions.map((dim) => ({ ...dim, label: only(dim.label) })),
    sections: d.sections.map((s) => ({
      ...s,
      title: only(s.title),
      intro: maybe(s.intro),
      questions: s.questions.map(({ replaces: _replaces, ...q }) => ({
        ...q,
        text: only(q.text),
        help: maybe(q.help),
        options: q.options?.map((o) => ({ ...o, label: only(o.label) })),
        sms: q.sms && { ...q.sms, text: { ...only(q.sms.text), en: q.sms.text.en } },
      })),
    })),
  };
}
