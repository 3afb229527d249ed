import type { Catalogue } from '../../areas.ts';
import type en from '../en/contacts.ts';

export default {} satisfies Catalogue<typeof en>;
