import type { Catalogue } from '../../areas.ts';
import type en from '../en/partnership.ts';

export default {} satisfies Catalogue<typeof en>;
