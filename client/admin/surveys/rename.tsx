// The survey's name in lists and campaign pickers (respondents see its title instead), changed in place.
import { useState } from 'preact/hooks';
import { renameOwnSurveyBody } from '../../../server/surveys/contract.ts';
import { read, server } from '../api.ts';
import { useForm } from '../use-form.ts';
import { FormMessage, TextField } from '../ui/field.tsx';
import { useWords } from '../i18n/use-locale.ts';

export function RenameSurvey(p: { surveyId: string; name: string; onRenamed: (name: string) => void }) {
  const t = useWords('surveys');
  const form = useForm();
  const [name, setName] = useState(p.name);
  const [done, setDone] = useState(false);

  async function rename(e: Event) {
    e.preventDefault();
    setDone(false);
    const body = form.check(renameOwnSurveyBody, { name });
    if (!body) return;
    const out = await form.submit(() =>
      read(server.api.surveys[':id'].$patch({ param: { id: p.surveyId }, json: body })),
    );
    if (!out) return;
    setDone(true);
    p.onRenamed(out.survey.name);
  }

  return (
    <details class="rename">
      <summary>{t('renameSurvey')}</summary>
      <form onSubmit={rename} noValidate aria-label={t('renameSurvey')}>
        <FormMessage message={form.message} />
        <div class="row">
          <TextField
            id="survey-name"
            label={t('nameInLists')}
            value={name}
            onValue={setName}
            error={form.errors.name}
            autoComplete="off"
          />
          <button type="submit" disabled={form.busy || name.trim() === p.name}>
            {t('rename')}
          </button>
        </div>
        {done && <p role="status">{t('renamed')}</p>}
      </form>
    </details>
  );
}
