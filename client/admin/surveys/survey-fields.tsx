// The survey as a whole: its title and introduction, the minutes respondents are told it takes, its
// languages and the names of its dimensions, with the findings about any of them.
import { useFormats } from '../i18n/use-formats.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useEd } from './editor-context.ts';
import { FindingList } from './finding-list.tsx';
import { describedBy, fieldId, ofSurvey } from './findings.ts';
import { byLanguage } from './labels.ts';
import { LanguagesField } from './languages-field.tsx';
import { removeDimension } from './structure-ops.ts';
import { TextPair } from './text-pair.tsx';

export function SurveyFields({ estimate }: { estimate: number | null }) {
  const t = useWords('surveys');
  const f = useFormats();
  const { ed, findings, grades } = useEd();
  const d = ed.draft;
  const used = new Set(d.sections.flatMap((s) => s.questions.flatMap((q) => q.dimension ?? [])));
  const introGrade = grades.intro;
  // Closed unless a finding is about a dimension, so a link to it finds its field shown.
  const dimensionFindings = findings.some((f) => f.path[0] === 'dimensions');
  return (
    <section class="card" id="f-" tabIndex={-1} aria-labelledby="survey-h">
      <h2 id="survey-h">{t('titleLanguagesIntro')}</h2>
      <FindingList
        items={ofSurvey(findings).filter((f) => f.path[0] !== 'languages')}
        label={t('checksOnSurvey')}
      />
      <TextPair
        path={['title']}
        label={t('title')}
        text={d.title}
        onText={(lang, value) => ed.change((w) => void (w.d.title[lang] = value))}
      />
      <LanguagesField />
      <TextPair
        path={['intro']}
        label={t('introduction')}
        text={d.intro}
        multiline
        onText={(lang, value) => ed.change((w) => void (w.d.intro[lang] = value))}
      />
      {introGrade && <p class="hint">{t('introGrade', { grades: byLanguage(t, f, introGrade) })}</p>}
      <div class="field narrow">
        <label for={fieldId(['estimatedMinutes'])}>{t('minutesLabel')}</label>
        <input
          id={fieldId(['estimatedMinutes'])}
          type="number"
          min={1}
          max={120}
          value={d.estimatedMinutes ?? ''}
          aria-describedby={describedBy(findings, ['estimatedMinutes'], 'minutes-hint')}
          onInput={(e) => {
            const n = Number(e.currentTarget.value);
            ed.change((w) => {
              if (e.currentTarget.value === '' || !(n > 0)) delete w.d.estimatedMinutes;
              else w.d.estimatedMinutes = Math.min(n, 120);
            });
          }}
        />
        <p class="hint" id="minutes-hint">
          {estimate === null ? t('minutesHintNone') : t('minutesHint', { minutes: estimate })}
        </p>
      </div>
      <details open={dimensionFindings}>
        <summary id="f-dimensions">{t('dimensions', { n: d.dimensions.length })}</summary>
        <p class="hint">{t('dimensionsHint')}</p>
        <ul class="plain dimensions">
          {d.dimensions.map((dim, i) => (
            <li id={fieldId(['dimensions', i])} tabIndex={-1}>
              <TextPair
                path={['dimensions', i, 'label']}
                label={t('dimensionName', { id: dim.id })}
                text={dim.label}
                onText={(lang, value) => ed.change((w) => void (w.d.dimensions[i]!.label[lang] = value))}
              />
              {!used.has(dim.id) && (
                <button
                  type="button"
                  onClick={() => {
                    ed.change((w) => removeDimension(w, i));
                    ed.focusLater('f-dimensions');
                  }}
                >
                  {t('removeDimension', { id: dim.id })}
                </button>
              )}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
