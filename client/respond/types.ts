// What the server embeds in the respondent page for the island. Types only: nothing here reaches the
// browser bundle, and nothing pulls zod into it.
import type { UiText } from '../../surveys/i18n.ts';
import type { AnswerError } from '../../surveys/logic.ts';
import type { LocalizedQuestion } from '../../surveys/localize.ts';
import type { Lang } from '../../surveys/schema.ts';
import type { OtherLanguage } from './language-links.tsx';
import type { ExtraText } from './strings.ts';

/** A question as the page needs it: scoring fields (dimension, measure, ...) stay on the server. */
export type PageQuestion = Pick<
  LocalizedQuestion,
  'id' | 'type' | 'text' | 'help' | 'required' | 'options' | 'max' | 'maxLength' | 'showIf'
>;

export interface PageSection {
  id: string;
  title: string;
  intro?: string;
  questions: PageQuestion[];
}

/** One language of a survey, slimmed down; it fits surveys/logic.ts's SurveyShape. */
export interface PageSurvey {
  title: string;
  intro: string;
  /** "About 5 minutes", in the page's language and its plural form. */
  length: string;
  sections: PageSection[];
}

/** Answers as typed or posted, possibly invalid; logic.ts cleans them before anything trusts them. */
export type RawAnswers = Record<string, unknown>;

/** The JSON in `<script type="application/json" id="survey-data">`. */
export interface PageData {
  lang: Lang;
  survey: PageSurvey;
  answers: RawAnswers;
  /** Index of the section shown (0-based; URLs count from 1). */
  step: number;
  /** Errors the server found in the posted section, so the island keeps showing them. */
  errors?: Record<string, AnswerError>;
  notice?: string;
  ui: UiText;
  text: ExtraText;
  /** The survey's other languages, each named in itself: the page's language links. */
  others: OtherLanguage[];
  /** The form's action, `/s/<token>`; the JSON endpoints hang below it. The token is not sent apart. */
  post: string;
  /** A poster ticket, often on a shared phone: the page offers "start over". */
  startOver?: true;
}

export type Action = 'next' | 'back' | 'save' | 'submit' | 'restart';
