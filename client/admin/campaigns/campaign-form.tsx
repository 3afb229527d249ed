// A campaign's fields, for a new campaign and for changing one: the survey (a built-in one, or a
// published version of one of the partnership's own), who it reaches (and how many, before launch), the
// channels, the reminder days and the dates, beside a preview of the survey in both languages. After
// launch only the name, the close date and the reminder days are offered: the rest is what the
// invitations went out for.
import { useEffect, useRef, useState } from 'preact/hooks';
import { defaultKinds, type Campaign } from '../../../server/campaigns/contract.ts';
import type { Organization } from '../../../server/partnerships/contract.ts';
import type { OwnSurvey } from '../../../server/surveys/contract.ts';
import type { TemplateSummary } from '../../../surveys/index.ts';
import { isOwnSurvey } from '../../../surveys/lines.ts';
import { useWords } from '../i18n/use-locale.ts';
import { PreviewFrame } from '../surveys/preview-frame.tsx';
import { choiceKey, surveyChoices, useOwnSurveys } from '../surveys/survey-choices.ts';
import type { useForm } from '../use-form.ts';
import { Field, FormMessage, TextField } from '../ui/field.tsx';
import { AudienceFields } from './audience-fields.tsx';
import { campaignFormats } from './format.ts';
import { SurveyPreview } from './preview.tsx';

export interface CampaignValues {
  templateId: string;
  /** The version of an own survey the campaign is sent with; a built-in survey takes its newest. */
  templateVersion?: number;
  name: string;
  period: string;
  opensOn: string;
  closesOn: string;
  channels: ('sms' | 'email')[];
  reminderDays: string;
  kinds: string[];
  organizationIds: string[];
  attribute: { name: string; values: string };
  segmentAttributes: string;
  hourlyLimit: string;
  totalLimit: string;
}

/** A stored campaign as the form shows it. */
export function valuesOf(c: Campaign): CampaignValues {
  const [attribute] = Object.entries(c.audience.attributes ?? {});
  return {
    templateId: c.templateId,
    ...(isOwnSurvey(c.templateId) && { templateVersion: c.templateVersion }),
    name: c.name,
    period: c.period,
    opensOn: c.opensOn,
    closesOn: c.closesOn,
    channels: c.channels,
    reminderDays: c.reminderDays.join(', '),
    kinds: c.audience.kinds ?? [],
    organizationIds: c.audience.organizationIds ?? [],
    attribute: attribute ? { name: attribute[0], values: attribute[1].join(', ') } : { name: '', values: '' },
    segmentAttributes: c.segmentAttributes.join(', '),
    hourlyLimit: String(c.openLink.hourlyLimit),
    totalLimit: String(c.openLink.totalLimit),
  };
}

/** "occupation" and "welder, machinist" as the API's `{ occupation: ["welder", "machinist"] }`. */
function audienceAttributes(a: { name: string; values: string }): Record<string, string[]> | undefined {
  const values = a.values
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  return a.name.trim() && values.length ? { [a.name.trim()]: values } : undefined;
}

const list = (text: string) => text.split(/[\s,]+/).filter(Boolean);
// A number the server checks; text that is not one goes as is, so its message lands at the field.
const whole = (text: string) => (text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text);

/** The values as the API's body (every field; callers keep those they send). */
export function bodyOf(v: CampaignValues) {
  const attributes = audienceAttributes(v.attribute);
  return {
    name: v.name,
    templateId: v.templateId,
    ...(v.templateVersion !== undefined && { templateVersion: v.templateVersion }),
    period: v.period,
    opensOn: v.opensOn,
    closesOn: v.closesOn,
    channels: v.channels,
    reminderDays: list(v.reminderDays).map(whole),
    audience: {
      kinds: v.kinds,
      ...(v.organizationIds.length && { organizationIds: v.organizationIds }),
      ...(attributes && { attributes }),
    },
    segmentAttributes: list(v.segmentAttributes),
    openLink: { hourlyLimit: whole(v.hourlyLimit), totalLimit: whole(v.totalLimit) },
  };
}

