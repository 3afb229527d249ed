/**
 * Haitian Creole, spelled many ways: sispann, sispan; ankò, anko, enkò; mwen, m, mwn; "voye m" and
 * "voyem"; kite m an pè, kitem anpe. KANPE and RETE lead only bare or with courtesy: they are also
 * "stand" and "stay" ("m ap rete lakay"), as KANPE is "park" ("kanpe machin nan"). SISPANN said of
 * work, a bus or the power ("travay la sispann a 5è") is ordinary. PA before a verb of sending revokes
 * as an order ("Pa voye m mesaj ankò") or aimed at me ("pa ekri m"), not in "m pa voye repons lan".
 */
import type { Book } from './book.js';

/** Not after PA ("don't"), PA T, JANM: "pa sispann" asks for more. */
const NEG = '(?<! (?:PA|PAT|PA T|JANM|JAM))';
const SEND = '(?:VOYE|EKRI|RELE|KONTAKTE|DERANJE|TEKSTE)';
const ME = '(?: ?M| MWEN| MWN| BAN ?M| BA ?M| BA MWEN| BAN MWEN| NOU)';

export const ht: Book = {
  language: 'ht',
  loose: ['SISPANN', 'SISPAN', 'SISPANM', 'DEZABONE', 'ANILE'],
  bare: ['KANPE', 'RETE'],
  compounds: [
    [/ SIL (?:VOU|VOUS) PLE /g, ' SVP '],
    [/ KOUNYE A /g, ' KOUNYEA '],
  ],
  courtesy: 'TANPRI SOUPLE SVP SILVOUPLE MESI ANPIL ANKO ENKO KOUNYEA TOUSWITE BONJOU ALO MSYE MADANM'.split(
    ' ',
  ),
  stopWhat: (
    'M MWEN MWN NOU BA BAN BANM BAM VOYE VOYEM MESAJ TEKS SMS YO SA LA A AN TOUT SONDAJ EKRI EKRIM ' +
    'RELE RELEM KONTAKTE DERANJE ABONMAN RESEVWA'
  ).split(' '),
  strong: ['SISPANN', 'SISPAN', 'DEZABONE', 'ANILE'],
  negators: ['PA', 'PAT', 'JANM', 'JAM'],
  ordinary: [/ (?:TRAVAY|BIS|MACHIN|KAMYON|LAPLI|KOURAN|FAKTORI|IZIN)(?: LA| A| AN)? SISPANN?(?= )/g],
  revoking: [
    new RegExp(`^ (?:(?:TANPRI|SOUPLE|SVP|NON|MESI) )*(?:PA|PAT) (?:JANM |JAM )?${SEND}`),
    new RegExp(` (?:PA|PAT) (?:JANM |JAM )?${SEND}${ME} `),
    new RegExp(` (?:PA|PAT) (?:JANM |JAM )?${SEND}(?: \\S+){0,3} (?:ANKO|ENKO) `),
    / PA (?:VLE|BEZWEN) (?:\S+ ){0,3}?(?:MESAJ|TEKS|SMS|RESEVWA|VOYE)/,
    / PA ENTERESE /,
    / (?:KIJAN|KOMAN|KISA) (?:\S+ ){0,3}?(?:SISPANN|SISPAN|DEZABONE) /,
    new RegExp(`${NEG} (?:SISPANN|SISPAN|SISPANM) (?:\\S+ )?(?:${SEND}|RESEVWA|MESAJ)`),
    new RegExp(`${NEG} DEZABONE `),
    / KITE ?(?:M|MWEN|NOU) (?:AN ?PE|ANPAY|TRANKIL) /,
    / ASE (?:\S+ )?(?:MESAJ|TEKS|VOYE) /,
    // A wrong number: the consent we hold was someone else's.
    / MOVE (?:NIMEWO|MOUN) /,
    / PA (?:BON|VRE) NIMEWO /,
    / NIMEWO (?:SA |A |LA )?PA (?:BON|KOREK|PAM|PA M|PA MWEN) /,
    / (?:RETIRE|EFASE|SIPRIME|WETE|SOTI) (?:\S+ ){0,3}?SOU LIS /,
    / (?:RETIRE|EFASE|SIPRIME|WETE) ?(?:M|MWEN|NIMEWO ?M|NIMEWO MWEN|NON ?M|NON MWEN) /,
  ],
  unclearCores: ['NON', 'M PA VLE', 'MWEN PA VLE', 'PA VLE'],
  unclear: [
    / (?:KIYES|KILES|KIMOUN|KI MOUN) (?:SA|OU|KI|NOU|SE|LA|KAP) /,
    / (?:KOMAN|KIJAN|KOTE) (?:OU|NOU) (?:FE )?(?:GEN|JWENN|PRAN) NIMEWO /,
  ],
  markers:
    'TANPRI SOUPLE SVP MESI ANPIL MWEN ANKO ENKO VOYE VOYEM MESAJ SISPANN SISPAN KANPE DEZABONE BANM'.split(
      ' ',
    ),
};
