// Records that a native speaker has read a language's texts: who, and (on the server) the day. The
// partnership's record counts as a review for every campaign of its in that language.
import { useState } from 'preact/hooks';
import { languageReviewBody } from '../../../server/partnerships/language-contract.ts';
import type { Lang } from '../../../surveys/languages.ts';
import { read, server } from '../api.ts';
import { useWords } from '../i18n/use-locale.ts';
import { FormMessage, TextField } from '../ui/field.tsx';
import { useForm } from '../use-form.ts';

interface Props {
  partnershipId: string;
  lang: Lang;
  /** The language's name in the staff member's words, for the labels' sentences. */
  language: string;
  /** What is not reviewed yet: 'words' or the survey's template id, each with what it covers. */
  subjects: { subject: string; label: string }[];
  onDone: () => void;
}

export function MarkReviewed(props: Props) {
  const form = useForm();
  const t = useWords('campaigns');
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState(() => new Set(props.subjects.map((s) => s.subject)));
  const id = `review-${props.lang}`;

  async function save(e: Event) {
    e.preventDefault();
    const bodies = [...chosen].map((subject) =>
      form.check(languageReviewBody, { subject, reviewerName: name }),
    );
    if (bodies.length === 0 || bodies.some((b) => b === null)) return;
    const param = { id: props.partnershipId, lang: props.lang };
    const reviews = server.api.partnerships[':id'].languages[':lang'].reviews;
    const done = await form.submit(async () => {
      for (const json of bodies) await read(reviews.$post({ param, json: json! }));
      return true;
    });
    if (done) props.onDone();
  }

  return (
    <form noValidate onSubmit={save} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} class="small">
        {t('recordReview', { language: props.language })}
      </h3>
      <FormMessage message={form.message} />
      {props.subjects.length > 1 && (
        <fieldset>
          <legend>{t('whatTheyRead')}</legend>
          {props.subjects.map((s) => (
            <label class="check" key={s.subject}>
              <input
                type="checkbox"
                checked={chosen.has(s.subject)}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if (e.currentTarget.checked) next.add(s.subject);
                  else next.delete(s.subject);
                  setChosen(next);
                }}
              />
              {s.label}
            </label>
          ))}
        </fieldset>
      )}
      <TextField
        id={`${id}-name`}
        label={t('reviewerName', {
          language: props.language,
          what: props.subjects.length > 1 ? t('them') : (props.subjects[0]?.label ?? t('it')),
        })}
        value={name}
        onValue={setName}
        error={form.errors.reviewerName}
        autoComplete="off"
      />
      <button type="submit" disabled={form.busy || chosen.size === 0}>
        {form.busy ? t('saving') : t('markReviewed')}
      </button>
    </form>
  );
}
