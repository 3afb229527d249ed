// Every field of one opened question: its text and help in each language, its type, whether it must be
// answered, what the type takes (a dimension and direction, options, a most-to-choose), skip logic, and
// its text message for answering by text.
import { draftLimits } from '../../../surveys/draft.ts';
import { questionTypes, type QuestionType } from '../../../surveys/schema.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useEd } from './editor-context.ts';
import { DimensionField } from './dimension-field.tsx';
import { describedBy, fieldId, questionPath } from './findings.ts';
import { typeKeys } from './labels.ts';
import { OptionsEditor } from './options-editor.tsx';
import { setType } from './question-ops.ts';
import { SkipLogic } from './skip-logic.tsx';
import { SmsField } from './sms-field.tsx';
import { TextPair } from './text-pair.tsx';
import { followText, questionAt, settle } from './work.ts';

export function QuestionFields({ si, qi }: { si: number; qi: number }) {
  const t = useWords('surveys');
  const { ed, findings } = useEd();
  const q = ed.draft.sections[si]!.questions[qi]!;
  const path = questionPath(si, qi);
  const at = (...rest: string[]) => [...path, ...rest];
  const fresh = ed.work.fresh.has(`q:${q.id}`);
  const edit = (fn: (x: typeof q) => void) => ed.change((w) => fn(questionAt(w, si, qi)));

  return (
    <>
      <TextPair
        path={at('text')}
        label={t('question')}
        text={q.text}
        multiline
        onText={(lang, value) =>
          ed.change((w) => {
            questionAt(w, si, qi).text[lang] = value;
            if (lang === 'en') followText(w, si, qi);
          })
        }
        onLeaveEnglish={() => fresh && q.text.en?.trim() && ed.change((w) => settle(w, `q:${q.id}`), false)}
      />
      <p class="hint">{t(fresh ? 'idFollows' : 'idFixed', { id: q.id })}</p>
      {q.help ? (
        <>
          <TextPair
            path={at('help')}
            label={t('helpText')}
            text={q.help}
            onText={(lang, value) => edit((x) => void (x.help![lang] = value))}
          />
          <button
            type="button"
            onClick={() => {
              edit((x) => delete x.help);
              ed.focusLater(`${fieldId(path)}-add-help`);
            }}
          >
            {t('removeHelp')}
          </button>
        </>
      ) : (
        <button
          type="button"
          id={`${fieldId(path)}-add-help`}
          onClick={() => {
            edit((x) => void (x.help = {}));
            ed.focusLater(fieldId(at('help', 'en')));
          }}
        >
          {t('addHelp')}
        </button>
      )}
      <div class="row">
        <div class="field">
          <label for={fieldId(at('type'))}>{t('typeOfAnswer')}</label>
          <select
            id={fieldId(at('type'))}
            value={q.type}
            aria-describedby={describedBy(findings, at('type'))}
            onChange={(e) => ed.change((w) => setType(w, si, qi, e.currentTarget.value as QuestionType))}
          >
            {questionTypes.map((type) => (
              <option value={type}>{t(typeKeys[type])}</option>
            ))}
          </select>
        </div>
        <label class="check">
          <input
            type="checkbox"
            id={fieldId(at('required'))}
            checked={q.required}
            onChange={(e) => edit((x) => void (x.required = e.currentTarget.checked))}
          />
          {t('answerRequired')}
        </label>
      </div>
      {q.type === 'agree5' && <DimensionField si={si} qi={qi} />}
      {(q.type === 'single' || q.type === 'multi') && <OptionsEditor si={si} qi={qi} />}
      {q.type === 'multi' && (
        <div class="field narrow">
          <label for={fieldId(at('max'))}>{t('maxAnswers')}</label>
          <input
            id={fieldId(at('max'))}
            type="number"
            min={1}
            max={draftLimits.options}
            value={q.max ?? ''}
            aria-describedby={describedBy(findings, at('max'))}
            onInput={(e) => {
              const n = Number(e.currentTarget.value);
              edit((x) => {
                if (e.currentTarget.value === '' || !Number.isInteger(n) || n < 1) delete x.max;
                else x.max = Math.min(n, draftLimits.options);
              });
            }}
          />
        </div>
      )}
      <SkipLogic si={si} qi={qi} />
      <SmsField si={si} qi={qi} />
    </>
  );
}
