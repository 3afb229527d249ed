// Everything a respondent reads that is not a survey's own question: the page's words, the pages a
// link can end on, the poster, the unsubscribe pages, the invitations and reminders, the replies to
// STOP, START and HELP, and the keywords themselves. One file per language (./en.ts, ./es.ts ...)
// holds all of it, so a reviewer reads one file, and the type below makes a missing text a compile
// error. Placeholders are `{name}`, filled by surveys/format.ts; a translation keeps every one of them
// (a test checks).
import type { AnswerError } from '../logic.js';

/** Where a language's words came from, and whether a native speaker has read them. */
export interface WordsOrigin {
  /** Who wrote the words and how ("written by the project team, native speaker"). */
  source: string;
  /** Null until a native speaker has reviewed the whole file; then who and the day (YYYY-MM-DD). */
  reviewed: { by: string; on: string } | null;
}

/** A count in words: the plural forms the language has (Intl.PluralRules), `other` always. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface PageWords {
  start: string;
  next: string;
  back: string;
  submit: string;
  saveLater: string;
  savedTitle: string;
  savedBody: string;
  /** {n} and {total}. */
  progress: string;
  /** "About {n} minutes": how long the survey takes, under its intro. */
  minutes: Plural;
  required: string;
  optional: string;
  errorSummary: string;
  thanksTitle: string;
  thanksBody: string;
  usedTitle: string;
  usedBody: string;
  closedTitle: string;
  closedBody: string;
  notOpenTitle: string;
  notOpenBody: string;
  unknownTitle: string;
  unknownBody: string;
  busyTitle: string;
  busyBody: string;
  /** The label of the list of other languages ("Other languages"), in this language. */
  otherLanguages: string;
  anonymityNote: string;
  chooseAll: string;
  /** {max}. */
  chooseUpTo: string;
  /** {n}. */
  charactersLeft: string;
  errors: Record<AnswerError, string>;
  /** Without JavaScript, above a follow-up question: {answers}. */
  dependsOn: string;
  /** Joins the answers in `dependsOn`. */
  or: string;
  /** A fetch failed: the answers stay in the page and the same button tries again. */
  offline: string;
  /** A poster answer sent seconds after the page was opened. */
  tooFast: string;
  /** Poster pages on a shared phone: clears the saved answers and goes back to the start. */
  startOver: string;
  /** Shown above a preview of a survey that is not sent yet. */
  previewNotice: string;
  /** In a preview, where a draft has no text in this language yet. */
  previewMissing: string;
}

/** The words of the question types' scales (surveys/types/). */
export interface ScaleWords {
  /** Strongly disagree .. strongly agree. */
  agree5: readonly [string, string, string, string, string];
  /** The ends of 0-10 "how likely" (not at all likely, extremely likely). */
  likelihood: readonly [string, string];
  /** The ends of a 0-10 rating (very poor, excellent). */
  rating10: readonly [string, string];
  /** Yes, no. */
  yesno: readonly [string, string];
}

/** Who is asking: on respondent pages and the printed poster. */
export interface AskingWords {
  /** {name}. */
  from: string;
  /** {date} and {zone}. */
  until: string;
  /** {contact}. */
  call: string;
  /** {contact}. */
  email: string;
  /** A poster whose campaign has a keyword (issue 18): {keyword} and {number}, the number to text it to. */
  textKeyword: string;
}

export interface ProblemWords {
  title: string;
  body: string;
  /** Above a survey page shown again with its answers, when saving it failed. */
  notice?: string;
  back: string;
}

export interface ShortCodeWords {
  title: string;
  intro: string;
  label: string;
  /** Before and after the example code. */
  hint: readonly [string, string];
  go: string;
  malformed: string;
  unknown: string;
  limitTitle: string;
  /** {n} minutes. */
  limitBody: Plural;
  /** The printed card a staff member hands out: a heading, then the address to go to, the code, and the QR note. */
  card: { title: string; go: string; type: string; scan: string };
}

