// How likely, 0 to 10: number buttons with what both ends mean.
import { NumberScale, numbered, type Renderer } from './controls.tsx';

export const likelihoodRenderer: Renderer = {
  choices: numbered,
  Control: (p) => <NumberScale {...p} ends={[p.ui.likelihoodLow, p.ui.likelihoodHigh]} />,
};
