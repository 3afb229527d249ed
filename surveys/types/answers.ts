// The respondent's half of every question type, by type: all that surveys/logic.ts needs to check and
// clean answers. The island bundles this and not index.ts, so review and label code stays off phones.
import type { QuestionType } from '../schema.js';
import { agree5Answer } from './agree5.js';
import { likelihoodAnswer } from './likelihood.js';
import type { AnswerType } from './module.js';
import { multiAnswer } from './multi.js';
import { rating10Answer } from './rating10.js';
import { singleAnswer } from './single.js';
import { textAnswer } from './text.js';
import { yesnoAnswer } from './yesno.js';

export const answerTypes = {
  agree5: agree5Answer,
  likelihood: likelihoodAnswer,
  rating10: rating10Answer,
  yesno: yesnoAnswer,
  single: singleAnswer,
  multi: multiAnswer,
  text: textAnswer,
} satisfies Record<QuestionType, AnswerType>;