export function CampaignForm(p: {
  partnershipId: string;
  templates: TemplateSummary[];
  /** The partnership's own surveys, when the caller has them; else the form loads them. */
  own?: OwnSurvey[];
  organizations: Organization[];
  initial: CampaignValues;
  /** `launched`: only the name, close date and reminder days. */
  mode: 'new' | 'draft' | 'launched';
  form: ReturnType<typeof useForm>;
  submitLabel: string;
  busyLabel: string;
  note: string;
  onSubmit: (values: CampaignValues) => void;
}) {
  const { form } = p;
  const t = useWords('campaigns');
  const [v, setV] = useState(p.initial);
  const limited = p.mode === 'launched';
  const ownSurveys = useOwnSurveys(p.own || limited ? null : p.partnershipId);
  const choices = surveyChoices(p.templates, p.own ?? ownSurveys.data?.surveys ?? [], t);
  const key = choiceKey(v.templateId, v.templateVersion);
  const chosen = choices.find((c) => c.key === key);
  // Another survey brings its own default audience and name, as the server would choose; not the
  // survey the form opened with (nor another version of it), whose campaign already has both.
  const opened = useRef(v.templateId);
  useEffect(() => {
    if (!chosen || chosen.templateId === opened.current) return;
    opened.current = chosen.templateId;
    setV((s) => ({ ...s, kinds: defaultKinds[chosen.kind], name: `${chosen.title} ${s.period}` }));
  }, [chosen?.key]);

  const attributes = audienceAttributes(v.attribute);
  const toggleChannel = (ch: 'sms' | 'email', on: boolean) =>
    setV({
      ...v,
      channels: on
        ? (['sms', 'email'] as const).filter((c) => c === ch || v.channels.includes(c))
        : v.channels.filter((c) => c !== ch),
    });
  const submit = (e: Event) => {
    e.preventDefault();
    p.onSubmit(v);
  };

  return (
    <div class="grid">
      <form class="card" onSubmit={submit} noValidate>
        <FormMessage message={form.message} />
        {!limited && (
          <Field id="c-template" label={t('survey')} error={form.errors.templateId}>
            {(d) => (
              <select
                id="c-template"
                value={key}
                aria-describedby={d}
                onChange={(e) => {
                  const c = choices.find((x) => x.key === e.currentTarget.value)!;
                  setV({ ...v, templateId: c.templateId, templateVersion: c.version });
                }}
              >
                {/* A campaign's own survey while the list of them loads, so the picker never shows another. */}
                {!chosen && <option value={key}>{v.templateId}</option>}
                <optgroup label={t('builtIn')}>
                  {choices
                    .filter((c) => !c.own)
                    .map((c) => (
                      <option value={c.key}>{c.label}</option>
                    ))}
                </optgroup>
                {choices.some((c) => c.own) && (
                  <optgroup label={t('yourSurveys')}>
                    {choices
                      .filter((c) => c.own)
                      .map((c) => (
                        <option value={c.key}>{c.label}</option>
                      ))}
                  </optgroup>
                )}
              </select>
            )}
          </Field>
        )}
        {!limited && ownSurveys.error && (
          <p class="hint">{t('ownNotListed', { message: ownSurveys.error.message })}</p>
        )}
        <TextField
          id="c-name"
          label={t('name')}
          value={v.name}
          onValue={(name) => setV({ ...v, name })}
          error={form.errors.name}
        />
        {!limited && (
          <TextField
            id="c-period"
            label={t('reviewPeriod')}
            hint={t('reviewPeriodHint')}
            value={v.period}
            onValue={(period) => setV({ ...v, period })}
            error={form.errors.period}
          />
        )}
        <div class="row">
          {!limited && (
            <TextField
              id="c-opens"
              label={t('opensOn')}
              type="date"
              value={v.opensOn}
              onValue={(opensOn) => setV({ ...v, opensOn })}
              error={form.errors.opensOn}
            />
          )}
          <TextField
            id="c-closes"
            label={t('closesOn')}
            type="date"
            {...(limited ? { hint: t('closesHint') } : {})}
            value={v.closesOn}
            onValue={(closesOn) => setV({ ...v, closesOn })}
            error={form.errors.closesOn}
          />
        </div>
        {!limited && (
          <fieldset>
            <legend>{t('channelsOrder')}</legend>
            <p class="hint">{t('channelsHint')}</p>
            {(['sms', 'email'] as const).map((ch) => (
              <label class="check">
                <input
                  type="checkbox"
                  name="channels"
                  value={ch}
                  checked={v.channels.includes(ch)}
                  onChange={(e) => toggleChannel(ch, e.currentTarget.checked)}
                />
                {ch === 'sms' ? t('textMessage') : t('email')}
              </label>
            ))}
            {form.errors.channels && <p class="error">{form.errors.channels}</p>}
          </fieldset>
        )}
        <TextField
          id="c-reminders"
          label={t('reminderDays')}
          hint={limited ? t('reminderHintLaunched') : t('reminderHint')}
          value={v.reminderDays}
          onValue={(reminderDays) => setV({ ...v, reminderDays })}
          error={
            form.errors.reminderDays ??
            Object.entries(form.errors).find(([k]) => k.startsWith('reminderDays.'))?.[1]
          }
        />
        {!limited && (
          <>
            <AudienceFields
              partnershipId={p.partnershipId}
              organizations={p.organizations}
              kinds={v.kinds}
              organizationIds={v.organizationIds}
              channels={v.channels}
              onKinds={(kinds) => setV({ ...v, kinds })}
              onOrganizations={(organizationIds) => setV({ ...v, organizationIds })}
              attribute={v.attribute}
              attributes={attributes}
              onAttribute={(attribute) => setV({ ...v, attribute })}
              attributeError={
                Object.entries(form.errors).find(([k]) => k.startsWith('audience.attributes'))?.[1]
              }
              error={form.errors['audience.kinds'] ?? form.errors.audience}
            />
            <TextField
              id="c-segments"
              label={t('breakdowns')}
              hint={t('breakdownsHint')}
              value={v.segmentAttributes}
              onValue={(segmentAttributes) => setV({ ...v, segmentAttributes })}
              error={form.errors.segmentAttributes}
            />
            <details
              open={Boolean(form.errors['openLink.hourlyLimit'] || form.errors['openLink.totalLimit'])}
            >
              <summary>{t('posterLimits')}</summary>
              <div class="row">
                <TextField
                  id="c-hourly"
                  label={t('visitsHour')}
                  inputMode="numeric"
                  value={v.hourlyLimit}
                  onValue={(hourlyLimit) => setV({ ...v, hourlyLimit })}
                  error={form.errors['openLink.hourlyLimit']}
                />
                <TextField
                  id="c-total"
                  label={t('visitsAll')}
                  inputMode="numeric"
                  value={v.totalLimit}
                  onValue={(totalLimit) => setV({ ...v, totalLimit })}
                  error={form.errors['openLink.totalLimit']}
                />
              </div>
            </details>
          </>
        )}
        <button class="primary" type="submit" disabled={form.busy}>
          {form.busy ? p.busyLabel : p.submitLabel}
        </button>
        <p class="hint">{p.note}</p>
      </form>
      <div class="card">
        {isOwnSurvey(v.templateId) ? (
          <section aria-labelledby="preview-h">
            <h2 id="preview-h">{t('previewTitle')}</h2>
            <PreviewFrame
              surveyId={v.templateId}
              {...(v.templateVersion !== undefined && { version: v.templateVersion })}
              {...(chosen?.languages && { languages: chosen.languages })}
              words={{
                group: t('previewLanguage'),
                title: (lang, version) => {
                  const language = campaignFormats(t.locale).language(lang);
                  return version
                    ? t('previewVersionIn', { language, version })
                    : t('previewIn', { language });
                },
              }}
            />
          </section>
        ) : (
          <SurveyPreview templateId={v.templateId} />
        )}
      </div>
    </div>
  );
}
