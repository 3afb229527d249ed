// The catalogue's areas: one file per area and locale under messages/, English first. English sets
// the keys; every other locale's file must have exactly those keys (`Catalogue`), so tsc refuses a
// missing or stray one, and test/i18n/catalogue.test.ts refuses a message whose placeholders differ.
import type gate from './messages/en/gate.ts';
import type shell from './messages/en/shell.ts';

export interface Areas {
  shell: typeof shell;
  gate: typeof gate;
}
export type Area = keyof Areas;
export type Key<A extends Area> = keyof Areas[A] & string;

/** Another locale's file for an area: the English file's keys, each with a message. */
export type Catalogue<English> = { readonly [K in keyof English]: string };
