// Every catalogue file imported at once and compiled on first use: for the server (the printable
// review) and tests, which run the parser themselves. The dashboard never imports this file: it
// fetches one compiled file at a time (client/admin/i18n/catalogue.ts).
import type { Area, WordsOf } from './areas.ts';
import { compileCatalogue } from './compile.ts';
import type { Locale } from './locales.ts';
import { wordsOf, type Words } from './translate.ts';
import enGate from './messages/en/gate.ts';
import enPrint from './messages/en/print.ts';
import enReviews from './messages/en/reviews.ts';
import enOverview from './messages/en/overview.ts';
import enUsers from './messages/en/users.ts';
import enOutbox from './messages/en/outbox.ts';
import enReview from './messages/en/review.ts';
import enShell from './messages/en/shell.ts';
import esGate from './messages/es/gate.ts';
import esPrint from './messages/es/print.ts';
import esReviews from './messages/es/reviews.ts';
import esOverview from './messages/es/overview.ts';
import esUsers from './messages/es/users.ts';
import esOutbox from './messages/es/outbox.ts';
import esReview from './messages/es/review.ts';
import esShell from './messages/es/shell.ts';
import enCampaigns from './messages/en/campaigns.ts';
import enContacts from './messages/en/contacts.ts';
import enPartnership from './messages/en/partnership.ts';
import enSurveys from './messages/en/surveys.ts';
import esCampaigns from './messages/es/campaigns.ts';
import esContacts from './messages/es/contacts.ts';
import esPartnership from './messages/es/partnership.ts';
import esSurveys from './messages/es/surveys.ts';
import enChecks from './messages/en/checks.ts';
import esChecks from './messages/es/checks.ts';
import enAudit from './messages/en/audit.ts';
import esAudit from './messages/es/audit.ts';

const files: Record<Locale, Record<Area, Record<string, string>>> = {
  en: {
    shell: enShell,
    gate: enGate,
    review: enReview,
    print: enPrint,
    reviews: enReviews,
    overview: enOverview,
    users: enUsers,
    outbox: enOutbox,
    campaigns: enCampaigns,
    contacts: enContacts,
    partnership: enPartnership,
    surveys: enSurveys,
    checks: enChecks,
    audit: enAudit,
  },
  es: {
    shell: esShell,
    gate: esGate,
    review: esReview,
    print: esPrint,
    reviews: esReviews,
    overview: esOverview,
    users: esUsers,
    outbox: esOutbox,
    campaigns: esCampaigns,
    contacts: esContacts,
    partnership: esPartnership,
    surveys: esSurveys,
    checks: esChecks,
    audit: esAudit,
  },
};

const compiled = new Map<string, Words<string>>();

export function serverWords<A extends Area>(locale: Locale, area: A): WordsOf<A> {
  const id = `${locale}/${area}`;
  let w = compiled.get(id);
  if (!w) compiled.set(id, (w = wordsOf(locale, compileCatalogue(files[locale][area]))));
  return w as WordsOf<A>;
}
