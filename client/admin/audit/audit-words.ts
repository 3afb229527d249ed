// The activity log's entries in words: an action's name to its message key, and an entry's detail
// (before and after for a setting, counts for a job) as short readable lines. A key the catalogue
// lacks comes back as itself (translate.ts): then the action's or field's own name is shown.
import type en from '../../shared/i18n/messages/en/audit.ts';
import type { Words } from '../../shared/i18n/translate.ts';
import type { AuditKind } from '../../../server/audit/contract.ts';

type Key = keyof typeof en & string;
type T = Words<Key>;

const camel = (name: string) =>
  name
    .split(/[._]/)
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('');

export const kindKey = (kind: AuditKind) => `kind${camel(kind)}` as Key;

/** The action in words; an action this dashboard has no words for yet is shown by its name. */
export function actionWords(t: T, action: string): string {
  const key = `act${camel(action)}` as Key;
  const said = t(key);
  return said === key ? action : said;
}

/** The field's words where the catalogue has them, else its name. */
function fieldWords(t: T, field: string): string {
  const key = `field${camel(field)}` as Key;
  const said = t(key);
  return said === key ? field : said;
}

function value(t: T, v: unknown): string {
  if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) return t('none');
  if (typeof v === 'boolean') return v ? t('yes') : t('no');
  if (Array.isArray(v)) return v.map((x) => value(t, x)).join(', ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

const isChange = (v: unknown): v is { before: unknown; after: unknown } =>
  typeof v === 'object' && v !== null && 'before' in v && 'after' in v;

/** One line per setting changed or fact recorded. */
export function detailLines(t: T, detail: Record<string, unknown>): string[] {
  const lines: string[] = [];
  for (const [field, v] of Object.entries(detail)) {
    if (isChange(v)) {
      const words = { field: fieldWords(t, field), before: value(t, v.before), after: value(t, v.after) };
      lines.push(t('changed', words));
    } else if (field === 'changes' && typeof v === 'object' && v !== null) {
      lines.push(...detailLines(t, v as Record<string, unknown>));
    } else {
      lines.push(t('fact', { field: fieldWords(t, field), value: value(t, v) }));
    }
  }
  return lines;
}
