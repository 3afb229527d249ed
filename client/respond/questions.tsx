// One renderer per question type, used by the server render (no handlers: a plain form) and by the
// island (with `set`: controlled inputs). Every question is a fieldset with a legend.
import { format, type UiText } from '../../surveys/i18n.ts';
import type { AnswerError } from '../../surveys/logic.ts';
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

interface ControlProps extends QuestionProps {
  /** ids of the hint, help and error texts, for aria-describedby */
  described?: string | undefined;
}

type Choice = { value: string; label: string };

const range = (lo: number, hi: number) => Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
const numbered = (lo: number, hi: number): Choice[] =>
  range(lo, hi).map((n) => ({ value: String(n), label: String(n) }));
const chosen = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value == null ? [] : [value]).map(String);

function choicesOf(q: PageQuestion, ui: UiText): Choice[] {
  switch (q.type) {
    case 'agree5':
      return ui.agreeScale.map((label, i) => ({ value: String(i + 1), label }));
    case 'yesno':
      return [
        { value: 'yes', label: ui.yes },
        { value: 'no', label: ui.no },
      ];
    case 'likelihood':
      return numbered(0, 10);
    case 'rating10':
      return numbered(1, 10);
    default:
      return q.options ?? [];
  }
}

/** Large labelled rows: radios, or checkboxes for a multi question. */
function Rows(p: ControlProps) {
  const { q, set } = p;
  const multi = q.type === 'multi';
  const numeric = q.type === 'agree5';
  const picked = chosen(p.value);
  const choices = choicesOf(q, p.ui);
  const pick = (v: string, on: boolean) => {
    if (!set) return;
    if (!multi) return set(q.id, numeric ? Number(v) : v);
    // Kept in option order, as validation stores them.
    set(
      q.id,
      choices.map((c) => c.value).filter((c) => (c === v ? on : picked.includes(c))),
    );
  };
  return (
    <div class="opts">
      {choices.map((c, i) => (
        <label class="opt" key={c.value}>
          <input
            type={multi ? 'checkbox' : 'radio'}
            name={q.id}
            value={c.value}
            id={i === 0 ? `f-${q.id}` : undefined}
            checked={picked.includes(c.value)}
            aria-invalid={p.error ? 'true' : undefined}
            aria-describedby={p.described}
            onChange={set && ((e) => pick(c.value, e.currentTarget.checked))}
          />
          <span>{c.label}</span>
        </label>
      ))}
    </div>
  );
}

/** 0-10 and 1-10 scales: number buttons that wrap, with the meaning of both ends in words. */
function Scale(p: ControlProps) {
  const { q, ui, set } = p;
  const picked = chosen(p.value);
  const choices = choicesOf(q, ui);
  const [low, high] =
    q.type === 'likelihood' ? [ui.likelihoodLow, ui.likelihoodHigh] : [ui.ratingLow, ui.ratingHigh];
  const ends = `n-${q.id}`;
  return (
    <div>
      <p class="ends" id={ends}>
        <span>{`${choices[0]?.label} = ${low}`}</span>
        <span>{`${choices[choices.length - 1]?.label} = ${high}`}</span>
      </p>
      <div class="boxes">
        {choices.map((c, i) => (
          <label class="box" key={c.value}>
            <input
              type="radio"
              name={q.id}
              value={c.value}
              id={i === 0 ? `f-${q.id}` : undefined}
              checked={picked.includes(c.value)}
              aria-invalid={p.error ? 'true' : undefined}
              aria-describedby={p.described ? `${ends} ${p.described}` : ends}
              onChange={set && (() => set(q.id, Number(c.value)))}
            />
            <span>{c.label}</span>
          </label>
        ))}
      </div>
    </div>
  );
}

function Text(p: ControlProps) {
  const { q, ui, set } = p;
  const value = typeof p.value === 'string' ? p.value : '';
  const max = q.maxLength ?? 500;
  const left = max - [...value].length;
  const count = `c-${q.id}`;
  return (
    <div>
      <textarea
        id={`f-${q.id}`}
        name={q.id}
        rows={5}
        maxLength={max}
        aria-labelledby={`l-${q.id}`}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={p.described ? `${p.described} ${count}` : count}
        value={value}
        onInput={set && ((e) => set(q.id, e.currentTarget.value))}
      />
      <p class="count" id={count}>
        {format(ui.charactersLeft, { n: Math.max(left, 0) })}
      </p>
    </div>
  );
}

export function Question(p: QuestionProps) {
  const { q, ui, error, hint } = p;
  const ids = { hint: `d-${q.id}`, help: `h-${q.id}`, error: `e-${q.id}` };
  const note = q.type === 'multi' ? (q.max ? format(ui.chooseUpTo, { max: q.max }) : ui.chooseAll) : null;
  const help = [q.help, note].filter(Boolean).join(' ');
  const described =
    [hint && ids.hint, help && ids.help, error && ids.error].filter(Boolean).join(' ') || undefined;
  const Control = q.type === 'text' ? Text : q.type === 'likelihood' || q.type === 'rating10' ? Scale : Rows;
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
      <Control {...p} described={described} />
    </fieldset>
  );
}
