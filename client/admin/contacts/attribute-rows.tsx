// A contact's attributes (occupation, shift...) as rows of a name and a value; a row can be added and
// removed, and removing one moves focus to the next row's name (or the add button) so the keyboard
// never lands on nothing.
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { useWords } from '../i18n/use-locale.ts';

export interface Attr {
  key: string;
  value: string;
}

const sr = (chunks: ComponentChildren[]) => <span class="sr-only">{chunks}</span>;

export function AttributeRows(props: {
  rows: Attr[];
  onRows: (rows: Attr[]) => void;
  errors: Record<string, string>;
}) {
  const { rows, onRows } = props;
  const t = useWords('contacts');
  const box = useRef<HTMLFieldSetElement>(null);
  const focusRow = (i: number) =>
    setTimeout(() => {
      const inputs = box.current?.querySelectorAll<HTMLElement>('input[data-attr-name]');
      (inputs?.[i] ?? box.current?.querySelector<HTMLElement>('button[data-add]'))?.focus();
    });
  const change = (i: number, part: Partial<Attr>) =>
    onRows(rows.map((r, k) => (k === i ? { ...r, ...part } : r)));
  const attrError = Object.entries(props.errors).find(([path]) => path.startsWith('attributes'))?.[1];
  return (
    <fieldset ref={box}>
      <legend>{t('attributes')}</legend>
      <p class="hint" id="attr-hint">
        {t('attributesHint')}
      </p>
      {attrError && (
        <p class="error" id="attr-error">
          {attrError}
        </p>
      )}
      {rows.map((r, i) => (
        <div class="row">
          <div class="field">
            <label for={`attr-name-${i}`}>{t('name')}</label>
            <input
              id={`attr-name-${i}`}
              data-attr-name
              value={r.key}
              aria-describedby={attrError ? 'attr-hint attr-error' : 'attr-hint'}
              aria-invalid={attrError ? true : undefined}
              onInput={(e) => change(i, { key: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for={`attr-value-${i}`}>{t('value')}</label>
            <input
              id={`attr-value-${i}`}
              value={r.value}
              onInput={(e) => change(i, { value: e.currentTarget.value })}
            />
          </div>
          <button
            type="button"
            onClick={() => {
              onRows(rows.filter((_, k) => k !== i));
              focusRow(i);
            }}
          >
            {t.rich('removeAttribute', { name: r.key || String(i + 1), sr })}
          </button>
        </div>
      ))}
      <button
        type="button"
        data-add
        onClick={() => {
          onRows([...rows, { key: '', value: '' }]);
          focusRow(rows.length);
        }}
      >
        {t('addAttribute')}
      </button>
    </fieldset>
  );
}
