// Free text: a text box that counts the characters left.
import { format } from '../../../surveys/format.ts';
import { defaultTextMaxLength } from '../../../surveys/types/text.ts';
import type { ControlProps, Renderer } from './controls.tsx';

function TextBox(p: ControlProps) {
  const { q, ui, set } = p;
  const value = typeof p.value === 'string' ? p.value : '';
  const max = q.maxLength ?? defaultTextMaxLength;
  const left = max - [...value].length;
  const count = `c-${q.id}`;
  return (
    <div>
      <textarea
        id={`f-${q.id}`}
        name={q.id}
        rows={5}
        // A comment may be in another language than the page's: it runs in the direction it is typed in.
        dir="auto"
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

export const textRenderer: Renderer = {
  choices: () => [],
  Control: TextBox,
};
