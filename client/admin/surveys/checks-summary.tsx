// The checks at the top of the editor: how many findings block publishing, the estimated time to
// answer, and each blocking finding and warning as a link that opens its item and moves focus there.
import type { Estimate } from '../../../surveys/checks/index.ts';
import { useEd } from './editor-context.ts';
import { severityNames } from './finding-list.tsx';
import { fieldId, focusPath, questionOf, type Shown } from './findings.ts';
import { langNames } from './labels.ts';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function ChecksSummary({ estimate, current }: { estimate: Estimate | null; current: boolean }) {
  const { ed, findings, working, setWorking } = useEd();
  const blocking = findings.filter((f) => f.severity === 'blocking');
  const warnings = findings.filter((f) => f.severity === 'warning');
  const notes = findings.length - blocking.length - warnings.length;
  const listed = [...blocking, ...warnings];

  function reveal(e: Event, f: Shown) {
    e.preventDefault();
    // A text in a language not shown: it becomes the working language, and its field is drawn next.
    if (f.lang && f.lang !== 'en' && f.lang !== working && ed.draft.languages.includes(f.lang)) {
      setWorking(f.lang);
      const at = questionOf(f.path);
      const id = at && ed.draft.sections[at.si]?.questions[at.qi]?.id;
      if (id != null && !ed.work.open.has(id)) ed.change((w) => void w.open.add(id), false);
      return ed.focusLater(() => (focusPath(f.path), null));
    }
    const at = questionOf(f.path);
    const id = at && ed.draft.sections[at.si]?.questions[at.qi]?.id;
    if (id == null || ed.work.open.has(id)) return void focusPath(f.path);
    // A closed question's fields appear on the next render: focus goes there after it.
    ed.change((w) => void w.open.add(id), false);
    ed.focusLater(() => (focusPath(f.path), null));
  }

  return (
    <section class="card checks" aria-labelledby="checks-h">
      <h2 id="checks-h">Checks</h2>
      <p class={blocking.length ? 'bad' : 'ok'}>
        {blocking.length
          ? `${count(blocking.length, 'finding blocks', 'findings block')} publishing.`
          : 'Nothing blocks publishing.'}{' '}
        {count(warnings.length, 'warning', 'warnings')}, {count(notes, 'note', 'notes')}.
        {!current && ' Checking…'}
      </p>
      {estimate && (
        <p>
          About {Math.max(1, Math.round(estimate.minutes))} minutes to answer (
          {Object.entries(estimate.byLang)
            .map(([lang, s]) => `${langNames[lang as 'en']} ${Math.round((s / 60) * 10) / 10}`)
            .join(', ')}{' '}
          minutes).
        </p>
      )}
      {listed.length > 0 && (
        <ul class="finding-links">
          {listed.map((f) => (
            <li class={`finding ${f.severity}`}>
              <a href={`#${fieldId(f.path)}`} onClick={(e) => reveal(e, f)}>
                {severityNames[f.severity]}: {f.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
