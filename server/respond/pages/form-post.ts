// One posted page of the plain form (JavaScript off): merge it into the draft, check it, and decide
// where the person goes next. Returns what to send; the route turns that into a response.
import type { Deps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import {
  coerceFormAnswers,
  validateAnswers,
  visibleQuestions,
  type AnswerError,
  type Answers,
  type SurveyDefinition,
} from '../../../surveys/index.ts';
import type { RawAnswers } from '../../../client/respond/types.ts';
import { discardDraft, saveDraft } from '../drafts.ts';
import type { OpenedLink } from '../link.ts';
import { submitResponse } from '../submit.ts';

export type FormOutcome =
  | { kind: 'go'; step: number }
  | { kind: 'saved' }
  | { kind: 'thanks' }
  /**
   * Show a section again, with what was typed, because something needs fixing: an answer, a submit
   * that came too fast, or a database that could not save it (`storage`: full or unavailable).
   */
  | {
      kind: 'fix';
      step: number;
      answers: RawAnswers;
      errors: Record<string, AnswerError>;
      tooFast?: true;
      storage?: AppError;
    };

const storageCodes = new Set(['STORAGE_FULL', 'STORAGE_UNAVAILABLE']);
const isStorageError = (err: unknown): err is AppError =>
  err instanceof AppError && storageCodes.has(err.code);

const actions = ['next', 'back', 'save', 'submit', 'restart'] as const;
type FormAction = (typeof actions)[number];

/** The next section in `dir` that shows anything for these answers, or null past either end. */
function stepFrom(def: SurveyDefinition, values: Answers, from: number, dir: 1 | -1): number | null {
  for (let i = from + dir; i >= 0 && i < def.sections.length; i += dir) {
    if (visibleQuestions(def, values, def.sections[i]!.id).length > 0) return i;
  }
  return null;
}

export async function handleFormPost(
  deps: Pick<Deps, 'db' | 'atomic' | 'clock' | 'random' | 'config'>,
  link: OpenedLink,
  form: Record<string, string | string[]>,
): Promise<FormOutcome> {
  const def = link.template;
  const posted = Number(form._step);
  const step = Number.isInteger(posted) && posted >= 1 && posted <= def.sections.length ? posted - 1 : 0;
  const action: FormAction = actions.find((a) => a === form._action) ?? 'next';
  const section = def.sections[step]!;
  // "Start over" on a shared phone: whatever this page holds belongs to the person leaving, so none
  // of it is saved.
  if (action === 'restart') {
    await discardDraft(deps, link);
    return { kind: 'go', step: 0 };
  }

  // A browser leaves unticked boxes and emptied fields out of the body, so every question of this
  // page that is not in it was cleared; otherwise an old draft answer would silently come back.
  const given: RawAnswers = coerceFormAnswers(def, form);
  for (const q of section.questions) if (!(q.id in given)) given[q.id] = null;
  const typed = { ...link.draft, ...given };
  try {
    return await saveAndGo(deps, link, action, step, given, typed);
  } catch (err) {
    // Nothing of this page was stored, so the person gets it back as typed, to send again later.
    if (isStorageError(err)) return { kind: 'fix', step, answers: typed, errors: {}, storage: err };
    throw err;
  }
}

async function saveAndGo(
  deps: Pick<Deps, 'db' | 'atomic' | 'clock' | 'random' | 'config'>,
  link: OpenedLink,
  action: Exclude<FormAction, 'restart'>,
  step: number,
  given: RawAnswers,
  typed: RawAnswers,
): Promise<FormOutcome> {
  const def = link.template;
  const section = def.sections[step]!;
  const saved = await saveDraft(deps, link, given);

  if (action === 'save') return { kind: 'saved' };
  if (action === 'back') return { kind: 'go', step: stepFrom(def, saved, step, -1) ?? step };
  const { errors } = validateAnswers(def, typed, { sectionIds: [section.id] });
  if (Object.keys(errors).length > 0) return { kind: 'fix', step, answers: typed, errors };
  const ahead = stepFrom(def, saved, step, 1);
  if (ahead !== null) return { kind: 'go', step: ahead };

  try {
    await submitResponse(deps, link, saved);
    return { kind: 'thanks' };
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    if (err.code === 'RATE_LIMITED') return { kind: 'fix', step, answers: typed, errors: {}, tooFast: true };
    if (err.code !== 'VALIDATION_FAILED') throw err;
    // Only reachable by skipping ahead with ?step=: send the person to the first section to fix.
    const all = err.details as Record<string, AnswerError>;
    const at = Math.max(
      0,
      def.sections.findIndex((s) => s.questions.some((q) => all[q.id])),
    );
    return { kind: 'fix', step: at, answers: typed, errors: all };
  }
}
