/**
 * Replies in words other than a bare keyword, read as the FCC's 2024 consent-revocation rule asks (47
 * CFR 64.1200(a)(10)): "stop", "quit", "end", "revoke", "opt out", "cancel" and "unsubscribe" revoke
 * per se, and any other reply revokes when a reasonable person would read it as "stop texting me", in
 * any language (the FCC's commentary names "no más"). English and Spanish here, the languages most
 * replies come in; the other page languages' bare keywords (keywords.ts, from their words files) are
 * honoured before anything here is read, and phrases in them are still to write, each with its table
 * of readings. test/distribution/revocation-phrases.ts holds that table for these two, and says where
 * the line falls and why.
 *
 * Three answers: `opt_out`; `unclear`, a reply that may mean stop and may not (it gets one clarifying
 * text, see clarifications.ts); `none`, ordinary conversation. A false opt-out costs one survey
 * invitation and a missed one a person's trust, so a doubt leans toward opt_out or unclear, never none;
 * but the words' ordinary senses ("I'll stop by", "end of shift", "para mañana") stay ordinary.
 */

export interface Reading {
  action: 'opt_out' | 'unclear' | 'none';
  language: 'es' | null;
}

type Language = 'es' | null;

/** Twilio caps an SMS body at 1,600 characters: anything past that is not a reply to read. */
const maxBody = 1600;

/**
 * Words that revoke when they lead a reply. A `loose` one may be followed by words that say what to stop
 * ("STOP texting me", "cancel my subscription"); a bare one only by courtesy ("ALTO por favor"), since
 * PARA is also "for" ("para mañana"), PARE a subjunctive, BAJA "low" and ALTO "high". REMOVE is on
 * many carriers' lists. Multi-word ones are joined first.
 */
const leads = new Map<string, { language: Language; loose: boolean }>([
  ...[
    'STOP',
    'STOPALL',
    'QUIT',
    'END',
    'REVOKE',
    'CANCEL',
    'UNSUBSCRIBE',
    'UNSUB',
    'OPTOUT',
    'NOMORE',
    'REMOVE',
  ].map((w) => [w, { language: null, loose: true }] as const),
  // SALIR ("leave", "exit") is the keyword Spanish-language SMS programs commonly give for opting out.
  ...[
    'PARAR',
    'PAREN',
    'DETENER',
    'DETENGAN',
    'CANCELAR',
    'DESUSCRIBIR',
    'BASTA',
    'NOMAS',
    'DARDEBAJA',
    'SALIR',
  ].map((w) => [w, { language: 'es' as const, loose: true }] as const),
  ...['ALTO', 'PARA', 'PARE', 'BAJA'].map((w) => [w, { language: 'es' as const, loose: false }] as const),
]);

/** Joined before leads are looked up, so "no más" and "opt out" lead like one word. */
const compounds: [RegExp, string][] = [
  [/ NO (MAS|MORE) /g, ' NO$1 '],
  [/ OPT OUT /g, ' OPTOUT '],
  [/ UN SUBSCRIBE /g, ' UNSUBSCRIBE '],
  [/ DAR DE BAJA /g, ' DARDEBAJA '],
  [/ POR FAVOR /g, ' PORFAVOR '],
  [/ THANK (YOU|U) /g, ' THANKS '],
];

/** Courtesy and urgency: they change nothing about what a reply asks. */
const courtesy = new Set(
  'PLEASE PLS PLZ THANKS THX TY OK OKAY NOW RIGHT ASAP IMMEDIATELY ALREADY JUST AGAIN ANYMORE FOREVER HEY HI HELLO SIR MAAM SERIOUSLY PORFAVOR PORFA XFAVOR GRACIAS YA AHORA HOLA SENOR SENORA'.split(
    ' ',
  ),
);