export interface UnsubscribeWords {
  askTitle: string;
  /** {email} and {org}. */
  ask: string;
  button: string;
  doneTitle: string;
  /** {org}. */
  done: string;
  unknownTitle: string;
  unknown: string;
}

/**
 * SMS texts. Placeholders: {org} the partnership's name, {name} the first name with a space before
 * it (or nothing), {link}. A GSM-7 language keeps to the GSM-7 alphabet; every text must fit one
 * segment with a typical name and link, and at most two with long ones (a test checks both).
 */
export interface SmsWords {
  invitation: string;
  reminder: string;
  /**
   * A campaign that offers both ways (server/campaigns/text-settings.ts): the link, or {reply} to
   * answer here by text. {org}, {name}, {link} and {reply} (the start word, "1").
   */
  invitationBoth: string;
  reminderBoth: string;
  /** A campaign answered by text only: no link, {reply} to answer by text. {org}, {name} and {reply}. */
  invitationText: string;
  reminderText: string;
  /** The only text allowed after an opt-out: it confirms and says how to come back. */
  optOut: string;
  optIn: string;
  /** {product}, {org} (or `helpOrgFallback`) and {contact} (a sentence from `helpContact`, or nothing). */
  help: string;
  helpOrgFallback: string;
  /** {contact}: " Questions: 312-555-0100." */
  helpContact: string;
  /** The one text an unclear reply may get: how to stop. {product}. */
  clarify: string;
}

/**
 * The texts of a survey answered by text message (surveys/sms/), around the questions' own SMS texts.
 * Each fits one segment in its language's alphabet (GSM-7 for en, es, ht: no á, í, ó, ú; 70
 * characters for vi, zh-Hans, ar); a test checks. Each `retry*` asks again after an unclear reply,
 * naming the answers allowed.
 */
export interface SmsSurveyWords {
  /** Before the first question: how to answer, skip, go back and stop. */
  start: string;
  /** {lo} and {hi}: a number on a scale. */
  retryScale: string;
  retryYesNo: string;
  /** {n}: one of the numbered options. */
  retryOne: string;
  /** {n}: any of the numbered options. */
  retrySeveral: string;
  /** {max}: a comment too long. */
  retryText: string;
  /** SKIP on a question that needs an answer. */
  cannotSkip: string;
  /** The last message: thanks, and how the answers are kept. */
  thanks: string;
}

/**
 * Words read in a reply to a question asked by text, in capitals without accents as replies are
 * compared (surveys/sms/reply.ts). Not keywords: they mean something only as an answer, and English
 * ones are read in every language. `and` joins several choices ("1 y 3").
 */
export interface ReplyWords {
  yes: readonly string[];
  no: readonly string[];
  and: readonly string[];
}

export interface EmailWords {
  /** {org}. */
  subjectInvitation: string;
  subjectReminder: string;
  /** {name}. */
  greeting: string;
  greetingNoName: string;
  /** {org}. */
  leadInvitation: string;
  leadReminder: string;
  button: string;
  /** {min}. */
  privacy: string;
  /** {date}. */
  personal: string;
  unsubscribe: string;
}

/**
 * The SMS keywords in this language, beside the English ones every language honours (carriers act
 * on those). Written in capitals without accents, as inbound texts are compared.
 */
export interface KeywordWords {
  optOut: readonly string[];
  optIn: readonly string[];
  help: readonly string[];
  /** In a survey answered by text: ask the previous question again (surveys/sms/). */
  back: readonly string[];
  /** In a survey answered by text: leave this question unanswered, if it may be. */
  skip: readonly string[];
}

export interface Words {
  origin: WordsOrigin;
  page: PageWords;
  scales: ScaleWords;
  asking: AskingWords;
  problems: { form: ProblemWords; full: ProblemWords; unavailable: ProblemWords };
  /** A poster visitor whose connection has taken its share of tickets. */
  posterLimit: { title: string; body: string };
  shortCode: ShortCodeWords;
  unsubscribe: UnsubscribeWords;
  sms: SmsWords;
  smsSurvey: SmsSurveyWords;
  email: EmailWords;
  keywords: KeywordWords;
  replies: ReplyWords;
}
