// Any number of options: a labelled checkbox per option, and how many may be chosen.
import { format } from '../../../surveys/format.ts';
import { Rows, type Renderer } from './controls.tsx';

export const multiRenderer: Renderer = {
  choices: (q) => q.options ?? [],
  note: (q, ui) => (q.max ? format(ui.chooseUpTo, { max: q.max }) : ui.chooseAll),
  Control: (p) => <Rows {...p} multi />,
};
