// Which questions a section shows, shared by the server render and the island so both agree.
import { format } from '../../surveys/format.ts';
import type { UiText } from '../../surveys/i18n.ts';
import { validateAnswers, visibleQuestions } from '../../surveys/logic.ts';
import type { Answers } from '../../surveys/schema.ts';
import type { ExtraText } from './strings.ts';
import { renderers } from './types/index.ts';
import type { PageQuestion, PageSurvey, RawAnswers } from './types.ts';

export interface ShownQuestion {
  q: PageQuestion;
  /** Set when the question follows an answer on the same page and JavaScript cannot hide it live. */
  hint?: string;
}

/** The valid answers among raw ones; skip logic reads only these, exactly as the server does. */
export function cleanValues(survey: PageSurvey, raw: RawAnswers): Answers {
  return validateAnswers(survey, raw, { partial: true }).values;
}

/** The nearest section from `from` in direction `dir` that shows any question, or null at either end. */
export function findStep(survey: PageSurvey, values: Answers, from: number, dir: 1 | -1): number | null {
  for (let i = from + dir; i >= 0 && i < survey.sections.length; i += dir) {
    if (visibleQuestions(survey, values, survey.sections[i]!.id).length > 0) return i;
  }
  return null;
}

/** With JavaScript on, a section shows exactly its visible questions and they change as people answer. */
export function liveQuestions(survey: PageSurvey, values: Answers, step: number): ShownQuestion[] {
  return visibleQuestions(survey, values, survey.sections[step]?.id).map((q) => ({ q }));
}

/**
 * Without JavaScript, a follow-up whose controlling question is on the same page is shown with a hint
 * ("answer only if you chose Yes above"), since the page cannot hide it as the answer changes; the
 * server drops its answer if it ends up hidden. Follow-ups of earlier pages are decided already.
 */
export function staticQuestions(
  survey: PageSurvey,
  values: Answers,
  step: number,
  ui: UiText,
  text: ExtraText,
): ShownQuestion[] {
  const section = survey.sections[step];
  if (!section) return [];
  const visible = new Set(visibleQuestions(survey, values, section.id).map((q) => q.id));
  const shown: ShownQuestion[] = [];
  for (const q of section.questions) {
    const ctrl = q.showIf && section.questions.find((c) => c.id === q.showIf!.question);
    const ctrlShown = ctrl && shown.some((s) => s.q.id === ctrl.id);
    if (ctrl && ctrlShown) {
      const labels = q.showIf!.in.map((v) => `“${answerLabel(ctrl, v, ui)}”`);
      shown.push({ q, hint: format(text.dependsOn, { answers: labels.join(` ${text.or} `) }) });
    } else if (visible.has(q.id)) {
      shown.push({ q });
    }
  }
  return shown;
}

/** The words the respondent reads for an answer, as its question's renderer offers it. */
function answerLabel(q: PageQuestion, value: string | number, ui: UiText): string {
  const v = String(value);
  return renderers[q.type].choices(q, ui).find((c) => c.value === v)?.label ?? v;
}
