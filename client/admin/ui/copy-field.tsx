// A secret or link shown once, read-only, with a Copy button: the clipboard where the browser allows
// it, else the text left selected to copy by hand. Says what happened in a status line.
import { useEffect, useRef, useState } from 'preact/hooks';

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
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => setCopied(null), [value]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(`Copied the ${what}.`);
    } catch {
      // No clipboard (an insecure origin, or refused): leave the text selected to copy by hand.
      field.current?.select();
      setCopied(`The ${what} is selected: copy it with Ctrl+C (⌘C on a Mac).`);
    }
  }

  return (
    <>
      <div class="field">
        <label for={id}>{label}</label>
        <div class="row">
          <input id={id} ref={field} readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" onClick={() => void copy()}>
            Copy {what}
          </button>
        </div>
      </div>
      <p role="status">{copied}</p>
    </>
  );
}
