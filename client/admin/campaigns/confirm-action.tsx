// A button whose action is asked about in place first: the question says what will happen, focus goes
// to its first answer, and "No" or Escape brings focus back to the button.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

export function ConfirmAction(p: {
  id: string;
  label: string;
  question: string;
  children: ComponentChildren;
  yes: string;
  no: string;
  danger?: boolean;
  busy: boolean;
  onConfirm: () => void;
}) {
  const [asking, setAsking] = useState(false);
  const start = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useLayoutEffect(() => {
    if (asking) first.current?.focus();
    else if (wasAsking.current) start.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking)
    return (
      <button
        type="button"
        class={p.danger ? 'danger' : undefined}
        ref={start}
        disabled={p.busy}
        onClick={() => setAsking(true)}
      >
        {p.label}
      </button>
    );
  return (
    <div
      class="confirm card"
      role="group"
      aria-labelledby={`${p.id}-q`}
      onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}
    >
      <p id={`${p.id}-q`}>{p.question}</p>
      {p.children}
      <div class="row">
        <button
          type="button"
          class={p.danger ? 'danger' : 'primary'}
          ref={first}
          disabled={p.busy}
          onClick={() => {
            setAsking(false);
            p.onConfirm();
          }}
        >
          {p.yes}
        </button>
        <button type="button" disabled={p.busy} onClick={() => setAsking(false)}>
          {p.no}
        </button>
      </div>
    </div>
  );
}