/** What a loose lead may be followed by: what to stop, and who. */
const stopWhat = new Set(
  (
    'ME US IT THIS THESE THAT THEM THOSE ALL ANY MORE THE MY YOUR UR OF WITH FROM TO AT ONCE ' +
    'MESSAGE MESSAGES MESSAGING MSG MSGS TEXT TEXTS TEXTING TXT TXTS TXTING SMS SEND SENDING CONTACTING ' +
    'CALLING CALLS EMAILS EMAILING SURVEY SURVEYS SUBSCRIPTION NOTIFICATIONS ALERTS SPAM SPAMMING ' +
    'BOTHERING HARASSING ' +
    'NOS LO LOS LAS LA EL DE MAS MENSAJE MENSAJES MENSAJITOS MSJ MSJS TEXTO TEXTOS ENCUESTA ENCUESTAS ' +
    'TODO TODOS TODAS ESTO ESTOS ESTAS ESO ESOS SU SUS TU TUS MI MIS SUSCRIPCION'
  ).split(' '),
);

/**
 * Words a reader takes as "stop" wherever they stand, unless negated: a reply containing one that is
 * read no other way is unclear. END, PARA, ALTO and BAJA are too common in other senses to count.
 */
const strong = new Set(['STOP', 'STOPALL', 'QUIT', 'CANCEL', 'PARAR', 'DETENER', 'CANCELAR', 'BASTA']);
const negators = new Set(['DONT', 'NOT', 'NEVER', 'DIDNT', 'DOESNT', 'CANT', 'CANNOT', 'WONT', 'NUNCA']);

/** Typed long ("stooop") or over and over ("stopstop"), these are still the word. */
const stretchable = [
  'STOP',
  'QUIT',
  'END',
  'CANCEL',
  'UNSUBSCRIBE',
  'REVOKE',
  'OPTOUT',
  'ALTO',
  'BASTA',
  'PARAR',
];

/** Spelled out letter by letter ("S.T.O.P."), these are still the word. */
const spellable = new Set(['STOP', 'QUIT', 'END', 'ALTO', 'BASTA']);

/** Ordinary senses, blanked before anything is read: "stop by", "bus stop", "the end", "end of". */
const ordinary = [
  / STOP(?:PING|PED|S)? (?:BY|IN|OVER|OFF|AT)(?= )/g,
  / (?:BUS|TRUCK|PIT|ONE|NON|FULL|TRAIN|LAST|NEXT|FIRST) STOPS?(?= )/g,
  / (?:AT |IN )?THE END(?= )/g,
  / END OF(?= )/g,
];

