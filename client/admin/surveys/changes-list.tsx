// What a version changed, as the short list staff and reviews read: added, removed, reworded, changed,
// and an item whose meaning changed, whose trend starts again with it.
import type { VersionChanges } from '../../../surveys/changes.ts';

const ids = (list: string[], name: (id: string) => string) => list.map(name).join('; ');

export function ChangesList({
  changes: c,
  name = (id) => id,
}: {
  changes: VersionChanges;
  name?: (id: string) => string;
}) {
  const lines = [
    c.added.length > 0 && `Added: ${ids(c.added, name)}`,
    c.removed.length > 0 && `Removed: ${ids(c.removed, name)}`,
    c.reworded.length > 0 && `Reworded (same meaning, the trend goes on): ${ids(c.reworded, name)}`,
    c.changed.length > 0 && `Changed answers, direction, requirement or skip logic: ${ids(c.changed, name)}`,
    ...c.replaced.map((r) => `New item ${name(r.id)} replaces ${r.replaces}: its trend starts here`),
    c.moved > 0 && `${c.moved} ${c.moved === 1 ? 'question' : 'questions'} moved`,
    c.retitled && 'Title or introduction reworded',
  ].filter((x): x is string => Boolean(x));
  return (
    <>
      {c.from && (
        <p class="muted small">
          Compared with {c.from.templateId} version {c.from.version}.
        </p>
      )}
      {lines.length ? (
        <ul class="changes">
          {lines.map((l) => (
            <li>{l}</li>
          ))}
        </ul>
      ) : (
        <p>No changes.</p>
      )}
    </>
  );
}
