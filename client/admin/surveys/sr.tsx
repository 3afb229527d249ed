// Words in a message that only a screen reader needs ("Move up<sr> question 3</sr>"): the tag a
// button's message wraps them in, so a sighted reader sees the short label.
import type { ComponentChildren } from 'preact';

export const sr = (chunks: ComponentChildren[]) => <span class="sr-only">{chunks}</span>;
