import type { Lang, LocalizedText, Question, Section, SurveyDefinition } from './schema.js';

export interface LocalizedOption {
  value: string;
  label: string;
}

export interface LocalizedQuestion extends Omit<Question, 'text' | 'help' | 'options' | 'sms'> {
  text: string;
  help?: string;
  options?: LocalizedOption[];
}

export interface LocalizedSection extends Omit<Section, 'title' | 'intro' | 'questions'> {
  title: string;
  intro?: string;
  questions: LocalizedQuestion[];
}

/** A survey definition in one language: what a respondent page embeds, about half the size of both. */
export interface LocalizedSurvey extends Omit<
  SurveyDefinition,
  'title' | 'intro' | 'dimensions' | 'sections'
> {
  title: string;
  intro: string;
  dimensions: { id: string; label: string }[];
  sections: LocalizedSection[];
}

/**
 * A text in `lang`. A published version has every text in each of its languages (the schema checks
 * it), and pages offer only those, so a missing one is a bug to surface, never English to slip in.
 */
function textIn(text: LocalizedText, lang: Lang): string {
  const found = text[lang];
  if (found === undefined) throw new Error(`No ${lang} text for "${text.en.slice(0, 40)}"`);
  return found;
}

function localizeQuestion(q: Question, lang: Lang): LocalizedQuestion {
  // The SMS form is for the text conversation (surveys/sms/): a page never shows it, so a phone never downloads it.
  const { text, help, options, sms: _sms, ...rest } = q;
  // Optional keys stay absent rather than undefined, so the embedded JSON carries nothing extra.
  return {
    ...rest,
    text: textIn(text, lang),
    ...(help && { help: textIn(help, lang) }),
    ...(options && { options: options.map((o) => ({ value: o.value, label: textIn(o.label, lang) })) }),
  };
}

/**
 * Picks one language out of a survey definition, keeping ids, types and rules as they are, so
 * `surveys/logic.ts` runs unchanged on the result.
 */
export function localize(def: SurveyDefinition, lang: Lang): LocalizedSurvey {
  const { title, intro, dimensions, sections, ...rest } = def;
  return {
    ...rest,
    title: textIn(title, lang),
    intro: textIn(intro, lang),
    dimensions: dimensions.map((d) => ({ id: d.id, label: textIn(d.label, lang) })),
    sections: sections.map((s) => ({
      id: s.id,
      title: textIn(s.title, lang),
      ...(s.intro && { intro: textIn(s.intro, lang) }),
      questions: s.questions.map((q) => localizeQuestion(q, lang)),
    })),
  };
}
