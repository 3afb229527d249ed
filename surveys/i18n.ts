// Page chrome for the respondent page. Many respondents read on an old phone in their second language,
// so every string is short and plain, and Spanish uses "usted" as a stranger asking a favor would.
import type { AnswerError } from './logic.js';
import type { Lang } from './schema.js';
import { agree5 } from './types/agree5.js';
import { likelihood } from './types/likelihood.js';
import { rating10 } from './types/rating10.js';
import { yesno } from './types/yesno.js';

// The respondent's island imports `format` from its own file: `ui` below reads the type modules, so a
// bundler cannot tell it is unused and would ship both languages' strings to every phone.
export { format } from './format.js';

export interface UiText {
  start: string;
  next: string;
  back: string;
  submit: string;
  saveLater: string;
  savedTitle: string;
  savedBody: string;
  /** Template with {n} and {total}. */
  progress: string;
  /** Template with {n}. */
  minutes: string;
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
  /** Label of the link to the other language, written in that language. */
  languageSwitch: string;
  anonymityNote: string;
  // The words of the question types' scales come from their modules (surveys/types/); the page carries
  // them here, in its language, so the island never bundles both languages' words.
  /** Labels for agree5 answers 1..5. */
  agreeScale: readonly [string, string, string, string, string];
  likelihoodLow: string;
  likelihoodHigh: string;
  ratingLow: string;
  ratingHigh: string;
  yes: string;
  no: string;
  chooseAll: string;
  /** Template with {max}. */
  chooseUpTo: string;
  /** Template with {n}. */
  charactersLeft: string;
  errors: Record<AnswerError, string>;
}

export const ui: Record<Lang, UiText> = {
  en: {
    start: 'Start',
    next: 'Next',
    back: 'Back',
    submit: 'Send my answers',
    saveLater: 'Save and finish later',
    savedTitle: 'Your answers are saved',
    savedBody: 'To finish, open the same link again. Your answers will be waiting for you.',
    progress: 'Part {n} of {total}',
    minutes: 'About {n} minutes',
    required: 'required',
    optional: 'optional',
    errorSummary: 'Some answers need a fix. Please look at the questions marked below.',
    thanksTitle: 'Thank you!',
    thanksBody:
      'We got your answers. Thank you for your time. What you told us will help make things better.',
    usedTitle: 'This survey is already done',
    usedBody: 'Answers were already sent from this link. Each link can be used one time.',
    closedTitle: 'This survey is closed',
    closedBody: 'The time to answer this survey is over. Thank you for your interest.',
    notOpenTitle: 'This survey is not open yet',
    notOpenBody: 'Please try this link again later.',
    unknownTitle: 'We could not find this survey',
    unknownBody: 'The link may be wrong or cut off. Check that you copied the whole link from your message.',
    busyTitle: 'Please try again in a minute',
    busyBody: 'A lot of people are answering right now. Please wait a minute and try again.',
    languageSwitch: 'Español',
    anonymityNote:
      'Your answers are anonymous. Your employer will never see your name with your answers. ' +
      'We only show results for groups of 5 or more people.',
    agreeScale: agree5.labels.en.points,
    likelihoodLow: likelihood.labels.en.ends[0],
    likelihoodHigh: likelihood.labels.en.ends[1],
    ratingLow: rating10.labels.en.ends[0],
    ratingHigh: rating10.labels.en.ends[1],
    yes: yesno.labels.en.points[0],
    no: yesno.labels.en.points[1],
    chooseAll: 'Choose all that apply.',
    chooseUpTo: 'Choose up to {max}.',
    charactersLeft: '{n} characters left',
    errors: {
      required: 'Please answer this question.',
      invalid: 'This answer is not valid. Please check it.',
      too_long: 'This answer is too long. Please make it shorter.',
      too_many: 'You chose too many answers. Please choose fewer.',
    },
  },
  es: {
    start: 'Comenzar',
    next: 'Siguiente',
    back: 'Atrás',
    submit: 'Enviar mis respuestas',
    saveLater: 'Guardar y terminar después',
    savedTitle: 'Sus respuestas están guardadas',
    savedBody: 'Para terminar, abra otra vez el mismo enlace. Ahí estarán sus respuestas.',
    progress: 'Parte {n} de {total}',
    minutes: 'Unos {n} minutos',
    required: 'obligatoria',
    optional: 'opcional',
    errorSummary: 'Algunas respuestas necesitan corrección. Por favor, revise las preguntas marcadas abajo.',
    thanksTitle: '¡Gracias!',
    thanksBody: 'Recibimos sus respuestas. Gracias por su tiempo. Lo que nos dijo nos ayudará a mejorar.',
    usedTitle: 'Esta encuesta ya fue contestada',
    usedBody: 'Ya se enviaron respuestas desde este enlace. Cada enlace se puede usar una sola vez.',
    closedTitle: 'Esta encuesta ya cerró',
    closedBody: 'Ya terminó el plazo para contestar esta encuesta. Gracias por su interés.',
    notOpenTitle: 'Esta encuesta todavía no está abierta',
    notOpenBody: 'Por favor, intente abrir este enlace más tarde.',
    unknownTitle: 'No encontramos esta encuesta',
    unknownBody:
      'Es posible que el enlace esté mal o incompleto. Revise que copió el enlace completo de su mensaje.',
    busyTitle: 'Por favor, inténtelo de nuevo en un minuto',
    busyBody: 'Hay mucha gente contestando en este momento. Espere un minuto y vuelva a intentarlo.',
    languageSwitch: 'English',
    anonymityNote:
      'Sus respuestas son anónimas. Su empleador nunca verá su nombre junto con sus respuestas. ' +
      'Solo mostramos resultados de grupos de 5 personas o más.',
    agreeScale: agree5.labels.es.points,
    likelihoodLow: likelihood.labels.es.ends[0],
    likelihoodHigh: likelihood.labels.es.ends[1],
    ratingLow: rating10.labels.es.ends[0],
    ratingHigh: rating10.labels.es.ends[1],
    yes: yesno.labels.es.points[0],
    no: yesno.labels.es.points[1],
    chooseAll: 'Elija todas las que correspondan.',
    chooseUpTo: 'Elija hasta {max}.',
    charactersLeft: 'Le quedan {n} caracteres',
    errors: {
      required: 'Por favor, conteste esta pregunta.',
      invalid: 'Esta respuesta no es válida. Por favor, revísela.',
      too_long: 'Esta respuesta es demasiado larga. Por favor, hágala más corta.',
      too_many: 'Eligió demasiadas respuestas. Por favor, elija menos.',
    },
  },
};
