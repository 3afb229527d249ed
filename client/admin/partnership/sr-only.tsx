// The `<sr>` tag of this area's messages: words only a screen reader says, which make a button's name
// whole ("Remove" is seen, "Remove Acme Tool" is heard) in the order each language puts them.
import type { ComponentChildren } from 'preact';

export const sr = (chunks: ComponentChildren[]) => <span class="sr-only">{chunks}</span>;
