// The survey exactly as a respondent sees it: the respondent page's own components (SurveyView,
// the question renderers, surveys/ skip logic) and its own stylesheet, scoped to this box.
import { useMemo, useState } from 'preact/hooks';
import { css } from '../../respond/styles.ts';
import { minutesText, ui } from '../../../surveys/i18n.ts';
import { localize } from '../../../surveys/localize.ts';
import { directionOf, languageOf } from '../../../surveys/language-list.ts';
import { surveyLanguages, type Lang, type SurveyDefinition } from '../../../surveys/schema.ts';
import { SurveyView } from '../../respond/survey-form.tsx';
import type { Action, PageSurvey, RawAnswers } from '../../respond/types.ts';
import { cleanValues, findStep, liveQuestions } from '../../respond/view.ts';
import { read, server } from '../api.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useApi } from '../use-api.ts';
import { Loaded } from '../ui/status.tsx';
import { campaignFormats } from './format.ts';

// The respondent sheet styles body and main; here every rule is confined to the preview box.
const scoped = css
  .split('}')
  .filter((rule) => rule.includes('{'))
  .map((rule) => {
    const [selectors, body] = rule.split('{') as [string, string];
    const within = selectors
      .split(',')
      .map((s) => (/^(html|body|main)$/.test(s.trim()) ? '.preview' : `.preview ${s.trim()}`))
      .join(',');
    return `${within}{${body}}`;
  })
  .join('');

function slim(def: SurveyDefinition, lang: Lang): PageSurvey {
  const l = localize(def, lang);
  return {
    title: l.title,
    intro: l.intro,
    length: minutesText(lang, l.estimatedMinutes),
    sections: l.sections,
  };
}

export function SurveyPreview({ templateId }: { templateId: string }) {
  const t = useWords('campaigns');
  const template = useApi(encodeURIComponent(templateId), (id) =>
    read(server.api.templates[':id'].$get({ param: { id }, query: {} })),
  );
  return (
    <section aria-labelledby="preview-h">
      <h2 id="preview-h">{t('previewTitle')}</h2>
      <Loaded state={template} what={t('theSurvey')}>
        {({ template }) => <Walkthrough key={template.id} def={template} />}
      </Loaded>
    </section>
  );
}

function Walkthrough({ def }: { def: SurveyDefinition }) {
  const t = useWords('campaigns');
  // In the staff member's language when the survey is written in it, so Spanish staff read it first.
  const [lang, setLang] = useState<Lang>(() =>
    surveyLanguages(def).some((l) => l === t.locale) ? t.locale : 'en',
  );
  const [step, setStep] = useState(0);
  const [answers, setAnswers] = useState<RawAnswers>({});
  const survey = useMemo(() => slim(def, lang), [def, lang]);
  const others = surveyLanguages(def)
    .filter((l) => l !== lang)
    .map((l) => ({ tag: l, name: languageOf(l)?.name ?? l, dir: directionOf(l) }));
  const values = cleanValues(survey, answers);
  const last = findStep(survey, values, step, 1) === null;

  const onAction = (action: Action) => {
    if (action === 'back') setStep(findStep(survey, values, step, -1) ?? step);
    else if (action === 'next') setStep(findStep(survey, values, step, 1) ?? step);
    // Saving and sending are the respondent's; the preview stores nothing.
  };
  return (
    <>
      <style>{scoped}</style>
      <p class="muted small">{t('previewNote')}</p>
      <div
        class="preview"
        lang={lang}
        dir={directionOf(lang)}
        role="region"
        aria-label={t('previewIn', { language: campaignFormats(t.locale).language(lang) })}
      >
        <SurveyView
          data={{ survey, ui: ui[lang], lang, post: '#', others }}
          step={step}
          questions={liveQuestions(survey, values, step)}
          answers={answers}
          errors={{}}
          last={last}
          set={(id, value) => setAnswers((a) => ({ ...a, [id]: value }))}
          onAction={onAction}
          onLanguage={(e) => {
            e.preventDefault();
            const asked = (e.currentTarget as HTMLAnchorElement).hreflang;
            setLang(surveyLanguages(def).find((l) => l === asked) ?? 'en');
          }}
        />
      </div>
    </>
  );
}
