// "Remove" asks again in place: the question and its two answers replace the button, focus moves to
// the question's first answer, and Escape or "Keep" puts focus back on the button.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Member } from '../../../server/partnerships/contract.ts';
import { useWords } from '../i18n/use-locale.ts';
import { sr } from './sr-only.tsx';

export function RemoveMember({ member, onConfirm }: { member: Member; onConfirm: () => Promise<boolean> }) {
  const t = useWords('partnership');
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (asking) yes.current?.focus();
    else if (moved.current) start.current?.focus();
    moved.current = true;
  }, [asking]);

  if (!asking)
    return (
      <button type="button" class="danger" ref={start} onClick={() => setAsking(true)}>
        {t.rich('removeMember', { name: member.name, sr })}
      </button>
    );
  const id = `rm-${member.id}`;
  return (
    <div
      class="confirm"
      role="group"
      aria-labelledby={id}
      onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}
    >
      <p id={id}>{t('askRemoveMember', { name: member.name })}</p>
      <div class="row">
        <button
          type="button"
          class="danger"
          ref={yes}
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            // Removed: the row goes, and the list moves focus. Refused: back to the button.
            if (!(await onConfirm())) {
              setBusy(false);
              setAsking(false);
            }
          }}
        >
          {t.rich('yesRemove', { name: member.name, sr })}
        </button>
        <button type="button" onClick={() => setAsking(false)} disabled={busy}>
          {t.rich('keep', { name: member.name, sr })}
        </button>
      </div>
    </div>
  );
}
