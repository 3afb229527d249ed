// An agree item's dimension and direction. The choices are the kind's built-in dimensions (for a
// worker survey, the eight job-quality factors) and the survey's own; "Add a dimension" makes one.
import { useState } from 'preact/hooks';
import type { DraftText } from '../../../surveys/draft.ts';
import { bankDimensions } from '../../../surveys/item-bank/index.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useEd } from './editor-context.ts';
import { describedBy, fieldId, questionPath } from './findings.ts';
import { inLocale } from './labels.ts';
import { TextPairPlain } from './text-pair.tsx';
import { addDimension } from './structure-ops.ts';
import { questionAt } from './work.ts';

export function DimensionField({ si, qi }: { si: number; qi: number }) {
  const t = useWords('surveys');
  const { ed, findings } = useEd();
  const q = ed.draft.sections[si]!.questions[qi]!;
  const path = questionPath(si, qi);
  const id = fieldId([...path, 'dimension']);
  const builtIn = bankDimensions(ed.survey.kind);
  const own = ed.draft.dimensions.filter((d) => !builtIn.some((b) => b.id === d.id));
  const [adding, setAdding] = useState<DraftText | null>(null);

  function choose(value: string) {
    ed.change((w) => {
      const x = questionAt(w, si, qi);
      if (!value) return void delete x.dimension;
      const known = builtIn.find((b) => b.id === value);
      if (known) addDimension(w, known.label, known.id);
      x.dimension = value;
    });
  }

  function add() {
    if (!adding?.en?.trim()) return;
    ed.change((w) => {
      questionAt(w, si, qi).dimension = addDimension(w, adding);
    });
    setAdding(null);
    ed.focusLater(id);
  }

  return (
    <>
      <div class="row">
        <div class="field">
          <label for={id}>{t('scoredInDimension')}</label>
          <select
            id={id}
            value={q.dimension ?? ''}
            aria-describedby={describedBy(findings, [...path, 'dimension'])}
            onChange={(e) => choose(e.currentTarget.value)}
          >
            <option value="">{t('notScored')}</option>
            <optgroup
              label={t(ed.survey.kind === 'worker-voice' ? 'jobQualityFactors' : 'builtInDimensions')}
            >
              {builtIn.map((d) => (
                <option value={d.id}>{inLocale(d.label, t.locale)}</option>
              ))}
            </optgroup>
            {own.length > 0 && (
              <optgroup label={t('ownDimensions')}>
                {own.map((d) => (
                  <option value={d.id}>{d.label.en || d.id}</option>
                ))}
              </optgroup>
            )}
          </select>
        </div>
        {!adding && (
          <button
            type="button"
            onClick={() => {
              setAdding({});
              ed.focusLater(`${id}-new-en`);
            }}
          >
            {t('addDimension')}
          </button>
        )}
      </div>
      {adding && (
        <div class="card inset" role="group" aria-labelledby={`${id}-new-h`}>
          <p id={`${id}-new-h`} class="label">
            {t('newDimension')}
          </p>
          <TextPairPlain
            idPrefix={`${id}-new`}
            label={t('dimensionNameLabel')}
            text={adding}
            onText={(lang, value) => setAdding({ ...adding, [lang]: value })}
          />
          <div class="row">
            <button type="button" class="primary" disabled={!adding.en?.trim()} onClick={add}>
              {t('addDimensionAndScore')}
            </button>
            <button
              type="button"
              onClick={() => {
                setAdding(null);
                ed.focusLater(id);
              }}
            >
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      <label class="check">
        <input
          type="checkbox"
          id={fieldId([...path, 'reverse'])}
          checked={q.reverse === true}
          aria-describedby={describedBy(findings, [...path, 'reverse'])}
          onChange={(e) =>
            ed.change((w) => {
              const x = questionAt(w, si, qi);
              if (e.currentTarget.checked) x.reverse = true;
              else delete x.reverse;
            })
          }
        />
        {t('reversedLabel')}
      </label>
    </>
  );
}
