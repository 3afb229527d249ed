// Yes or no: two labelled rows.
import { yesnoAnswer } from '../../../surveys/types/yesno.ts';
import { Rows, type Renderer } from './controls.tsx';

export const yesnoRenderer: Renderer = {
  choices: (q, ui) =>
    yesnoAnswer.values(q).map((value) => ({ value, label: value === 'yes' ? ui.yes : ui.no })),
  Control: Rows,
};
