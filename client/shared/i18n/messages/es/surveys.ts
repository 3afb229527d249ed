import type { Catalogue } from '../../areas.ts';
import type en from '../en/surveys.ts';

export default {} satisfies Catalogue<typeof en>;