/** A phrase that revokes, and the language its words are in. NEG: not after "don't", "never"... */
const NEG = '(?<! (?:DONT|DO NOT|NOT|NEVER|DIDNT|DOESNT|CANT|CANNOT|WONT|NUNCA))';
const CONTACTING = '(?:TEXT|TXT|MESSAG|MSG|SEND|CONTACT|CALL|BOTHER|SPAM|EMAIL|HARASS|WRIT|SURVEY|SMS)';
const revokingPhrases: [RegExp, Language][] = [
  [new RegExp(`${NEG} (?:STOP|QUIT|CEASE)(?:PING)? (?:\\S+ )?${CONTACTING}`), null],
  [new RegExp(` (?:DONT|DO NOT|NEVER) (?:EVER )?${CONTACTING}`), null],
  [new RegExp(` NO MORE (?:\\S+ )?${CONTACTING}`), null],
  [new RegExp(`${NEG} (?:UNSUBSCRIBE|OPTOUT|OPT (?:ME )?OUT|REVOKE)`), null],
  [/ (?:REMOVE|DELETE|ERASE|LOSE) (?:ME|MY (?:NUMBER|PHONE|NAME|CONTACT|INFO|CELL)) /, null],
  [/ TAKE (?:ME|MY (?:NUMBER|PHONE|NAME|INFO)) OFF /, null],
  [/ OFF (?:YOUR|THE|THIS|UR) (?:\S+ )?LISTS? /, null],
  [/ LEAVE ME ALONE /, null],
  [/ (?:DEJ\S*|DEJEN(?:ME|NOS)) EN PAZ /, 'es'],
  [/ (?:I )?WANT OUT /, null],
  [/ NOT INTERESTED /, null],
  // The consent we hold was given by whoever had the number before: its holder now never gave any.
  [/ WRONG (?:NUMBER|NUMBR|NUM|PERSON) /, null],
  [
    new RegExp(
      ` (?:DONT|DO NOT) WANT (?:(?:ANY|MORE|ANYMORE|THESE|THOSE|THIS|YOUR|THE|TO|GET|GETTING|RECEIVE|BE) )*${CONTACTING}`,
    ),
    null,
  ],
  [/ (?:WANT|WOULD LIKE|WANNA|NEED|ID LIKE) TO (?:STOP|UNSUBSCRIBE|OPT OUT|OPTOUT|BE REMOVED) /, null],
  [/ HOW (?:DO|CAN|DID|SHOULD) I (?:STOP|UNSUBSCRIBE|OPT OUT|OPTOUT|GET OFF) /, null],
  [/ MAKE (?:IT|THIS|THESE|THEM) STOP /, null],
  [/ (?:NEVER|DIDNT|DID NOT) SIGN(?:ED)? UP /, null],
  [/ NO MAS (?:\S+ )?(?:MENSAJ|TEXTO|MSJ|SMS|ENCUESTA|CORREO)/, 'es'],
  [
    / (?:YA )?NO (?:QUIERO|DESEO) (?:(?:MAS|QUE|ME|SUS|LOS|LAS|ESTOS|ESTAS|ESOS|TUS|SEGUIR) )*(?:MENSAJ|TEXTO|MSJ|SMS|ENCUESTA|RECIB|ESCRIB|MAND|ENVI|CONTACT|LLAM|MOLEST)/,
    'es',
  ],
  [/ YA NO (?:QUIERO|DESEO|MAS|ME) /, 'es'],
  [/ NO (?:ME |NOS )?(?:MANDE|ENVIE|ESCRIBA|TEXTEE|MOLESTE|CONTACTE|LLAME)/, 'es'],
  [/ (?:DEJ\S*|PARA|PARE|PAREN|PARAR) DE (?:MANDAR|ENVIAR|ESCRIBIR|MOLESTAR|TEXTEAR|CONTACTAR|LLAMAR)/, 'es'],
  [/ (?:DAR|DARME|DARSE|DENME|DEME|DAME) DE BAJA /, 'es'],
  [/ (?:BORR|ELIMIN)(?:AME|ENME|EME|ARME|ANME) /, 'es'],
  [/ (?:SAC|QUIT)(?:AME|ENME|EME|ARME|ANME) DE (?:LA|SU|TU|SUS|TUS|ESTA) LISTAS? /, 'es'],
  [/ SALIR(?:ME)? DE (?:LA|SU|TU|SUS|TUS|ESTA) LISTAS? /, 'es'],
  [/ (?:NUMERO EQUIVOCADO|PERSONA EQUIVOCADA|EQUIVOC\S* DE (?:NUMERO|PERSONA)) /, 'es'],
  [/ NO (?:ME INTERESA|(?:ESTOY )?INTERESAD[OA]) /, 'es'],
  [new RegExp(`${NEG} (?:DESUSCRIB|DESINSCRIB)`), 'es'],
  [/ ALTO A (?:LOS |ESTOS |SUS )?(?:MENSAJ|TEXTO)/, 'es'],
];

/** Replies that ask who we are or decline without saying stop: they get the one clarifying text. */
const unclearCores = new Set(['NO', 'NOPE', 'NAH', 'NO QUIERO']);
const unclearPhrases: [RegExp, Language][] = [
  [/ WHO(?: IS| S| IZ| ARE| R)? (?:THIS|DIS|U|YOU|THESE) /, null],
  [/ WHOS (?:THIS|THESE) /, null],
  [/ WHO (?:SENT|SENDS|TEXTED|IS TEXTING) /, null],
  [/ HOW DID (?:YOU|U|YALL|YOU GUYS) GET MY /, null],
  [/ DO I KNOW (?:YOU|U) /, null],
  [/ NO (?:MORE|MAS) /, null], // "no more questions": more than a question, maybe not a stop
  [/ QUIEN (?:ES|ERES|HABLA|SON|ME) /, 'es'],
  [/ (?:COMO|DE DONDE) (?:CONSIGUI|OBTUV|TIEN|SAC)\S* MI (?:NUMERO|TELEFONO|CEL)/, 'es'],
];

