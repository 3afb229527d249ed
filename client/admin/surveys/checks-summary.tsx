// The checks at the top of the editor: how many findings block publishing, the estimated time to
// answer, and each blocking finding and warning as a link that opens its item and moves focus there.
import type { Estimate } from '../../../surveys/checks/index.ts';
import { useFormats } from '../i18n/use-formats.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useEd } from './editor-context.ts';
import { FindingMessage, severityKeys } from './finding-list.tsx';
import { fieldId, focusPath, questionOf, type Shown } from './findings.ts';
import { byLanguage } from './labels.ts';

export function ChecksSummary({ estimate, current }: { estimate: Estimate | null; current: boolean }) {
  const t = useWords('surveys');
  const formats = useFormats();
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
      <h2 id="checks-h">{t('checks')}</h2>
      <p class={blocking.length ? 'bad' : 'ok'}>
        {t('checksLine', { blocking: blocking.length, warnings: warnings.length, notes })}
        {!current && t('checking')}
      </p>
      {estimate && (
        <p>
          {t('estimate', {
            minutes: Math.max(1, Math.round(estimate.minutes)),
            byLang: byLanguage(
              t,
              formats,
              Object.fromEntries(
                Object.entries(estimate.byLang).map(([lang, s]) => [lang, Math.round((s / 60) * 10) / 10]),
              ),
            ),
          })}
        </p>
      )}
      {listed.length > 0 && (
        <ul class="finding-links">
          {listed.map((f) => (
            <li class={`finding ${f.severity}`}>
              <a href={`#${fieldId(f.path)}`} onClick={(e) => reveal(e, f)}>
                {t(severityKeys[f.severity])}: <FindingMessage finding={f} />
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
