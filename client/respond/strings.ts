// Page strings the island and the server render need beyond surveys/i18n.ts's `ui`. They belong there
// in the long run (one place for every respondent string); until then both languages live here.
import type { Lang } from '../../surveys/schema.ts';

export interface ExtraText {
  /** Shown without JavaScript above a follow-up question, which cannot hide live. Template with {answers}. */
  dependsOn: string;
  /** Joins the answers in `dependsOn`. */
  or: string;
  /** A fetch failed: the answers stay in the page and the same button tries again. */
  offline: string;
  /** The open-link guard refused a submit made seconds after the ticket was minted. */
  tooFast: string;
  /** Poster tickets only (a shared phone or kiosk): clears the saved answers and goes back to the start. */
  startOver: string;
}

export const extraText: Record<Lang, ExtraText> = {
  en: {
    dependsOn: 'Answer this only if you chose {answers} above.',
    or: 'or',
    offline:
      'We could not reach the server. Your answers are still here. Check your connection and try again.',
    tooFast: 'That was very fast. Please take a moment to read the questions, then send your answers again.',
    startOver: 'Start over (clears these answers)',
  },
  es: {
    dependsOn: 'Conteste esta pregunta solo si eligió {answers} arriba.',
    or: 'o',
    offline:
      'No pudimos conectar con el servidor. Sus respuestas siguen aquí. Revise su conexión e inténtelo otra vez.',
    tooFast:
      'Eso fue muy rápido. Tómese un momento para leer las preguntas y vuelva a enviar sus respuestas.',
    startOver: 'Empezar de nuevo (borra estas respuestas)',
  },
};
