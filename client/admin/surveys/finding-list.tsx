// The findings of one item, shown beside it; each has the id its fields name in aria-describedby.
import type { Severity } from '../../../surveys/checks/index.ts';
import type { Shown } from './findings.ts';

export const severityNames: Record<Severity, string> = {
  blocking: 'Blocks publishing',
  warning: 'Warning',
  note: 'Note',
};

export function FindingList({ items, label }: { items: Shown[]; label: string }) {
  if (items.length === 0) return null;
  return (
    <ul class="findings" aria-label={label}>
      {items.map((f) => (
        <li id={f.key} class={`finding ${f.severity}`}>
          <strong>{severityNames[f.severity]}:</strong> {f.message}
        </li>
      ))}
    </ul>
  );
}
