// A secret or link shown once, read-only, with a Copy button: the clipboard where the browser allows
// it, else the text left selected to copy by hand. Says what happened in a status line.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useWords } from '../i18n/use-locale.ts';

/** `what` names the thing in the staff member's language ("link", "el enlace"). */
export function CopyField({
  id,
  label,
  value,
  what,
}: {
  id: string;
  label: string;
  value: string;
  what: string;
}) {
  const t = useWords('shell');
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => setCopied(null), [value]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(t('copied', { what }));
    } catch {
      // No clipboard (an insecure origin, or refused): leave the text selected to copy by hand.
      field.current?.select();
      setCopied(t('copySelected', { what }));
    }
  }

  return (
    <>
      <div class="field">
        <label for={id}>{label}</label>
        <div class="row">
          <input id={id} ref={field} readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" onClick={() => void copy()}>
            {t('copy', { what })}
          </button>
        </div>
      </div>
      <p role="status">{copied}</p>
    </>
  );
}
