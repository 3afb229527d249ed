// A viewer's survey: its questions in both languages, read only (the draft being edited if there is
// one, else the newest version), with the same preview and versions as staff who edit.
import type { DraftText, SurveyDraft } from '../../../surveys/draft.ts';
import type { SurveyDefinition } from '../../../surveys/schema.ts';
import { typeNames } from './labels.ts';

const both = (t: DraftText | undefined) => (
  <>
    <span lang="en">{t?.en ?? '—'}</span>
    <br />
    <span lang="es" class="muted">
      {t?.es ?? '—'}
    </span>
  </>
);

export function ReadOnlySurvey({ def, draft }: { def: SurveyDraft | SurveyDefinition; draft: boolean }) {
  let n = 0;
  return (
    <>
      <p>
        Viewers read surveys; an analyst or an admin changes them.{' '}
        {draft ? `This is the draft of version ${def.version}.` : `This is version ${def.version}.`}
      </p>
      <section class="card" aria-labelledby="ro-title">
        <h2 id="ro-title">{def.title.en}</h2>
        <p>{both(def.intro)}</p>
      </section>
      {def.sections.map((s, si) => (
        <section class="card" aria-labelledby={`ro-s${si}`}>
          <h2 id={`ro-s${si}`}>
            Section {si + 1}: {s.title.en}
          </h2>
          <ol class="plain">
            {s.questions.map((q) => (
              <li class="question">
                <p>
                  <strong>{++n}.</strong> {both(q.text)}
                </p>
                <p class="muted small">
                  {typeNames[q.type]}
                  {q.dimension ? `, scored in ${q.dimension}` : ''}, id {q.id}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
