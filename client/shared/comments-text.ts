import type { WordsOf } from './i18n/areas.ts';

/** The sentence that says why some comments are not shown, in the dashboard and on the printable page. */
export function commentsHeldBackText(t: WordsOf<'review'>, heldBack: number, minimum: number): string {
  return t('commentsHeldBack', { heldBack, minimum });
}
