// A new survey of the partnership's own, started from a built-in template or from a published version
// of one of its surveys, with the name staff will know it by. The editor opens on its draft.
import { useState } from 'preact/hooks';
import { createOwnSurveyBody, type OwnSurvey } from '../../../server/surveys/contract.ts';
import type { TemplateSummary } from '../../../surveys/index.ts';
import { read, server } from '../api.ts';
import { navigate } from '../router.ts';
import { useForm } from '../use-form.ts';
import { Field, FormMessage, TextField } from '../ui/field.tsx';
import { useWords } from '../i18n/use-locale.ts';
import { inLocale } from './labels.ts';

/** "worker-voice" or "own-...@2": a template id, and the version when one is chosen. */
const parseFrom = (value: string) => {
  const [templateId, version] = value.split('@');
  return { templateId: templateId!, ...(version && { version: Number(version) }) };
};

export function NewSurvey(p: { partnershipId: string; templates: TemplateSummary[]; surveys: OwnSurvey[] }) {
  const t = useWords('surveys');
  const form = useForm();
  const [name, setName] = useState('');
  const [from, setFrom] = useState(p.templates[0]?.id ?? '');
  const published = p.surveys.filter((s) => s.versions.length > 0);

  async function create(e: Event) {
    e.preventDefault();
    const body = form.check(createOwnSurveyBody, { name, from: parseFrom(from) });
    if (!body) return;
    const out = await form.submit(() =>
      read(server.api.partnerships[':id'].surveys.$post({ param: { id: p.partnershipId }, json: body })),
    );
    if (out) navigate(`/admin/surveys/${encodeURIComponent(out.survey.id)}`);
  }

  return (
    <form class="card" onSubmit={create} noValidate aria-labelledby="new-survey-h">
      <h2 id="new-survey-h">{t('newSurvey')}</h2>
      <FormMessage message={form.message} />
      <TextField
        id="ns-name"
        label={t('name')}
        hint={t('nameHint')}
        value={name}
        onValue={setName}
        error={form.errors.name}
        autoComplete="off"
      />
      <Field id="ns-from" label={t('startFrom')} error={form.errors['from.templateId'] ?? form.errors.from}>
        {(d) => (
          <select
            id="ns-from"
            value={from}
            aria-describedby={d}
            onChange={(e) => setFrom(e.currentTarget.value)}
          >
            <optgroup label={t('builtInTemplates')}>
              {p.templates.map((tpl) => (
                <option value={tpl.id}>
                  {t('templateOption', { title: inLocale(tpl.title, t.locale), version: tpl.version })}
                </option>
              ))}
            </optgroup>
            {published.length > 0 && (
              <optgroup label={t('yourSurveys')}>
                {published.flatMap((s) =>
                  [...s.versions]
                    .reverse()
                    .map((v) => (
                      <option value={`${s.id}@${v.version}`}>
                        {t('ownVersionOption', { name: s.name, version: v.version })}
                      </option>
                    )),
                )}
              </optgroup>
            )}
          </select>
        )}
      </Field>
      <button class="primary" type="submit" disabled={form.busy}>
        {form.busy ? t('starting') : t('startSurvey')}
      </button>
    </form>
  );
}
