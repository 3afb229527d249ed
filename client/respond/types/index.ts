// One renderer per question type, by type: what client/respond/questions.tsx draws for a question.
import type { QuestionType } from '../../../surveys/schema.ts';
import { agree5Renderer } from './agree5.tsx';
import type { Renderer } from './controls.tsx';
import { likelihoodRenderer } from './likelihood.tsx';
import { multiRenderer } from './multi.tsx';
import { rating10Renderer } from './rating10.tsx';
import { singleRenderer } from './single.tsx';
import { textRenderer } from './text.tsx';
import { yesnoRenderer } from './yesno.tsx';

export type { Choice, ControlProps, Renderer } from './controls.tsx';

export const renderers: Readonly<Record<QuestionType, Renderer>> = {
  agree5: agree5Renderer,
  likelihood: likelihoodRenderer,
  rating10: rating10Renderer,
  yesno: yesnoRenderer,
  single: singleRenderer,
  multi: multiRenderer,
  text: textRenderer,
};
