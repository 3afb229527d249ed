/**
 * Answers to keywords, in English and Spanish. Each is one GSM-7 segment: the Spanish avoids words
 * that need an accent GSM-7 lacks (á, í, ó, ú), since one such letter would make the reply UCS-2.
 * Every text tells how to stop and how to come back with START, the word Twilio's own opt-out list
 * also honours, so it works whichever side recorded the opt-out. The opt-out confirmation is the one
 * text 47 CFR 64.1200(a)(12) allows after a revocation: it confirms and says how to come back, and
 * nothing more (no link, no survey). The clarifying text for an unclear reply only says how to stop.
 */
import { smsLength, toGsm7 } from './sms-segments.ts';

export type ReplyLanguage = 'en' | 'es';

export const productName = 'Sector Voice';

const texts = {
  en: {
    optOut: () =>
      `${productName}: you are unsubscribed and will get no more texts from us. Reply START to get them again.`,
    optIn: () =>
      `${productName}: you will get survey texts again. Reply HELP for help, STOP to opt out. Msg&data rates may apply.`,
    help: (org: string, contact: string) =>
      `${productName} runs short, private surveys for ${org || 'your workforce partnership'}.${contact && ` Questions: ${contact}.`} Reply STOP to opt out, START to opt back in.`,
    clarify: () => `${productName}: Reply STOP to stop these texts.`,
  },
  es: {
    optOut: () =>
      `${productName}: ya no le enviaremos mensajes de texto. Para recibirlos de nuevo, responda START.`,
    optIn: () =>
      `${productName}: de nuevo le enviaremos encuestas por mensaje de texto. Responda AYUDA para ayuda o STOP para salir.`,
    help: (org: string, contact: string) =>
      `${productName} hace encuestas breves y privadas para ${org || 'su alianza de empleo'}.${contact && ` Preguntas: ${contact}.`} Responda STOP para salir o START para volver.`,
    clarify: () => `${productName}: Responda STOP para dejar de recibir estos mensajes.`,
  },
} satisfies Record<
  ReplyLanguage,
  { optOut(): string; optIn(): string; help(org: string, contact: string): string; clarify(): string }
>;

export function optOutReply(language: ReplyLanguage): string {
  return texts[language].optOut();
}

export function optInReply(language: ReplyLanguage): string {
  return texts[language].optIn();
}

/** The one text an unclear reply ("who is this?", "no") may get: how to stop, nothing else. */
export function clarifyReply(language: ReplyLanguage): string {
  return texts[language].clarify();
}

const fitsOneSegment = (text: string) => {
  const length = smsLength(text);
  return length.encoding === 'GSM-7' && length.segments === 1;
};

/** The reply with this contact, the name shortened with "..." as far as one segment needs; else null. */
function fitted(language: ReplyLanguage, name: string, contact: string): string | null {
  const help = texts[language].help;
  if (fitsOneSegment(help(name, contact))) return help(name, contact);
  for (let keep = name.length - 1; keep > 0; keep--) {
    const text = help(`${name.slice(0, keep).trimEnd()}...`, contact);
    if (fitsOneSegment(text)) return text;
  }
  return fitsOneSegment(help('', contact)) ? help('', contact) : null;
}

/**
 * Says who we are: the partnership's name when the sender is one of its contacts, folded to GSM-7
 * and shortened with "..." when a long name would push the reply past one segment, and where to ask
 * (the partnership's help contact). A contact is never cut: one that GSM-7 cannot carry as written,
 * or that leaves no room in one segment, is left out rather than sent wrong.
 */
export function helpReply(
  language: ReplyLanguage,
  partnershipName: string | null,
  helpContact: string | null = null,
): string {
  const name = toGsm7(partnershipName ?? '');
  const contact = helpContact && toGsm7(helpContact) === helpContact ? helpContact : null;
  return (contact && fitted(language, name, contact)) ?? fitted(language, name, '')!;
}
