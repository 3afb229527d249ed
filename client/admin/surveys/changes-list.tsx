// What a version changed, as the short list staff and reviews read: added, removed, reworded, changed,
// and an item whose meaning changed, whose trend starts again with it.
import type { VersionChanges } from '../../../surveys/changes.ts';
import { useWords } from '../i18n/use-locale.ts';

const ids = (list: string[], name: (id: string) => string) => list.map(name).join('; ');

export function ChangesList({
  changes: c,
  name = (id) => id,
}: {
  changes: VersionChanges;
  name?: (id: string) => string;
}) {
  const t = useWords('surveys');
  const lines = [
    c.added.length > 0 && t('changesAdded', { ids: ids(c.added, name) }),
    c.removed.length > 0 && t('changesRemoved', { ids: ids(c.removed, name) }),
    c.reworded.length > 0 && t('changesReworded', { ids: ids(c.reworded, name) }),
    c.changed.length > 0 && t('changesChanged', { ids: ids(c.changed, name) }),
    ...c.replaced.map((r) => t('changesReplaced', { id: name(r.id), replaces: r.replaces })),
    c.moved > 0 && t('changesMoved', { n: c.moved }),
    c.retitled && t('changesRetitled'),
  ].filter((x): x is string => Boolean(x));
  return (
    <>
      {c.from && (
        <p class="muted small">
          {t('comparedWith', { template: c.from.templateId, version: c.from.version })}
        </p>
      )}
      {lines.length ? (
        <ul class="changes">
          {lines.map((l) => (
            <li>{l}</li>
          ))}
        </ul>
      ) : (
        <p>{t('noChanges')}</p>
      )}
    </>
  );
}
