/**
 * How replies to our texts are read under the FCC's consent-revocation rule (47 CFR 64.1200(a)(10)):
 * the table the keyword tests, the webhook tests, the real Node server and the Worker all walk, in
 * every page language: English and Spanish here, the others in revocation-phrases-<lang>.ts, each
 * with its own account of where the line falls. `language` is the language the words themselves are
 * in: any but 'en' gets the confirmation in that language whatever the contact's ('es' the Spanish
 * one); 'en' leaves it to the contact's.
 *
 * Where the line falls in English and Spanish, and why (the reasonable person reading a reply to a survey invitation):
 * - The seven words the rule names, and the carriers' Spanish ALTO, revoke alone and when they lead a
 *   reply whose other words only say what to stop ("STOP texting me", "cancel my subscription") or are
 *   courtesy ("please", "por favor"), repeated or not.
 * - Plain requests in other words revoke too: "no more texts", "leave me alone", "not interested",
 *   "wrong number" (the consent we hold was someone else's: whoever has the number now never gave it),
 *   and their Spanish counterparts ("no más", "basta", "no me manden mensajes", "número equivocado").
 * - Ordinary uses of the words do not: "I'll stop by", "end of shift", "bus stop", "para mañana"
 *   ("for tomorrow"). "Don't stop" asks for the opposite.
 * - A reply that might mean stop but might not ("no", "who is this?", "cancel my appointment", "I
 *   quit") is unclear: it gets one clarifying text, and no opt-out.
 */
import type { Lang } from '../../surveys/languages.ts';
import * as ar from './revocation-phrases-ar.ts';
import * as ht from './revocation-phrases-ht.ts';
import * as vi from './revocation-phrases-vi.ts';
import * as zhHans from './revocation-phrases-zh-Hans.ts';

export interface Phrase {
  text: string;
  language: Lang;
}

/** The other page languages' tables, in `langs` order. */
const others = [vi, zhHans, ht, ar];

const en = (...texts: string[]): Phrase[] => texts.map((text) => ({ text, language: 'en' }));
const es = (...texts: string[]): Phrase[] => texts.map((text) => ({ text, language: 'es' }));

export const revoking: Phrase[] = [
  ...en(
    'Stop please',
    'STOP PLEASE',
    'STOP STOP',
    'stop stop stop!!',
    'Please stop texting me',
    'please stop',
    'please cancel',
    'stop it',
    'Stop sending me these',
    'S.T.O.P. sending me these',
    'stooooop',
    'stopp',
    'stop'.repeat(20),
    'STOP 🛑',
    '🛑',
    'Stop texting me!!! 😡',
    'Stop!! Who is this?',
    'No, stop',
    'Quit texting me',
    'End these texts',
    'Cancel my subscription',
    'unsubscribe me',
    'How do I unsubscribe?',
    'opt me out',
    'I revoke my consent',
    "Don't text me",
    'Do not contact me again',
    'No more texts',
    'no more',
    'Remove me from your list',
    'Take me off this list',
    'Leave me alone',
    'Remove',
    'I want out',
    'Not interested',
    "I'm not interested, thanks",
    'Wrong number',
    'I want to stop getting these',
    "I don't want these messages",
    'Lose my number',
    'I never signed up for this',
    'unsub',
    'Unsub please',
  ),
  ...es(
    'No más',
    'NO MAS',
    'no mas mensajes',
    'parar por favor',
    'Basta',
    '¡Ya basta!',
    'no quiero mensajes',
    'No quiero recibir más mensajes',
    'Alto por favor',
    'Pare por favor',
    'ALTO YA',
    'Stop por favor',
    'Para de mandarme mensajes',
    'Dejen de escribirme',
    'No me manden más mensajes',
    'no me escriban',
    'Bórrenme de la lista',
    'Sácame de la lista',
    'Quiero darme de baja',
    'número equivocado',
    'Se equivocaron de número',
    'No me interesa',
    'Ya no quiero',
    'Cancelar suscripción',
    'desuscribirme',
    'Déjenme en paz',
    'déjame en paz por favor',
    'Salir',
    'SALIR por favor',
    'Quiero salir de la lista',
  ),
  ...others.flatMap((t) => t.revoking),
];

export const notRevoking: Phrase[] = [
  ...en(
    "I'll stop by",
    'stop by tomorrow?',
    "I'll stop by the office after work",
    'end of shift',
    'At the end of my shift',
    "Don't stop",
    "Don't stop texting me, I like these",
    'Where does it end',
    'The bus stop on 5th is closed',
    'unstoppable',
    'Can you help me with the survey?',
    'yes I will do the survey later',
    "I can't make it, help me reschedule",
    'Thanks!',
    'Done',
    '',
    '   ',
  ),
  ...es(
    'para mañana',
    'Para mí está bien',
    'No pares',
    'El sueldo es muy alto',
    'la baja de sueldo',
    'Gracias',
    'Listo, ya la contesté',
    'Salir a las 5?',
    'salir temprano hoy',
    'dejen el paquete en la puerta',
  ),
  ...others.flatMap((t) => t.notRevoking),
];

export const unclear: Phrase[] = [
  ...en(
    'who is this?',
    'Who dis',
    'no',
    'NO!',
    'nope',
    'no thanks',
    'How did you get my number?',
    'Cancel my appointment',
    'I quit',
    'stop what?',
    'no more questions please',
  ),
  ...es('¿Quién es?', 'quien habla', 'No gracias', 'no quiero', 'cancelar la cita'),
  ...others.flatMap((t) => t.unclear),
];
