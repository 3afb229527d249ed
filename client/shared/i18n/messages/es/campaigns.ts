import type { Catalogue } from '../../areas.ts';
import type en from '../en/campaigns.ts';

export default {} satisfies Catalogue<typeof en>;
