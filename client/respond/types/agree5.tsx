// An agree item: five labelled rows, strongly disagree first.
import { agree5Answer } from '../../../surveys/types/agree5.ts';
import { Rows, type Renderer } from './controls.tsx';

export const agree5Renderer: Renderer = {
  choices: (q, ui) => agree5Answer.values(q).map((value, i) => ({ value, label: ui.agreeScale[i] ?? value })),
  Control: Rows,
};
