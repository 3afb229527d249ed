// Create a campaign from a template: who it reaches (and how many, before launch), the channels, the
// reminder days and the dates, beside a preview of the survey in both languages.
import { useEffect, useState } from 'preact/hooks';
import { createCampaignBody, defaultKinds } from '../../../server/campaigns/contract.ts';
import type { TemplateSummary } from '../../../surveys/index.ts';
import { read, server } from '../api.ts';
import { navigate } from '../router.ts';
import { useApi } from '../use-api.ts';
import { useForm } from '../use-form.ts';
import { useSession } from '../use-session.ts';
import { Field, FormMessage, TextField } from '../ui/field.tsx';
import { Loaded } from '../ui/status.tsx';
import type { Organization } from '../../../server/partnerships/contract.ts';
import { AudienceFields } from './audience-fields.tsx';
import { SurveyPreview } from './preview.tsx';
import { currentPeriod, today, addDays } from './dates.ts';

/** "occupation" and "welder, machinist" as the API's `{ occupation: ["welder", "machinist"] }`. */
function audienceAttributes(a: { name: string; values: string }): Record<string, string[]> | undefined {
  const values = a.values
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  return a.name.trim() && values.length ? { [a.name.trim()]: values } : undefined;
}

export default function NewCampaign() {
  const { current } = useSession();
  const templates = useApi('templates', () => read(server.api.templates.$get()));
  const orgs = useApi(current?.id ?? null, (id) =>
    read(server.api.partnerships[':id'].organizations.$get({ param: { id } })),
  );
  if (!current) return <h1 tabIndex={-1}>Start a partnership first</h1>;
  return (
    <>
      <h1 tabIndex={-1}>New campaign</h1>
      <Loaded state={templates} what="survey templates">
        {({ templates }) => (
          <Loaded state={orgs} what="organizations">
            {({ organizations }) => <CampaignForm templates={templates} organizations={organizations} />}
          </Loaded>
        )}
      </Loaded>
    </>
  );
}

