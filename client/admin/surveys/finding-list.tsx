// The findings of one item, shown beside it; each has the id its fields name in aria-describedby.
// A finding's message is written by the checks (surveys/checks/) in English, and marked so.
import type { Key } from '../../shared/i18n/areas.ts';
import type { Severity } from '../../../surveys/checks/index.ts';
import { useWords } from '../i18n/use-locale.ts';
import type { Shown } from './findings.ts';

export const severityKeys: Readonly<Record<Severity, Key<'surveys'>>> = {
  blocking: 'severityBlocking',
  warning: 'severityWarning',
  note: 'severityNote',
};

export function FindingList({ items, label }: { items: Shown[]; label: string }) {
  const t = useWords('surveys');
  if (items.length === 0) return null;
  return (
    <ul class="findings" aria-label={label}>
      {items.map((f) => (
        <li id={f.key} class={`finding ${f.severity}`}>
          <strong>{t(severityKeys[f.severity])}:</strong> <span lang="en">{f.message}</span>
        </li>
      ))}
    </ul>
  );
}
