/**
 * The words of every invitation and reminder, per channel and language. Personalized with the first
 * name and the partnership's name only: never with anything from answers, and never with anyone
 * else's details. SMS texts are written in the GSM-7 alphabet (Spanish without á/í/ó/ú) and fitted
 * to one segment; names are folded to GSM-7 and shortened if they would not fit.
 */
import type { EmailMessage } from '../deps.ts';
import { escapeMarkup } from '../escape.ts';
import { smsLength, toGsm7 } from './sms-segments.ts';

export type Language = 'en' | 'es';
export type Purpose = 'invitation' | 'reminder';

export interface MessageContext {
  purpose: Purpose;
  language: Language;
  firstName: string;
  partnershipName: string;
  /** The respondent's own survey link. */
  link: string;
  /** Last day the link works, YYYY-MM-DD. */
  closesOn: string;
  /** Results are shown only for groups at least this large. */
  minGroupSize: number;
}

export interface EmailContext extends MessageContext {
  unsubscribeUrl: string;
  postalAddress: string;
}

type SmsText = (org: string, name: string, link: string) => string;

const sms: Record<Language, Record<Purpose, SmsText>> = {
  en: {
    invitation: (org, name, link) =>
      `${org}: Hi${name}, please take our private 5-min survey: ${link} Reply STOP to opt out`,
    reminder: (org, name, link) =>
      `${org}: Hi${name}, our private 5-min survey is still open: ${link} Reply STOP to opt out`,
  },
  es: {
    invitation: (org, name, link) =>
      `${org}: Hola${name}, conteste nuestra encuesta privada de 5 min: ${link} Responda STOP para salir`,
    reminder: (org, name, link) =>
      `${org}: Hola${name}, su encuesta privada de 5 min sigue abierta: ${link} Responda STOP para salir`,
  },
};

const fits = (text: string) => smsLength(text).segments === 1;

/** Drops whole words from the end until `fitsWith` accepts the shortened text (or one word is left). */
function shorten(text: string, fitsWith: (s: string) => boolean): string {
  const words = text.split(' ');
  while (words.length > 1 && !fitsWith(words.join(' '))) words.pop();
  return words.join(' ');
}

/**
 * The SMS for one person, always a single GSM-7 segment: the first name (up to 15 characters) goes
 * first if it must, then words from the end of the partnership's name. Throws only when even the
 * bare text with the link does not fit, which means PUBLIC_URL is far too long for SMS.
 */
export function smsText(ctx: MessageContext): string {
  const render = sms[ctx.language][ctx.purpose];
  const first = toGsm7(ctx.firstName).slice(0, 15).trim();
  let org = toGsm7(ctx.partnershipName) || 'Survey';
  const name = first ? ` ${first}` : '';
  if (!fits(render(org, name, ctx.link))) org = shorten(org, (o) => fits(render(o, name, ctx.link)));
  if (fits(render(org, name, ctx.link))) return render(org, name, ctx.link);
  const bare = render(org, '', ctx.link);
  if (fits(bare)) return bare;
  throw new Error(
    `An SMS with this link cannot fit one segment: shorten PUBLIC_URL (${ctx.link.length} characters).`,
  );
}

interface EmailWords {
  subject: Record<Purpose, (org: string) => string>;
  greeting: (name: string) => string;
  lead: Record<Purpose, (org: string) => string>;
  button: string;
  privacy: (min: number) => string;
  personal: (closesOn: string) => string;
  unsubscribe: string;
}

const email: Record<Language, EmailWords> = {
  en: {
    subject: {
      invitation: (org) => `${org} wants to hear from you`,
      reminder: (org) => `Reminder: your ${org} survey is still open`,
    },
    greeting: (name) => (name ? `Hi ${name},` : 'Hello,'),
    lead: {
      invitation: (org) =>
        `${org} asks the people it works with how things are going, and uses what they say to decide what to improve. Please answer our short survey; it takes about 5 minutes.`,
      reminder: (org) =>
        `A few days ago ${org} invited you to a short survey. If you have a moment, your answers still count; it takes about 5 minutes.`,
    },
    button: 'Answer the survey',
    privacy: (min) =>
      `Your answers are private: they are stored without your name, email or phone, and results are only shown for groups of ${min} or more people.`,
    personal: (closesOn) => `This link is just for you. It works until ${closesOn}.`,
    unsubscribe: 'Unsubscribe from these emails',
  },
  es: {
    subject: {
      invitation: (org) => `${org} quiere conocer su opinión`,
      reminder: (org) => `Recordatorio: su encuesta de ${org} sigue abierta`,
    },
    greeting: (name) => (name ? `Hola ${name}:` : 'Hola:'),
    lead: {
      invitation: (org) =>
        `${org} pregunta a las personas con quienes trabaja cómo van las cosas y usa sus respuestas para decidir qué mejorar. Por favor conteste nuestra breve encuesta; toma unos 5 minutos.`,
      reminder: (org) =>
        `Hace unos días ${org} le invitó a una breve encuesta. Si tiene un momento, sus respuestas todavía cuentan; toma unos 5 minutos.`,
    },
    button: 'Contestar la encuesta',
    privacy: (min) =>
      `Sus respuestas son privadas: se guardan sin su nombre, correo ni teléfono, y los resultados solo se muestran para grupos de ${min} personas o más.`,
    personal: (closesOn) => `Este enlace es solo para usted. Funciona hasta el ${closesOn}.`,
    unsubscribe: 'Dejar de recibir estos correos',
  },
};

/** The email for one person: plain text and HTML saying the same, with RFC 8058 one-click unsubscribe headers. */
export function emailMessage(to: string, ctx: EmailContext): EmailMessage {
  const w = email[ctx.language];
  const org = ctx.partnershipName;
  const name = ctx.firstName.trim();
  const paragraphs = [w.lead[ctx.purpose](org), w.privacy(ctx.minGroupSize), w.personal(ctx.closesOn)];
  const text = [
    w.greeting(name),
    '',
    paragraphs[0],
    '',
    ctx.link,
    '',
    paragraphs[1],
    paragraphs[2],
    '',
    '--',
    org,
    ctx.postalAddress,
    `${w.unsubscribe}: ${ctx.unsubscribeUrl}`,
    '',
  ].join('\n');
  const p = (s: string) => `<p style="margin:0 0 16px">${escapeMarkup(s)}</p>`;
  const html = `<!doctype html><html lang="${ctx.language}"><body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:560px;margin:0 auto;padding:16px">
${p(w.greeting(name))}${p(paragraphs[0]!)}
<p style="margin:24px 0"><a href="${escapeMarkup(ctx.link)}" style="background:#1d4ed8;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold;display:inline-block">${escapeMarkup(w.button)}</a></p>
<p style="margin:0 0 16px;font-size:14px">${escapeMarkup(ctx.link)}</p>
${p(paragraphs[1]!)}${p(paragraphs[2]!)}
<hr style="border:none;border-top:1px solid #ddd;margin:24px 0">
<p style="margin:0;font-size:13px;color:#555">${escapeMarkup(org)}<br>${escapeMarkup(ctx.postalAddress)}<br><a href="${escapeMarkup(ctx.unsubscribeUrl)}" style="color:#555">${escapeMarkup(w.unsubscribe)}</a></p>
</body></html>`;
  return {
    to,
    subject: w.subject[ctx.purpose](org),
    text,
    html,
    headers: {
      'List-Unsubscribe': `<${ctx.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