function CampaignForm({
  templates,
  organizations,
}: {
  templates: TemplateSummary[];
  organizations: Organization[];
}) {
  const { current } = useSession();
  const p = current!;
  const form = useForm();
  const first = templates[0]!;
  const opens = today(p.timeZone);
  const [v, setV] = useState({
    templateId: first.id,
    name: `${first.title.en} ${currentPeriod(p.reviewYear, opens)}`,
    period: currentPeriod(p.reviewYear, opens),
    opensOn: opens,
    closesOn: addDays(opens, 21),
    channels: ['sms', 'email'] as ('sms' | 'email')[],
    reminderDays: '3, 7',
    kinds: defaultKinds[first.kind] as string[],
    organizationIds: [] as string[],
    attribute: { name: '', values: '' },
    segmentAttributes: '',
  });
  const template = templates.find((t) => t.id === v.templateId) ?? first;
  // A new template brings its own default audience and name, as the server would choose.
  useEffect(
    () =>
      setV((s) => ({ ...s, kinds: defaultKinds[template.kind], name: `${template.title.en} ${s.period}` })),
    [template.id],
  );

  const attributes = audienceAttributes(v.attribute);

  async function create(e: Event) {
    e.preventDefault();
    const days = v.reminderDays
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    const body = form.check(createCampaignBody, {
      name: v.name,
      templateId: v.templateId,
      period: v.period,
      opensOn: v.opensOn,
      closesOn: v.closesOn,
      channels: v.channels,
      reminderDays: days,
      audience: {
        kinds: v.kinds,
        ...(v.organizationIds.length && { organizationIds: v.organizationIds }),
        ...(attributes && { attributes }),
      },
      segmentAttributes: v.segmentAttributes.split(/[\s,]+/).filter(Boolean),
    });
    if (!body) return;
    const out = await form.submit(() =>
      read(server.api.partnerships[':id'].campaigns.$post({ param: { id: p.id }, json: body })),
    );
    if (out) navigate(`/admin/campaigns/${out.campaign.id}`);
  }
  const toggleChannel = (ch: 'sms' | 'email', on: boolean) =>
    setV({
      ...v,
      channels: on
        ? (['sms', 'email'] as const).filter((c) => c === ch || v.channels.includes(c))
        : v.channels.filter((c) => c !== ch),
    });

  return (
    <div class="grid">
      <form class="card" onSubmit={create} noValidate>
        <FormMessage message={form.message} />
        <Field id="c-template" label="Survey" error={form.errors.templateId}>
          {(d) => (
            <select
              id="c-template"
              value={v.templateId}
              aria-describedby={d}
              onChange={(e) => setV({ ...v, templateId: e.currentTarget.value })}
            >
              {templates.map((t) => (
                <option value={t.id}>
                  {t.title.en} ({t.questionCount} questions, about {t.estimatedMinutes} min)
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          id="c-name"
          label="Name"
          value={v.name}
          onValue={(name) => setV({ ...v, name })}
          error={form.errors.name}
        />
        <TextField
          id="c-period"
          label="Review period"
          hint="The quarter or year it feeds: 2026-Q3, PY2026-Q1, PY2026."
          value={v.period}
          onValue={(period) => setV({ ...v, period })}
          error={form.errors.period}
        />
        <div class="row">
          <TextField
            id="c-opens"
            label="Opens on"
            type="date"
            value={v.opensOn}
            onValue={(opensOn) => setV({ ...v, opensOn })}
            error={form.errors.opensOn}
          />
          <TextField
            id="c-closes"
            label="Closes on"
            type="date"
            value={v.closesOn}
            onValue={(closesOn) => setV({ ...v, closesOn })}
            error={form.errors.closesOn}
          />
        </div>
        <fieldset>
          <legend>Channels, in order of preference</legend>
          <p class="hint">Each person gets the first one that can reach them; SMS needs consent.</p>
          {(['sms', 'email'] as const).map((ch) => (
            <label class="check">
              <input
                type="checkbox"
                name="channels"
                value={ch}
                checked={v.channels.includes(ch)}
                onChange={(e) => toggleChannel(ch, e.currentTarget.checked)}
              />
              {ch === 'sms' ? 'Text message (SMS)' : 'Email'}
            </label>
          ))}
          {form.errors.channels && <p class="error">{form.errors.channels}</p>}
        </fieldset>
        <TextField
          id="c-reminders"
          label="Reminder days"
          hint="Days after the invitation, e.g. 3, 7 (at most 3 reminders)."
          value={v.reminderDays}
          onValue={(reminderDays) => setV({ ...v, reminderDays })}
          error={form.errors.reminderDays}
        />
        <AudienceFields
          partnershipId={p.id}
          organizations={organizations}
          kinds={v.kinds}
          organizationIds={v.organizationIds}
          channels={v.channels}
          onKinds={(kinds) => setV({ ...v, kinds })}
          onOrganizations={(organizationIds) => setV({ ...v, organizationIds })}
          attribute={v.attribute}
          attributes={attributes}
          onAttribute={(attribute) => setV({ ...v, attribute })}
          attributeError={Object.entries(form.errors).find(([k]) => k.startsWith('audience.attributes'))?.[1]}
          error={form.errors['audience.kinds'] ?? form.errors.audience}
        />
        <TextField
          id="c-segments"
          label="Breakdowns (optional)"
          hint="Contact attributes to break results down by, e.g. occupation, language (at most 3)."
          value={v.segmentAttributes}
          onValue={(segmentAttributes) => setV({ ...v, segmentAttributes })}
          error={form.errors.segmentAttributes}
        />
        <button class="primary" type="submit" disabled={form.busy}>
          {form.busy ? 'Creating…' : 'Create campaign'}
        </button>
        <p class="hint">Nothing is sent until you launch it on the next screen.</p>
      </form>
      <div class="card">
        <SurveyPreview templateId={v.templateId} />
      </div>
    </div>
  );
}