/** Words only a Spanish reply has: such a reply gets its answer in Spanish. */
const spanishWords = new Set(
  'PORFAVOR POR FAVOR PORFA XFAVOR GRACIAS YA AHORA HOLA MAS MENSAJE MENSAJES MENSAJITOS TEXTOS ENCUESTA ENCUESTAS QUIERO QUIEN NUMERO EQUIVOCADO DEJEN'.split(
    ' ',
  ),
);

function canonical(word: string): string {
  if (leads.has(word)) return word;
  const squeezed = word.replace(/(\p{L})\1+/gu, '$1');
  for (const k of stretchable) {
    if (squeezed === k) return k;
    if (word.length % k.length === 0 && word === k.repeat(word.length / k.length)) return k;
  }
  return word;
}

/** "S.T.O.P." or "s t o p" back into one word, when the letters spell a keyword. */
function joinSpelled(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}])\p{L}(?:[ .\-_]+\p{L}(?![\p{L}\p{N}])){2,}/gu, (run) => {
    const word = run.replace(/[^\p{L}]/gu, '');
    return spellable.has(word) ? word : run;
  });
}

/** The reply as sentences (split at punctuation) of upper-case, accent-free words. */
function sentences(body: string): string[][] {
  const text = joinSpelled(
    body
      .slice(0, maxBody)
      .replace(/[\u{1F6D1}\u26D4]/gu, ' STOP ') // 🛑 and ⛔ say stop in any language
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toUpperCase()
      .replace(/['’ʼ`]/g, ''), // DON'T -> DONT
  );
  return text
    .split(/[.!?;,:¡¿…\n\r()[\]"“”]+/)
    .map((s) =>
      s
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .map(canonical),
    )
    .filter((words) => words.length > 0);
}

const padded = (words: string[]) => ` ${words.join(' ')} `;

function blankOrdinary(words: string[]): string {
  let text = padded(words);
  for (const pattern of ordinary) text = text.replace(pattern, ' _');
  return text;
}

/** Courtesy out, compounds joined, a word repeated in a row kept once. */
function core(text: string): string[] {
  let joined = text;
  for (const [pattern, into] of compounds) joined = joined.replace(pattern, into).replace(pattern, into);
  const words = joined
    .trim()
    .split(' ')
    .filter((w) => w && !courtesy.has(w));
  return words.filter((w, i) => w !== words[i - 1]);
}

function leadsRevocation(words: string[]): Language | undefined {
  const lead = leads.get(words[0] ?? '');
  if (!lead) return undefined;
  const rest = words.slice(1);
  if (rest.length > 0 && (!lead.loose || !rest.every((w) => stopWhat.has(w)))) return undefined;
  return lead.language;
}

/** The language of the first un-negated strong word ("no" negates a Spanish one), if any. */
function strongWord(words: string[]): { language: Language } | undefined {
  for (const [i, w] of words.entries()) {
    if (!strong.has(w)) continue;
    const language = leads.get(w)?.language ?? null;
    const before = words[i - 1] ?? '';
    if (negators.has(before) || (language === 'es' && before === 'NO')) continue;
    return { language };
  }
  return undefined;
}

export function readReply(body: string): Reading {
  const all = sentences(body);
  const words = all.flat();
  const spanish = words.some((w) => spanishWords.has(w));
  const found = (language: Language, action: Reading['action']): Reading => ({
    action,
    language: language ?? (spanish ? 'es' : null),
  });
  const texts = all.map(blankOrdinary);
  for (const text of texts) {
    const led = leadsRevocation(core(text));
    if (led !== undefined) return found(led, 'opt_out');
    for (const [pattern, language] of revokingPhrases)
      if (pattern.test(text)) return found(language, 'opt_out');
  }
  if (unclearCores.has(core(padded(words)).join(' '))) return found(null, 'unclear');
  for (const text of texts) {
    for (const [pattern, language] of unclearPhrases)
      if (pattern.test(text)) return found(language, 'unclear');
  }
  const strongOne = strongWord(texts.flatMap((t) => t.trim().split(' ')));
  if (strongOne) return found(strongOne.language, 'unclear');
  return { action: 'none', language: null };
}
