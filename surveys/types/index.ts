// Every question type's module, by type (see module.ts). The schema, scoring, reviews, the demo and
// the dashboard's charts ask these instead of naming types.
import type { Lang, QuestionType } from '../schema.js';
import { agree5 } from './agree5.js';
import { likelihood } from './likelihood.js';
import type { QuestionTypeModule } from './module.js';
import { multi } from './multi.js';
import { rating10 } from './rating10.js';
import { single } from './single.js';
import { text } from './text.js';
import { yesno } from './yesno.js';

export type { AnswerType, Checked, Measure, QuestionTypeModule, Tone, TypeLabels } from './module.js';
export { answerTypes } from './answers.js';
export { agree5, likelihood, rating10, yesno, single, multi, text };

export const questionTypeModules: Readonly<Record<QuestionType, QuestionTypeModule>> = {
  agree5,
  likelihood,
  rating10,
  yesno,
  single,
  multi,
  text,
};

/** The module of a question's type. */
export function typeOf(q: { type: QuestionType }): QuestionTypeModule {
  return questionTypeModules[q.type];
}

/** The module of a type named in data from outside (a review's JSON); undefined for an unknown name. */
export function typeNamed(name: string): QuestionTypeModule | undefined {
  return Object.prototype.hasOwnProperty.call(questionTypeModules, name)
    ? questionTypeModules[name as QuestionType]
    : undefined;
}

/** The word a respondent read for one of a type's values (agree 1-5, yes, no); undefined where it has none. */
export function pointLabel(type: QuestionTypeModule, value: string, lang: Lang): string | undefined {
  const points = type.labels[lang].points;
  return points?.[type.answer.values({}).indexOf(value)];
}

/** What a review calls a question's favorable share: "yes" for yes/no, else "favorable". */
export function favorableName(type: string): string {
  return typeNamed(type)?.figures.favorableName ?? 'favorable';
}
