/**
 * English. The seven words 47 CFR 64.1200(a)(10) names revoke per se; REMOVE is on many carriers'
 * lists. English words say nothing about the sender's language: carriers act on them for everyone.
 */
import type { Book } from './book.js';

/** Not after "don't", "never"... (Spanish "nunca" too: "nunca unsubscribe" says keep them coming). */
export const NEG = '(?<! (?:DONT|DO NOT|NOT|NEVER|DIDNT|DOESNT|CANT|CANNOT|WONT|NUNCA))';
const CONTACTING = '(?:TEXT|TXT|MESSAG|MSG|SEND|CONTACT|CALL|BOTHER|SPAM|EMAIL|HARASS|WRIT|SURVEY|SMS)';

export const en: Book = {
  language: null,
  loose: 'STOP STOPALL QUIT END REVOKE CANCEL UNSUBSCRIBE UNSUB OPTOUT NOMORE REMOVE'.split(' '),
  bare: [],
  compounds: [
    [/ NO MORE /g, ' NOMORE '],
    [/ OPT OUT /g, ' OPTOUT '],
    [/ UN SUBSCRIBE /g, ' UNSUBSCRIBE '],
    [/ THANK (YOU|U) /g, ' THANKS '],
  ],
  courtesy: (
    'PLEASE PLS PLZ THANKS THX TY OK OKAY NOW RIGHT ASAP IMMEDIATELY ALREADY JUST AGAIN ANYMORE ' +
    'FOREVER HEY HI HELLO SIR MAAM SERIOUSLY'
  ).split(' '),
  stopWhat: (
    'ME US IT THIS THESE THAT THEM THOSE ALL ANY MORE THE MY YOUR UR OF WITH FROM TO AT ONCE ' +
    'MESSAGE MESSAGES MESSAGING MSG MSGS TEXT TEXTS TEXTING TXT TXTS TXTING SMS SEND SENDING CONTACTING ' +
    'CALLING CALLS EMAILS EMAILING SURVEY SURVEYS SUBSCRIPTION NOTIFICATIONS ALERTS SPAM SPAMMING ' +
    'BOTHERING HARASSING'
  ).split(' '),
  // END is too common in other senses to count.
  strong: ['STOP', 'STOPALL', 'QUIT', 'CANCEL'],
  negators: ['DONT', 'NOT', 'NEVER', 'DIDNT', 'DOESNT', 'CANT', 'CANNOT', 'WONT'],
  ordinary: [
    / STOP(?:PING|PED|S)? (?:BY|IN|OVER|OFF|AT)(?= )/g,
    / (?:BUS|TRUCK|PIT|ONE|NON|FULL|TRAIN|LAST|NEXT|FIRST) STOPS?(?= )/g,
    / (?:AT |IN )?THE END(?= )/g,
    / END OF(?= )/g,
  ],
  revoking: [
    new RegExp(`${NEG} (?:STOP|QUIT|CEASE)(?:PING)? (?:\\S+ )?${CONTACTING}`),
    new RegExp(` (?:DONT|DO NOT|NEVER) (?:EVER )?${CONTACTING}`),
    new RegExp(` NO MORE (?:\\S+ )?${CONTACTING}`),
    new RegExp(`${NEG} (?:UNSUBSCRIBE|OPTOUT|OPT (?:ME )?OUT|REVOKE)`),
    / (?:REMOVE|DELETE|ERASE|LOSE) (?:ME|MY (?:NUMBER|PHONE|NAME|CONTACT|INFO|CELL)) /,
    / TAKE (?:ME|MY (?:NUMBER|PHONE|NAME|INFO)) OFF /,
    / OFF (?:YOUR|THE|THIS|UR) (?:\S+ )?LISTS? /,
    / LEAVE ME ALONE /,
    / (?:I )?WANT OUT /,
    / NOT INTERESTED /,
    // The consent we hold was given by whoever had the number before: its holder now never gave any.
    / WRONG (?:NUMBER|NUMBR|NUM|PERSON) /,
    new RegExp(
      ` (?:DONT|DO NOT) WANT (?:(?:ANY|MORE|ANYMORE|THESE|THOSE|THIS|YOUR|THE|TO|GET|GETTING|RECEIVE|BE) )*${CONTACTING}`,
    ),
    / (?:WANT|WOULD LIKE|WANNA|NEED|ID LIKE) TO (?:STOP|UNSUBSCRIBE|OPT OUT|OPTOUT|BE REMOVED) /,
    / HOW (?:DO|CAN|DID|SHOULD) I (?:STOP|UNSUBSCRIBE|OPT OUT|OPTOUT|GET OFF) /,
    / MAKE (?:IT|THIS|THESE|THEM) STOP /,
    / (?:NEVER|DIDNT|DID NOT) SIGN(?:ED)? UP /,
  ],
  unclearCores: ['NO', 'NOPE', 'NAH'],
  unclear: [
    / WHO(?: IS| S| IZ| ARE| R)? (?:THIS|DIS|U|YOU|THESE) /,
    / WHOS (?:THIS|THESE) /,
    / WHO (?:SENT|SENDS|TEXTED|IS TEXTING) /,
    / HOW DID (?:YOU|U|YALL|YOU GUYS) GET MY /,
    / DO I KNOW (?:YOU|U) /,
    / NO (?:MORE|MAS) /, // "no more questions": more than a question, maybe not a stop
  ],
  stretchable: ['STOP', 'QUIT', 'END', 'CANCEL', 'UNSUBSCRIBE', 'REVOKE', 'OPTOUT'],
  spellable: ['STOP', 'QUIT', 'END'],
};
