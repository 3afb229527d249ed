// A viewer's survey: its questions in each of its languages, read only (the draft being edited if there is
// one, else the newest version), with the same preview and versions as staff who edit.
import type { DraftText, SurveyDraft } from '../../../surveys/draft.ts';
import { surveyLanguages, type Lang, type SurveyDefinition } from '../../../surveys/schema.ts';
import { useWords } from '../i18n/use-locale.ts';
import { dirs, typeKeys } from './labels.ts';

/** A text in English, then in each other language of the survey, each marked with its language. */
const inEach = (t: DraftText | undefined, languages: readonly Lang[]) => (
  <>
    <span lang="en">{t?.en ?? '—'}</span>
    {languages
      .filter((l) => l !== 'en')
      .map((l) => (
        <>
          <br />
          <span lang={l} dir={dirs[l]} class="muted">
            {t?.[l] ?? '—'}
          </span>
        </>
      ))}
  </>
);

export function ReadOnlySurvey({ def, draft }: { def: SurveyDraft | SurveyDefinition; draft: boolean }) {
  const t = useWords('surveys');
  let n = 0;
  const languages = surveyLanguages(def);
  return (
    <>
      <p>
        {t('viewersChange')} {t(draft ? 'thisIsDraft' : 'thisIsVersion', { version: def.version })}
      </p>
      <section class="card" aria-labelledby="ro-title">
        <h2 id="ro-title" lang="en">
          {def.title.en}
        </h2>
        <p>{inEach(def.intro, languages)}</p>
      </section>
      {def.sections.map((s, si) => (
        <section class="card" aria-labelledby={`ro-s${si}`}>
          <h2 id={`ro-s${si}`}>
            {t.rich('sectionHeading', { n: si + 1, title: <span lang="en">{s.title.en}</span> })}
          </h2>
          <ol class="plain">
            {s.questions.map((q) => (
              <li class="question">
                <p>
                  <strong>{++n}.</strong> {inEach(q.text, languages)}
                </p>
                <p class="muted small">
                  {q.dimension
                    ? t('roQuestionMetaScored', {
                        type: t(typeKeys[q.type]),
                        dimension: q.dimension,
                        id: q.id,
                      })
                    : t('roQuestionMeta', { type: t(typeKeys[q.type]), id: q.id })}
                </p>
                {q.sms && (
                  <p class="small">
                    <span class="muted">{t('smsText')}</span>
                    <br />
                    {inEach(q.sms.text, languages)}
                  </p>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
