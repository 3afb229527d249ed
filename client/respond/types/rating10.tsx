// A rating, 1 to 10: number buttons with what both ends mean.
import { NumberScale, numbered, type Renderer } from './controls.tsx';

export const rating10Renderer: Renderer = {
  choices: numbered,
  Control: (p) => <NumberScale {...p} ends={[p.ui.ratingLow, p.ui.ratingHigh]} />,
};
