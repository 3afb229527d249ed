// The review's table of contents: each survey, its measures and the parts below them. A link moves
// the keyboard, not only the view, to where it points, and opens a measure's answers on the way.
import type { JSX } from 'preact';
import { useWords } from '../i18n/use-locale.ts';

export interface TocEntry {
  id: string;
  label: string;
  children?: TocEntry[];
}

/** Shows the element with this id: opens it (or the disclosure holding it) and focuses it. */
export function goTo(id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  let target: HTMLElement = el;
  if (el instanceof HTMLDetailsElement) {
    el.open = true;
    target = el.querySelector('summary') ?? el;
  }
  const holder = el.closest('details');
  if (holder) holder.open = true;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
  history.replaceState(history.state, '', `#${id}`);
}

const follow = (id: string) => (e: JSX.TargetedMouseEvent<HTMLAnchorElement>) => {
  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  goTo(id);
};

function Entries({ entries }: { entries: TocEntry[] }) {
  return (
    <ul>
      {entries.map((e) => (
        <li>
          <a href={`#${e.id}`} onClick={follow(e.id)}>
            {e.label}
          </a>
          {e.children && e.children.length > 0 && <Entries entries={e.children} />}
        </li>
      ))}
    </ul>
  );
}

export function ReviewToc({ entries }: { entries: TocEntry[] }) {
  const t = useWords('reviews');
  return (
    // A navigation landmark, but not a <nav>: the shell's tab bar is the page's one <nav>.
    <div class="review-toc" role="navigation" aria-labelledby="toc-h">
      <h2 id="toc-h">{t('onThisPage')}</h2>
      <Entries entries={entries} />
    </div>
  );
}
