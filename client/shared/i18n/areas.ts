// The catalogue's areas: one file per area and locale under messages/, English first. English sets
// the keys; every other locale's file must have exactly those keys (`Catalogue`), so tsc refuses a
// missing or stray one, and test/i18n/catalogue.test.ts refuses a message whose placeholders differ.
import type audit from './messages/en/audit.ts';
import type campaigns from './messages/en/campaigns.ts';
import type checks from './messages/en/checks.ts';
import type contacts from './messages/en/contacts.ts';
import type gate from './messages/en/gate.ts';
import type outbox from './messages/en/outbox.ts';
import type overview from './messages/en/overview.ts';
import type partnership from './messages/en/partnership.ts';
import type print from './messages/en/print.ts';
import type review from './messages/en/review.ts';
import type reviews from './messages/en/reviews.ts';
import type shell from './messages/en/shell.ts';
import type surveys from './messages/en/surveys.ts';
import type users from './messages/en/users.ts';
import type { Words } from './translate.ts';

export interface Areas {
  shell: typeof shell;
  gate: typeof gate;
  review: typeof review;
  print: typeof print;
  reviews: typeof reviews;
  overview: typeof overview;
  users: typeof users;
  outbox: typeof outbox;
  campaigns: typeof campaigns;
  contacts: typeof contacts;
  partnership: typeof partnership;
  surveys: typeof surveys;
  checks: typeof checks;
  audit: typeof audit;
}
export type Area = keyof Areas;
export type Key<A extends Area> = keyof Areas[A] & string;
/** An area's words in some locale: what code shared by the dashboard and the server is handed. */
export type WordsOf<A extends Area> = Words<Key<A>>;

/** Another locale's file for an area: the English file's keys, each with a message. */
export type Catalogue<English> = { readonly [K in keyof English]: string };
