// What a survey version changed, in the short lines a review prints beside its figures (the
// dashboard's review screen and the printable page alike): where a question was added, reworded, or
// replaced, which is where its trend starts again.
import type { PublicSurveyVersion } from '../../server/reviews/contract.ts';
import type { WordsOf } from './i18n/areas.ts';

// Question ids, not words: the same in every language.
const ids = (list: string[]) => list.join(', ');

export function changeLines(t: WordsOf<'review'>, v: PublicSurveyVersion): string[] {
  const c = v.changes;
  if (!c) return [];
  const added = { ids: ids(c.added) };
  return [
    c.added.length > 0 &&
      (c.from
        ? t('versionAddedFrom', { ...added, templateId: c.from.templateId, version: c.from.version })
        : t('versionAdded', added)),
    c.removed.length > 0 && t('versionRemoved', { ids: ids(c.removed) }),
    c.reworded.length > 0 && t('versionReworded', { ids: ids(c.reworded) }),
    ...c.replaced.map((r) => t('versionReplaces', { id: r.id, replaces: r.replaces })),
    c.changed.length > 0 && t('versionChanged', { ids: ids(c.changed) }),
    c.moved > 0 && t('versionMoved', { moved: c.moved }),
    c.retitled && t('versionRetitled'),
  ].filter((line): line is string => typeof line === 'string');
}

/** Whether a section has an own survey version to describe (built-in templates list no changes). */
export const hasOwnVersions = (surveys: PublicSurveyVersion[] | undefined) =>
  (surveys ?? []).some((v) => v.changes !== null);
