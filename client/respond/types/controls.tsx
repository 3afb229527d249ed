// What every question type's renderer is, and the two controls most of them share: large labelled rows
// (radios, or checkboxes for a multi question) and a wrapping row of number buttons.
import type { JSX } from 'preact';
import type { UiText } from '../../../surveys/i18n.ts';
import { answerTypes } from '../../../surveys/types/answers.ts';
import type { QuestionProps } from '../questions.tsx';
import type { PageQuestion } from '../types.ts';

export type Choice = { value: string; label: string };

export interface ControlProps extends QuestionProps {
  /** ids of the hint, help and error texts, for aria-describedby */
  described?: string | undefined;
  /** The renderer's `choices` for this question. */
  choices: Choice[];
}

/** How one question type is shown, on the server (a plain form) and in the island (with `set`). */
export interface Renderer {
  /** The answers offered, in order, with the words the respondent reads; none for free text. */
  choices(q: PageQuestion, ui: UiText): Choice[];
  /** How to answer, read with the help text ("Choose up to 2."). */
  note?(q: PageQuestion, ui: UiText): string;
  Control(p: ControlProps): JSX.Element;
}

const chosen = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value == null ? [] : [value]).map(String);

/** A scale's points as numbered choices. */
export const numbered = (q: PageQuestion): Choice[] =>
  answerTypes[q.type].values(q).map((value) => ({ value, label: value }));

/** What choosing `v` sets: exactly what the plain form would post, as the question's type reads it. */
const tapped = (q: PageQuestion, v: string): unknown => answerTypes[q.type].fromForm([v]);

/** Large labelled rows: radios, or checkboxes for a multi question. */
export function Rows(p: ControlProps & { multi?: boolean }) {
  const { q, set, choices, multi } = p;
  const picked = chosen(p.value);
  const pick = (v: string, on: boolean) => {
    if (!set) return;
    if (!multi) return set(q.id, tapped(q, v));
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
export function NumberScale(p: ControlProps & { ends: readonly [string, string] }) {
  const { q, set, choices } = p;
  const picked = chosen(p.value);
  const [low, high] = p.ends;
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
              onChange={set && (() => set(q.id, tapped(q, c.value)))}
            />
            <span>{c.label}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
