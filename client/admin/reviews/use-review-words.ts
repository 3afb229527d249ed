// The review screen's words (`t`), the words it shares with the printable page (`r`), and its
// numbers, in the staff member's locale.
import { useFormats } from '../i18n/use-formats.ts';
import { useWords } from '../i18n/use-locale.ts';

export function useReviewWords() {
  const f = useFormats();
  return {
    t: useWords('reviews'),
    r: useWords('review'),
    f,
    /** A figure as reviews show it (whole, or to one decimal), as a percentage when it is one. */
    value: (v: number, percent?: boolean) =>
      percent ? f.percent(v, Number.isInteger(v) ? 0 : 1) : f.figure(v),
  };
}
