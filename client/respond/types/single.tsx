// One option: a labelled row (radio) per option.
import { Rows, type Renderer } from './controls.tsx';

export const singleRenderer: Renderer = {
  choices: (q) => q.options ?? [],
  Control: Rows,
};
