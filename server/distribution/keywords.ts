/**
 * What an inbound SMS asks for. A message that is nothing but a keyword counts first, as Twilio and
 * the carriers' own filtering do; case, accents, surrounding spaces and punctuation ("Stop.",
 * " ¡ALTO! ") aside. Opting in and HELP stay that strict: coming back must be deliberate. Anything
 * else is read for a revocation in other words (revocation.ts): "Stop please", "No más" opt out,
 * "who is this?" is unclear, "stop by tomorrow?" is conversation.
 */
import { readReply } from './revocation.ts';

export type KeywordAction = 'opt_out' | 'opt_in' | 'help' | 'unclear' | 'none';

export interface Keyword {
  action: KeywordAction;
  /** 'es' when the word itself is Spanish; null when it says nothing about the sender's language. */
  language: 'es' | null;
}

const english = (...words: string[]) => words.map((w): [string, null] => [w, null]);
const spanish = (...words: string[]) => words.map((w): [string, 'es'] => [w, 'es']);

/**
 * English: Twilio's default opt-out list, which since the FCC's 2024 TCPA revocation rule includes
 * REVOKE and OPTOUT. Spanish: ALTO is the word US carriers require Spanish-language programs to
 * honour (with AYUDA for help); PARA/PARAR, DETENER, CANCELAR, BAJA/DAR DE BAJA and DESUSCRIBIR
 * are the other words Spanish-language SMS programs commonly honour. A false opt-out costs one
 * survey invitation, a missed one costs a person's trust, so this list leans generous.
 */
const optOut = new Map<string, 'es' | null>([
  ...english('STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT'),
  ...spanish('ALTO', 'PARA', 'PARAR', 'DETENER', 'CANCELAR', 'BAJA', 'DARDEBAJA', 'DESUSCRIBIR'),
]);

/**
 * START, UNSTOP and YES are Twilio's (and CTIA's) opt-in words. Spanish: ALTA is BAJA's opposite
 * ("dar de alta") and SI the counterpart of YES. Opting back in must be deliberate, so these match
 * one exact word only.
 */
const optIn = new Map<string, 'es' | null>([...english('START', 'UNSTOP', 'YES'), ...spanish('ALTA', 'SI')]);

const help = new Map<string, 'es' | null>([...english('HELP', 'INFO'), ...spanish('AYUDA')]);

function normalize(body: string): string {
  return body
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // accents: Sí -> SI
    .toUpperCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

export function classifyInbound(body: string): Keyword {
  const word = normalize(body);
  // Opt-out also accepts the word split by spaces or hyphens ("STOP ALL", "opt-out", "dar de baja"),
  // which only ever joins back into a keyword when the sender meant one.
  const joined = word.replace(/[\s\-_.]+/g, '');
  if (optOut.has(joined)) return { action: 'opt_out', language: optOut.get(joined) ?? null };
  if (optIn.has(word)) return { action: 'opt_in', language: optIn.get(word) ?? null };
  if (help.has(word)) return { action: 'help', language: help.get(word) ?? null };
  return readReply(body);
}

/** The keyword lists, for the README and for tests that walk every variant. */
export const keywords = {
  optOut: [...optOut.keys()],
  optIn: [...optIn.keys()],
  help: [...help.keys()],
};
