// Every text a respondent (or a review) shows, in every language the survey must have. The published
// schema needs each text in English and Spanish, so a missing or blank one blocks publishing; a draft
// that does not list a language at all gets one finding for the language rather than one per text.
import type { DraftText, SurveyDraft } from '../draft.js';
import { langs, type Lang } from '../languages.js';
import { blocking, langName, requiredLangs, type Finding, type Path, type Place } from './types.js';

export interface TextEntry {
  path: Path;
  text: DraftText;
  /** How staff would name it in a sentence: "the title of section pay". */
  what: string;
  /** Which text it is, for the dashboard's words: with `id` (and for an option `questionId`) it says `what`. */
  item: TextItem;
  /** The dimension, section, question or option value the text belongs to. */
  id?: string;
  /** A help or section intro: it may be removed instead of written. */
  optional?: boolean;
  questionId?: string;
  sectionId?: string;
}

export type TextItem =
  'title' | 'intro' | 'dimension' | 'sectionTitle' | 'sectionIntro' | 'question' | 'help' | 'option' | 'sms';

/** Every text of the draft with its path, in the order the editor shows them. */
export function draftTexts(d: SurveyDraft): TextEntry[] {
  const out: TextEntry[] = [
    { path: ['title'], text: d.title, what: 'the survey title', item: 'title' },
    { path: ['intro'], text: d.intro, what: 'the survey intro', item: 'intro' },
  ];
  d.dimensions.forEach((dim, i) =>
    out.push({
      path: ['dimensions', i, 'label'],
      text: dim.label,
      what: `the label of dimension ${dim.id}`,
      item: 'dimension',
      id: dim.id,
    }),
  );
  d.sections.forEach((s, si) => {
    const sec = { sectionId: s.id };
    out.push({
      path: ['sections', si, 'title'],
      text: s.title,
      what: `the title of section ${s.id}`,
      item: 'sectionTitle',
      id: s.id,
      ...sec,
    });
    if (s.intro) {
      const what = `the intro of section ${s.id}`;
      const item = 'sectionIntro';
      out.push({
        path: ['sections', si, 'intro'],
        text: s.intro,
        what,
        item,
        id: s.id,
        optional: true,
        ...sec,
      });
    }
    s.questions.forEach((q, qi) => {
      const base: Path = ['sections', si, 'questions', qi];
      const at = { ...sec, questionId: q.id };
      out.push({
        path: [...base, 'text'],
        text: q.text,
        what: `question ${q.id}`,
        item: 'question',
        id: q.id,
        ...at,
      });
      if (q.help) {
        const what = `the help of question ${q.id}`;
        out.push({
          path: [...base, 'help'],
          text: q.help,
          what,
          item: 'help',
          id: q.id,
          optional: true,
          ...at,
        });
      }
      q.options?.forEach((o, oi) =>
        out.push({
          path: [...base, 'options', oi, 'label'],
          text: o.label,
          what: `option ${o.value} of question ${q.id}`,
          item: 'option',
          id: o.value,
          ...at,
        }),
      );
      // Never on the page, but published with the question: one missing would leave a texting worker
      // without it (and the schema refuses it). Removing the text message drops it in every language.
      if (q.sms) {
        out.push({
          path: [...base, 'sms', 'text'],
          text: q.sms.text,
          what: `the text message of question ${q.id}`,
          item: 'sms',
          id: q.id,
          optional: true,
          ...at,
        });
      }
    });
  });
  return out;
}

/** The languages whose texts the checks hold the draft to: every one it lists, in the registry's order. */
export function checkedLangs(d: SurveyDraft): Lang[] {
  return langs.filter((l) => d.languages.includes(l));
}

const isBlank = (s: string) => s.trim() === '';

/** LANGUAGE_REQUIRED for each language the draft leaves out, then MISSING_TEXT for each text. */
export function checkTexts(d: SurveyDraft): Finding[] {
  const out: Finding[] = requiredLangs
    .filter((l) => !d.languages.includes(l))
    .map((lang) =>
      blocking(
        'LANGUAGE_REQUIRED',
        { path: ['languages'], lang },
        `Every survey has ${langName(lang)}, the language its reviews are read against. Add it to the ` +
          `survey's languages and write its texts.`,
        { lang },
      ),
    );
  for (const entry of draftTexts(d)) {
    for (const lang of checkedLangs(d)) {
      const value = entry.text[lang];
      if (value !== undefined && !isBlank(value)) continue;
      const place: Place = { path: [...entry.path, lang], lang };
      if (entry.questionId !== undefined) place.questionId = entry.questionId;
      if (entry.sectionId !== undefined) place.sectionId = entry.sectionId;
      out.push(
        blocking(
          'MISSING_TEXT',
          place,
          `The ${langName(lang)} text of ${entry.what} is ${value === undefined ? 'missing' : 'blank'}: ` +
            `write it${entry.optional ? ', or remove this text in every language' : ''}.`,
          {
            lang,
            item: entry.item,
            id: entry.id ?? '',
            question: entry.questionId ?? '',
            state: value === undefined ? 'missing' : 'blank',
            optional: entry.optional ? 'yes' : 'no',
          },
        ),
      );
    }
  }
  return out;
}
