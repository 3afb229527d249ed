// The findings of one item, shown beside it; each has the id its fields name in aria-describedby.
// A finding is worded from its code in the staff member's language (finding-text.ts); the checks' own
// English, shown only when it cannot be, is marked as English.
import type { Key } from '../../shared/i18n/areas.ts';
import { factorLabel, type Finding, type Severity } from '../../../surveys/checks/index.ts';
import { useWords } from '../i18n/use-locale.ts';
import { findingText } from './finding-text.ts';
import type { Shown } from './findings.ts';
import { langKeys, typeKeys } from './labels.ts';

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
          <strong>{t(severityKeys[f.severity])}:</strong> <FindingMessage finding={f} />
        </li>
      ))}
    </ul>
  );
}

/** What a finding says, in the staff member's language when its code has words there. */
export function FindingMessage({ finding }: { finding: Finding }) {
  const t = useWords('surveys');
  const said = findingText(useWords('checks'), finding, {
    language: (lang) => (lang in langKeys ? t(langKeys[lang as keyof typeof langKeys]) : lang),
    type: (type) => (type in typeKeys ? t(typeKeys[type as keyof typeof typeKeys]) : type),
    factor: (id) => factorLabel(id, t.locale),
  });
  return said.worded ? <span>{said.text}</span> : <span lang="en">{said.text}</span>;
}
