// What a survey version changed, in the short lines a review prints beside its figures (the
// dashboard's review screen and the printable page alike): where a question was added, reworded, or
// replaced, which is where its trend starts again.
import type { PublicSurveyVersion } from '../../server/reviews/contract.ts';

const ids = (list: string[]) => list.join(', ');

export function changeLines(v: PublicSurveyVersion): string[] {
  const c = v.changes;
  if (!c) return [];
  const from = c.from ? ` (from ${c.from.templateId} version ${c.from.version})` : '';
  return [
    c.added.length > 0 && `Added: ${ids(c.added)}${from}`,
    c.removed.length > 0 && `Removed: ${ids(c.removed)}`,
    c.reworded.length > 0 && `Reworded, same meaning: ${ids(c.reworded)}`,
    ...c.replaced.map((r) => `${r.id} replaces ${r.replaces}: its trend starts here`),
    c.changed.length > 0 && `Answers or rules changed: ${ids(c.changed)}`,
    c.moved > 0 && `${c.moved} question${c.moved === 1 ? '' : 's'} moved`,
    c.retitled && 'Title or introduction reworded',
  ].filter((line): line is string => typeof line === 'string');
}

/** Whether a section has an own survey version to describe (built-in templates list no changes). */
export const hasOwnVersions = (surveys: PublicSurveyVersion[] | undefined) =>
  (surveys ?? []).some((v) => v.changes !== null);
