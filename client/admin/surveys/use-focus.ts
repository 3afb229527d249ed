// Focus that must land on an element a coming render makes: a moved question's button, a new item.
// Asking renders the owner again, so the focus lands even when only a child's state changed.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

type Target = string | (() => HTMLElement | null | undefined);

/** Returns `focusLater(target)`: an element id, or a function finding the element, focused after render. */
export function useFocusLater(): (target: Target) => void {
  const pending = useRef<Target | null>(null);
  const [, rerender] = useState(0);
  useLayoutEffect(() => {
    const target = pending.current;
    if (target === null) return;
    pending.current = null;
    const el = typeof target === 'string' ? document.getElementById(target) : target();
    el?.focus();
  });
  return (target) => {
    pending.current = target;
    rerender((n) => n + 1);
  };
}

/** The first of the ids whose element exists and is enabled: a move button at the end is disabled. */
export function firstEnabled(...ids: string[]): HTMLElement | null {
  for (const id of ids) {
    const el = document.getElementById(id) as HTMLButtonElement | null;
    if (el && !el.disabled) return el;
  }
  return null;
}
