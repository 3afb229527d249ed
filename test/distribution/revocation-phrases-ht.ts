/**
 * Haitian Creole readings (the reader's book: surveys/sms/revocation/ht.ts), in the spellings
 * people use (sispann or sispan, ankò or anko, "voye m" or "voyem"). Where the line falls, and why:
 * - SISPANN, DEZABONE and ANILE revoke alone or leading what to stop ("Sispann voye mesaj ban mwen");
 *   KANPE and RETE with courtesy only (tanpri, souple, mèsi); "pa voye m mesaj ankò" and its kin, "m pa
 *   vle resevwa mesaj", "m pa enterese" (not interested), "kite m anpè" (leave me alone), "move
 *   nimewo" (wrong number) and "retire m sou lis la" (take me off the list) revoke too.
 * - Ordinary uses do not: kanpe as stand or park ("kanpe machin nan"), rete as stay, work or the power
 *   that stops ("travay la sispann a 5è"), "pa sispann" (don't stop), "m pa t resevwa lyen an".
 * - Unclear: a bare "non", "m pa vle" (I don't want), "kiyès sa a?" (who is this?), "anile randevou a"
 *   (cancel the appointment).
 */
import type { Phrase } from './revocation-phrases.ts';

const ht = (...texts: string[]): Phrase[] => texts.map((text) => ({ text, language: 'ht' }));

export const revoking = ht(
  'Sispann voye mesaj ban mwen',
  'Tanpri sispann',
  'sispan tanpri',
  'Sispann ekri m',
  'Kanpe, tanpri',
  'Rete tanpri',
  'Pa voye m mesaj ankò',
  'pa voyem mesaj anko',
  'Pa ekri m ankò souple',
  'Tanpri pa voye mesaj ba mwen enkò',
  'Pa janm voye m mesaj ankò',
  'M pa vle resevwa mesaj ankò',
  'M pa bezwen mesaj sa yo',
  'Mwen pa enterese',
  'Kite m anpè',
  'kitem an pe',
  'Kite m trankil',
  'Move nimewo',
  'Se pa bon nimewo a',
  'Retire m sou lis la',
  'Retire non mwen sou lis la',
  'Dezabone m',
  'Kijan pou m dezabone?',
  'Anile abònman an',
  'Ase mesaj la',
  'STOP mèsi',
);

export const unclear = ht(
  'Non',
  'non mèsi',
  'M pa vle',
  'Kiyès sa a?',
  'Ki moun sa a?',
  'Kòman ou fè gen nimewo m?',
  'Anile randevou a',
);

export const notRevoking = ht(
  'M ap kanpe nan biwo a demen',
  'Bis la kanpe devan faktori a',
  'Kote pou m kanpe machin nan?',
  'M ap rete lakay mwen jodi a',
  'Travay la sispann a 5è',
  'Kouran an sispann',
  'Pa sispann',
  'Mèsi anpil',
  'M fin reponn sondaj la',
  'M pa t resevwa lyen an',
);
