// A question as a fieldset with a legend, its hint, help and error, around its type's renderer
// (client/respond/types/). Used by the server render (no handlers: a plain form) and by the island
// (with `set`: controlled inputs).
import type { UiText } from '../../surveys/i18n.ts';
import type { AnswerError } from '../../surveys/logic.ts';
import { renderers } from './types/index.ts';
import type { PageQuestion } from './types.ts';

export type SetAnswer = (id: string, value: unknown) => void;

export interface QuestionProps {
  q: PageQuestion;
  /** The raw answer, possibly invalid, so what a person typed is never lost on a re-render. */
  value: unknown;
  error?: AnswerError | undefined;
  hint?: string | undefined;
  ui: UiText;
  set?: SetAnswer | undefined;
}

export function Question(p: QuestionProps) {
  const { q, ui, error, hint } = p;
  const ids = { hint: `d-${q.id}`, help: `h-${q.id}`, error: `e-${q.id}` };
  const r = renderers[q.type];
  const help = [q.help, r.note?.(q, ui)].filter(Boolean).join(' ');
  const described =
    [hint && ids.hint, help && ids.help, error && ids.error].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset id={`q-${q.id}`} class={error ? 'q bad' : 'q'}>
      <legend id={`l-${q.id}`}>
        {q.text} <span class="tag">({q.required ? ui.required : ui.optional})</span>
      </legend>
      {hint && (
        <p class="hint" id={ids.hint}>
          {hint}
        </p>
      )}
      {help && (
        <p class="help" id={ids.help}>
          {help}
        </p>
      )}
      {error && (
        <p class="err" id={ids.error}>
          {ui.errors[error]}
        </p>
      )}
      <r.Control {...p} choices={r.choices(q, ui)} described={described} />
    </fieldset>
  );
}
