// "Answer by text": a question's text message in English and the working language, each with its
// length and segments counted as staff type (surveys/sms/segments.ts, the carriers' rule) and the
// answer keys a reply may use; for a choice, which answers are numbered by text and in what order.
// Without a text message the question is not asked when a worker answers by text.
import { answerKeys, keysLabel } from '../../../surveys/sms/form.ts';
import { smsLength } from '../../../surveys/sms/segments.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useEd } from './editor-context.ts';
import { describedBy, fieldId, questionPath } from './findings.ts';
import { addSms, numbered, removeSms, setNumbered, setSmsText } from './sms-ops.ts';
import { sr } from './sr.tsx';
import { TextPair } from './text-pair.tsx';
import { firstEnabled } from './use-focus.ts';

export function SmsField({ si, qi }: { si: number; qi: number }) {
  const t = useWords('surveys');
  const { ed, findings } = useEd();
  const q = ed.draft.sections[si]!.questions[qi]!;
  const path = [...questionPath(si, qi), 'sms'];
  const id = fieldId(path);

  if (!q.sms) {
    return (
      <fieldset class="sms-field" id={id} tabIndex={-1} aria-describedby={`${id}-hint`}>
        <legend>{t('answerByText')}</legend>
        <p class="hint" id={`${id}-hint`}>
          {t('answerByTextHint')}
        </p>
        <button
          type="button"
          id={`${id}-add`}
          onClick={() => {
            ed.change((w) => addSms(w, si, qi));
            ed.focusLater(fieldId([...path, 'text', 'en']));
          }}
        >
          {t('addSms')}
        </button>
      </fieldset>
    );
  }

  const keys = answerKeys(q);
  return (
    <fieldset
      class="sms-field"
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy(findings, path, `${id}-keys`)}
    >
      <legend>{t('answerByText')}</legend>
      <p class="hint" id={`${id}-keys`}>
        {keys.kind === 'text'
          ? t('smsKeysText', { max: keys.maxLength })
          : t('smsKeys', { keys: keysLabel(keys) })}
      </p>
      <TextPair
        path={[...path, 'text']}
        label={t('smsText')}
        text={q.sms.text}
        multiline
        onText={(lang, value) => ed.change((w) => setSmsText(w, si, qi, lang, value))}
        note={(lang) => {
          const length = smsLength(q.sms?.text[lang] ?? '');
          return t('smsCount', {
            length: length.units,
            segments: length.segments,
            encoding: length.encoding === 'UCS-2' ? 'ucs' : 'gsm',
          });
        }}
      />
      {q.options && q.options.length >= 2 && <Numbered si={si} qi={qi} />}
      <button
        type="button"
        onClick={() => {
          ed.change((w) => removeSms(w, si, qi));
          ed.focusLater(`${id}-add`);
        }}
      >
        {t('removeSms')}
      </button>
    </fieldset>
  );
}

/** A choice's answers as numbered by text, each moved or left out; those left out, each to number again. */
function Numbered({ si, qi }: { si: number; qi: number }) {
  const t = useWords('surveys');
  const { ed, findings } = useEd();
  const q = ed.draft.sections[si]!.questions[qi]!;
  const path = [...questionPath(si, qi), 'sms', 'options'];
  const id = fieldId(path);
  const list = numbered(q);
  const label = (value: string) => q.options?.find((o) => o.value === value)?.label.en?.trim() || value;
  const left = (q.options ?? []).map((o) => o.value).filter((v) => !list.includes(v));
  const set = (values: string[]) => ed.change((w) => setNumbered(w, si, qi, values));

  function move(i: number, dir: -1 | 1) {
    const next = [...list];
    [next[i], next[i + dir]] = [next[i + dir]!, next[i]!];
    set(next);
    const at = `${id}-${i + dir}`;
    const [same, other] = dir < 0 ? ['up', 'down'] : ['down', 'up'];
    ed.focusLater(() => firstEnabled(`${at}-${same}`, `${at}-${other}`));
  }

  return (
    <fieldset id={id} tabIndex={-1} aria-describedby={describedBy(findings, path, `${id}-hint`)}>
      <legend>{t('smsNumbered')}</legend>
      <p class="hint" id={`${id}-hint`}>
        {t('smsNumberedHint')}
      </p>
      <ol class="sms-numbered">
        {list.map((value, i) => (
          <li id={`${id}-${i}`}>
            <span lang="en">{label(value)}</span>{' '}
            <button type="button" id={`${id}-${i}-up`} disabled={i === 0} onClick={() => move(i, -1)}>
              {t.rich('smsMoveUp', { label: label(value), sr })}
            </button>
            <button
              type="button"
              id={`${id}-${i}-down`}
              disabled={i === list.length - 1}
              onClick={() => move(i, 1)}
            >
              {t.rich('smsMoveDown', { label: label(value), sr })}
            </button>
            <button
              type="button"
              // Two numbers at least: a list of one is refused, and none would mean every answer.
              disabled={list.length <= 2}
              onClick={() => {
                set(list.filter((v) => v !== value));
                ed.focusLater(`${id}-left-${value}`);
              }}
            >
              {t.rich('smsLeaveOut', { label: label(value), sr })}
            </button>
          </li>
        ))}
      </ol>
      {left.length > 0 && (
        <>
          <p>{t('smsLeftOut')}</p>
          <ul class="sms-left-out">
            {left.map((value) => (
              <li>
                <span lang="en">{label(value)}</span>{' '}
                <button
                  type="button"
                  id={`${id}-left-${value}`}
                  onClick={() => {
                    set([...list, value]);
                    ed.focusLater(`${id}-${list.length}-up`);
                  }}
                >
                  {t.rich('smsNumberIt', { label: label(value), sr })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}
