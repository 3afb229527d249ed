// Haitian Creole: standard (1979 IPN) spelling, "ou" throughout, Kreyòl words over French ones where
// a Kreyòl word is in everyday use. One word for one thing: "sondaj" (survey), "repons" (answers),
// "lyen" (link), "anrejistre" (save), "patwon" (employer). SMS texts keep to è and ò, which GSM-7
// has; a ê or ô would make the text UCS-2 and cost up to four times as much.
import type { Words } from './types.js';

export const ht: Words = {
  origin: {
    source:
      'Drafted from the English by the project team with machine assistance, the Spanish as a second reference; not yet reviewed by a native speaker.',
    reviewed: null,
  },
  page: {
    start: 'Kòmanse',
    next: 'Swivan',
    back: 'Retounen',
    submit: 'Voye repons mwen yo',
    saveLater: 'Anrejistre epi fini pita',
    savedTitle: 'Repons ou yo anrejistre',
    savedBody: 'Pou w fini, louvri menm lyen an ankò. Repons ou yo ap tann ou.',
    progress: 'Pati {n} sou {total}',
    minutes: { other: 'Anviwon {n} minit' },
    required: 'obligatwa',
    optional: 'pa obligatwa',
    errorSummary: 'Gen kèk repons ki bezwen korije. Tanpri gade kesyon ki make anba yo.',
    thanksTitle: 'Mèsi!',
    thanksBody: 'Nou resevwa repons ou yo. Mèsi pou tan ou. Sa ou di nou an ap ede amelyore bagay yo.',
    usedTitle: 'Sondaj sa a deja fèt',
    usedBody: 'Yo deja voye repons ak lyen sa a. Chak lyen ka sèvi yon sèl fwa.',
    closedTitle: 'Sondaj sa a fèmen',
    closedBody: 'Tan pou reponn sondaj sa a fini. Mèsi pou enterè ou.',
    notOpenTitle: 'Sondaj sa a poko louvri',
    notOpenBody: 'Tanpri eseye lyen sa a ankò pita.',
    unknownTitle: 'Nou pa jwenn sondaj sa a',
    unknownBody: 'Petèt lyen an pa bon oswa li koupe. Verifye si ou kopye tout lyen ki nan mesaj ou a.',
    busyTitle: 'Tanpri eseye ankò nan yon minit',
    busyBody: 'Gen anpil moun k ap reponn kounye a. Tanpri tann yon minit epi eseye ankò.',
    otherLanguages: 'Lòt lang',
    anonymityNote:
      'Repons ou yo anonim. Patwon ou p ap janm wè non ou ak repons ou yo. ' +
      'Nou montre rezilta sèlman pou gwoup ki gen 5 moun oswa plis.',
    chooseAll: 'Chwazi tout sa ki vre pou ou.',
    chooseUpTo: 'Chwazi jiska {max}.',
    charactersLeft: 'Rete {n} karaktè',
    errors: {
      required: 'Tanpri reponn kesyon sa a.',
      invalid: 'Repons sa a pa valab. Tanpri verifye l.',
      too_long: 'Repons sa a twò long. Tanpri fè l pi kout.',
      too_many: 'Ou chwazi twòp repons. Tanpri chwazi mwens.',
    },
    dependsOn: 'Reponn sa a sèlman si ou te chwazi {answers} pi wo a.',
    or: 'oswa',
    offline: 'Nou pa t ka kontakte sèvè a. Repons ou yo toujou la. Verifye koneksyon ou epi eseye ankò.',
    tooFast: 'Sa te fèt twò vit. Tanpri pran yon ti moman pou li kesyon yo, epi voye repons ou yo ankò.',
    startOver: 'Rekòmanse (sa efase repons sa yo)',
    previewNotice: 'Apèsi: anyen ou reponn isit la p ap anrejistre ni voye.',
    previewMissing: '[Tèks an kreyòl la manke]',
  },
  scales: {
    // "Dakò nèt" mirrors "Pa dakò ditou" so the five read as one scale.
    agree5: ['Pa dakò ditou', 'Pa dakò', 'Ni dakò ni pa dakò', 'Dakò', 'Dakò nèt'],
    likelihood: ['Pa gen chans ditou', 'Gen anpil chans'],
    rating10: ['Move anpil', 'Ekselan'],
    yesno: ['Wi', 'Non'],
  },
  asking: {
    from: 'Se {name} ki fè sondaj sa a.',
    until: 'Li louvri jiska fen jounen {date} ({zone}).',
    call: 'Kesyon? Rele {contact}',
    email: 'Kesyon? Voye imel bay {contact}',
    textKeyword: 'Oswa voye {keyword} nan {number} pou reponn pa tèks.',
  },
  problems: {
    form: {
      title: 'Nou pa t ka li sa ou voye a',
      body: 'Tanpri retounen nan sondaj la, verifye repons ou yo epi voye paj la ankò.',
      back: 'Retounen nan sondaj la',
    },
    full: {
      title: 'Nou pa t ka anrejistre repons ou yo',
      body: 'Sèvè nou an pa gen plas ankò. Tanpri eseye ankò pita: lyen ou a toujou mache.',
      notice:
        'Nou pa t ka anrejistre paj sa a: sèvè nou an pa gen plas ankò. Repons ou yo toujou la. Tanpri eseye ankò pita ak menm bouton an.',
      back: 'Retounen nan sondaj la',
    },
    unavailable: {
      title: 'Nou pa ka anrejistre repons ou yo kounye a',
      body: 'Sèvè nou an pa ka anrejistre repons pou kounye a. Tanpri eseye ankò nan kèk minit: lyen ou a toujou mache.',
      notice:
        'Nou pa t ka anrejistre paj sa a: sèvè nou an pa ka anrejistre repons pou kounye a. Repons ou yo toujou la. Tanpri eseye ankò nan kèk minit ak menm bouton an.',
      back: 'Retounen nan sondaj la',
    },
  },
  posterLimit: {
    title: 'Tanpri eseye ankò pita',
    body:
      'Yo louvri sondaj sa a anpil fwa nan menm koneksyon entènèt la. Tanpri eseye ankò pita, ' +
      'oswa mete telefòn ou sou done mobil olye Wi-Fi.',
  },
  shortCode: {
    title: 'Louvri sondaj ou a',
    intro: 'Tape kòd ki enprime sou kat ou a.',
    label: 'Kòd',
    hint: ['10 lèt ak chif, tankou', 'Tirè, espas ak ti lèt pa gen pwoblèm.'],
    go: 'Louvri sondaj mwen an',
    malformed: 'Sa a se pa kòd yon kat. Yon kòd gen 10 lèt ak chif, tankou K7QX-9MHP-2T.',
    unknown: 'Pa gen okenn kat ki gen kòd sa a. Verifye chak karaktè epi eseye ankò.',
    limitTitle: 'Tanpri eseye ankò pita',
    // Kreyòl nouns do not change after a number ("1 minit", "5 minit"), so `other` alone. ICU has no
    // plural rules for ht (Intl.PluralRules('ht') falls back to the runtime's default locale), and
    // pluralOf falls back to `other` for whatever form that locale names.
    limitBody: {
      other:
        'Yo tape anpil kòd nan koneksyon entènèt sa a. Tanpri eseye ankò nan {n} minit, eskane kòd QR ' +
        'ki sou kat ou a, oswa mete telefòn ou sou done mobil olye Wi-Fi.',
    },
    card: {
      title: 'Vwa ou konte',
      go: 'Sou telefòn ou, ale nan',
      type: 'epi tape kòd sa a:',
      scan: 'Oswa eskane kare a ak kamera ou. Sondaj la anonim; kòd la mache yon sèl fwa.',
    },
  },
  unsubscribe: {
    askTitle: 'Sispann resevwa imel sa yo?',
    ask: '{email} p ap resevwa okenn lòt imel sondaj nan men {org}.',
    button: 'Dezabòne',
    doneTitle: 'Ou dezabòne',
    done: 'Ou p ap resevwa okenn lòt imel sondaj nan men {org}. Si ou chanje lide, mande {org} pou yo remete ou sou lis la.',
    unknownTitle: 'Lyen sa a pa mache',
    unknown: 'Verifye si ou louvri tout lyen ki nan imel la.',
  },
  sms: {
    invitation: '{org}: Bonjou{name}, reponn ti sondaj prive nou an: {link} STOP pou sispann',
    reminder: '{org}: Bonjou{name}, sondaj prive nou an poko fèmen: {link} STOP pou sispann',
    invitationBoth:
      '{org}: Bonjou{name}, sondaj prive: {link} oswa voye {reply} pou reponn pa tèks. STOP pou sispann',
    reminderBoth:
      '{org}: Bonjou{name}, sondaj poko fèmen: {link} oswa voye {reply} pou reponn pa tèks. STOP pou sispann',
    invitationText:
      '{org}: Bonjou{name}, nou gen yon ti sondaj prive pou ou. Voye {reply} pou reponn pa tèks. STOP pou sispann',
    reminderText:
      '{org}: Bonjou{name}, sondaj prive nou an poko fèmen. Voye {reply} pou reponn pa tèks. STOP pou sispann',
    optOut: '{product}: ou dezabòne, nou p ap voye mesaj ba ou ankò. Reponn START pou resevwa yo ankò.',
    optIn:
      '{product}: w ap resevwa mesaj sondaj ankò. Reponn HELP oswa EDE pou èd, STOP pou sispann. Frè mesaj ak done ka aplike.',
    help: '{product} fè ti sondaj prive pou {org}.{contact} Reponn STOP pou sispann, START pou rekòmanse.',
    helpOrgFallback: 'patenarya travay ou a',
    helpContact: ' Kesyon: {contact}.',
    clarify: '{product}: Reponn STOP pou nou sispann voye mesaj sa yo.',
  },
  smsSurvey: {
    start:
      'Mesi paske w ap reponn pa tèks. Reponn chak kesyon ak yon nimewo oswa yon mo. SOTE pou sote, RETOUNEN pou tounen, STOP pou fini.',
    retryScale: 'Padon, nou pa konprann. Tanpri reponn ak yon nimewo ant {lo} ak {hi}.',
    retryYesNo: 'Padon, nou pa konprann. Tanpri reponn W pou wi oswa N pou non.',
    retryOne: 'Padon, nou pa konprann. Tanpri reponn ak yon sèl nimewo ant 1 ak {n}.',
    retrySeveral: 'Padon, nou pa konprann. Tanpri reponn ak nimewo chwa ou yo ant 1 ak {n}, tankou 1 3.',
    retryText: 'Padon, li twò long. Tanpri ekri mwens pase {max} karaktè, oswa reponn SOTE.',
    cannotSkip: 'Kesyon sa a bezwen yon repons, ou pa ka sote l. Tanpri reponn li.',
    thanks:
      'Mèsi! Nou kenbe repons ou yo san non ou ni nimewo ou. Patwon ou pa janm konnen kiyès ki di kisa: rezilta yo parèt pa gwoup sèlman.',
  },
  email: {
    subjectInvitation: '{org} vle konnen sa ou panse',
    subjectReminder: 'Rapèl: sondaj {org} ou a toujou louvri',
    greeting: 'Bonjou {name},',
    greetingNoName: 'Bonjou,',
    leadInvitation:
      '{org} mande moun li travay avèk yo kijan bagay yo ap mache, epi li sèvi ak sa yo di pou deside kisa pou amelyore. Tanpri reponn ti sondaj nou an; li pran anviwon 5 minit.',
    leadReminder:
      'Sa gen kèk jou, {org} te envite ou reponn yon ti sondaj. Si ou gen yon moman, repons ou toujou konte; li pran anviwon 5 minit.',
    button: 'Reponn sondaj la',
    privacy:
      'Repons ou yo prive: nou sere yo san non ou, san imel ou, san telefòn ou, epi nou montre rezilta sèlman pou gwoup ki gen {min} moun oswa plis.',
    personal: 'Lyen sa a se pou ou sèlman. Li mache jiska {date}.',
    unsubscribe: 'Sispann resevwa imel sa yo',
  },
  // SISPANN, KANPE and RETE are the everyday ways to say "stop" (alone, each can only mean that);
  // ANILE is "cancel", DEZABONE "unsubscribe". KOMANSE/REKOMANSE answer START, WI is the
  // counterpart of YES and SI. EDE (to help) and ED (èd, help) answer HELP. FINI ("finished") is
  // left out: alone it is as likely to mean "I finished the survey" as "stop".
  keywords: {
    optOut: ['SISPANN', 'KANPE', 'RETE', 'ANILE', 'DEZABONE'],
    optIn: ['KOMANSE', 'REKOMANSE', 'WI'],
    help: ['EDE', 'ED'],
    back: ['RETOUNEN', 'TOUNEN'],
    skip: ['SOTE', 'PASE'],
  },
  // è and ò are in GSM-7: these stay one plain segment.
  replies: {
    yes: ['WI', 'W'],
    no: ['NON', 'N'],
    and: ['AK', 'E', 'EPI'],
  },
};
