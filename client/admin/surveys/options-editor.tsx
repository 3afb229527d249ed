// The answers of a choice question: each label in every language, the value stored for it (made from
// the English label while the answer is new, editable), moved and removed with focus kept on it.
import { draftLimits } from '../../../surveys/draft.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useEd } from './editor-context.ts';
import { describedBy, fieldId, questionPath, under } from './findings.ts';
import {
  addOption,
  isFreshOption,
  moveOption,
  removeOption,
  setOptionLabel,
  setOptionValueByHand,
} from './question-ops.ts';
import { sr } from './sr.tsx';
import { TextPair } from './text-pair.tsx';
import { firstEnabled } from './use-focus.ts';

export function OptionsEditor({ si, qi }: { si: number; qi: number }) {
  const t = useWords('surveys');
  const { ed, findings } = useEd();
  const q = ed.draft.sections[si]!.questions[qi]!;
  const options = q.options ?? [];
  const path = [...questionPath(si, qi), 'options'];
  const id = fieldId(path);

  function move(oi: number, dir: -1 | 1) {
    const to = ed.change((w) => moveOption(w, si, qi, oi, dir));
    if (to === null) return;
    const at = fieldId([...path, to]);
    const [same, other] = dir < 0 ? ['up', 'down'] : ['down', 'up'];
    ed.focusLater(() => firstEnabled(`${at}-${same}`, `${at}-${other}`));
  }

  return (
    <fieldset id={id} tabIndex={-1} aria-describedby={describedBy(findings, path)}>
      <legend>{t('answersToChoose')}</legend>
      <ol class="options">
        {options.map((o, oi) => {
          const at = [...path, oi];
          const valuePath = [...at, 'value'];
          const fresh = isFreshOption(ed.work, q.id, o.value);
          const bad = under(findings, valuePath).some((f) => f.severity === 'blocking');
          return (
            <li id={fieldId(at)} tabIndex={-1}>
              <TextPair
                path={[...at, 'label']}
                label={t('answerN', { n: oi + 1 })}
                text={o.label}
                onText={(lang, value) => ed.change((w) => setOptionLabel(w, si, qi, oi, lang, value))}
              />
              <div class="row">
                <div class={`field narrow${bad ? ' invalid' : ''}`}>
                  <label for={fieldId(valuePath)}>{t('valueStored', { n: oi + 1 })}</label>
                  <input
                    id={fieldId(valuePath)}
                    value={o.value}
                    maxLength={64}
                    aria-describedby={describedBy(findings, valuePath, `${fieldId(valuePath)}-hint`)}
                    aria-invalid={bad || undefined}
                    onInput={(e) =>
                      ed.change((w) => setOptionValueByHand(w, si, qi, oi, e.currentTarget.value))
                    }
                  />
                  <p class="hint" id={`${fieldId(valuePath)}-hint`}>
                    {t(fresh ? 'valueFresh' : 'valueFixed')}
                  </p>
                </div>
                <button
                  type="button"
                  id={`${fieldId(at)}-up`}
                  disabled={oi === 0}
                  onClick={() => move(oi, -1)}
                >
                  {t.rich('moveUpAnswer', { n: oi + 1, sr })}
                </button>
                <button
                  type="button"
                  id={`${fieldId(at)}-down`}
                  disabled={oi === options.length - 1}
                  onClick={() => move(oi, 1)}
                >
                  {t.rich('moveDownAnswer', { n: oi + 1, sr })}
                </button>
                <button
                  type="button"
                  class="danger"
                  onClick={() => {
                    ed.change((w) => removeOption(w, si, qi, oi));
                    ed.focusLater(`${id}-add`);
                  }}
                >
                  {t.rich('removeAnswer', { n: oi + 1, sr })}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        id={`${id}-add`}
        disabled={options.length >= draftLimits.options}
        onClick={() => {
          const oi = ed.change((w) => addOption(w, si, qi));
          ed.focusLater(fieldId([...path, oi, 'label', 'en']));
        }}
      >
        {t('addAnswer')}
      </button>
    </fieldset>
  );
}
