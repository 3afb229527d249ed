// Sets one survey's quarterly schedule (or changes, pauses or removes it). Checked with the server's
// own schema before sending; the server's answer then shows the dates it will keep.
import { useState } from 'preact/hooks';
import { defaultKinds, scheduleBody, type QuarterlySchedule } from '../../../server/campaigns/contract.ts';
import type { Organization } from '../../../server/partnerships/contract.ts';
import type { TemplateSummary } from '../../../surveys/index.ts';
import { read, server } from '../api.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useForm } from '../use-form.ts';
import { Field, FormMessage, TextField } from '../ui/field.tsx';
import { AudienceFields } from './audience-fields.tsx';
import { campaignFormats, surveyTitle } from './format.ts';

const list = (text: string) => text.split(/[\s,]+/).filter(Boolean);

function initial(template: TemplateSummary, s: QuarterlySchedule | undefined) {
  const [attrName, attrValues] = Object.entries(s?.audience.attributes ?? {})[0] ?? ['', []];
  return {
    name: s?.name ?? template.title.en,
    openDay: String(s?.openDay ?? 1),
    openDays: String(s?.openDays ?? 30),
    noticeDays: String(s?.noticeDays ?? 3),
    firstQuarter: '',
    channels: s?.channels ?? (['sms', 'email'] as ('sms' | 'email')[]),
    reminderDays: (s?.reminderDays ?? [3, 7]).join(', '),
    kinds: (s?.audience.kinds ?? defaultKinds[template.kind]) as string[],
    organizationIds: s?.audience.organizationIds ?? [],
    attribute: { name: attrName, values: attrValues.join(', ') },
    segmentAttributes: (s?.segmentAttributes ?? []).join(', '),
    active: s?.active ?? true,
  };
}

export function ScheduleForm(p: {
  partnershipId: string;
  templates: TemplateSummary[];
  organizations: Organization[];
  schedules: QuarterlySchedule[];
  templateId: string | null;
  onTemplate: (id: string) => void;
  onSaved: () => void;
}) {
  const template = p.templates.find((t) => t.id === p.templateId) ?? p.templates[0]!;
  const existing = p.schedules.find((s) => s.templateId === template.id);
  const [v, setV] = useState(() => initial(template, existing));
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm();
  const t = useWords('campaigns');
  const f = campaignFormats(t.locale);
  const title = (x: TemplateSummary) => surveyTitle(x, t.locale);
  const values = list(v.attribute.values);
  const attributes =
    v.attribute.name.trim() && values.length ? { [v.attribute.name.trim()]: values } : undefined;
  const param = { id: p.partnershipId, templateId: template.id };

  async function save(e: Event) {
    e.preventDefault();
    setSaved(null);
    const body = form.check(scheduleBody, {
      name: v.name,
      openDay: Number(v.openDay),
      openDays: Number(v.openDays),
      noticeDays: Number(v.noticeDays),
      ...(v.firstQuarter.trim() && { firstQuarter: v.firstQuarter.trim() }),
      channels: v.channels,
      reminderDays: list(v.reminderDays).map(Number),
      audience: {
        kinds: v.kinds,
        ...(v.organizationIds.length && { organizationIds: v.organizationIds }),
        ...(attributes && { attributes }),
      },
      segmentAttributes: list(v.segmentAttributes),
      active: v.active,
    });
    if (!body) return;
    const out = await form.submit(() =>
      read(server.api.partnerships[':id'].schedules[':templateId'].$put({ param, json: body })),
    );
    if (!out) return;
    const next = out.schedule.upcoming[0];
    setSaved(
      out.schedule.active && next
        ? t('savedNext', { first: out.schedule.startsWith, day: f.day(next.opensOn) })
        : t('savedPaused'),
    );
    p.onSaved();
  }

  async function remove() {
    if (!confirm(t('stopQuestion', { title: title(template) }))) return;
    const out = await form.submit(() =>
      read(server.api.partnerships[':id'].schedules[':templateId'].$delete({ param })),
    );
    if (out) {
      setSaved(t('removed'));
      p.onSaved();
    }
  }

  const num = (id: keyof typeof v, label: string, hint: string) => (
    <TextField
      id={`s-${id}`}
      label={label}
      hint={hint}
      inputMode="numeric"
      value={v[id] as string}
      onValue={(x) => setV({ ...v, [id]: x })}
      error={form.errors[id]}
    />
  );

  return (
    <form class="card" onSubmit={save} noValidate aria-labelledby="schedule-form-title">
      <h2 id="schedule-form-title">{existing ? t('changeSchedule') : t('setSchedule')}</h2>
      <FormMessage message={form.message} />
      {saved && (
        <p class="notice" role="status">
          {saved}
        </p>
      )}
      <Field id="s-template" label={t('survey')}>
        {(d) => (
          <select
            id="s-template"
            value={template.id}
            aria-describedby={d}
            onChange={(e) => p.onTemplate(e.currentTarget.value)}
          >
            {p.templates.map((x) => (
              <option value={x.id}>
                {p.schedules.some((s) => s.templateId === x.id)
                  ? t('repeats', { title: title(x) })
                  : title(x)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        id="s-name"
        label={t('campaignName')}
        hint={t('campaignNameHint')}
        value={v.name}
        onValue={(name) => setV({ ...v, name })}
        error={form.errors.name}
      />
      <div class="row">
        {num('openDay', t('openDay'), t('openDayHint'))}
        {num('openDays', t('openDays'), t('openDaysHint'))}
        {num('noticeDays', t('noticeDaysLabel'), t('noticeDaysHint'))}
      </div>
      <TextField
        id="s-first"
        label={t('firstQuarter')}
        hint={t('firstQuarterHint')}
        value={v.firstQuarter}
        onValue={(firstQuarter) => setV({ ...v, firstQuarter })}
        error={form.errors.firstQuarter}
      />
      <fieldset>
        <legend>{t('channelsOrder')}</legend>
        {(['sms', 'email'] as const).map((ch) => (
          <label class="check">
            <input
              type="checkbox"
              checked={v.channels.includes(ch)}
              onChange={(e) =>
                setV({
                  ...v,
                  channels: (['sms', 'email'] as const).filter((c) =>
                    c === ch ? e.currentTarget.checked : v.channels.includes(c),
                  ),
                })
              }
            />
            {ch === 'sms' ? t('textMessage') : t('email')}
          </label>
        ))}
        {form.errors.channels && <p class="error">{form.errors.channels}</p>}
      </fieldset>
      <TextField
        id="s-reminders"
        label={t('reminderDays')}
        hint={t('reminderHintSchedule')}
        value={v.reminderDays}
        onValue={(reminderDays) => setV({ ...v, reminderDays })}
        error={form.errors.reminderDays}
      />
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
        error={form.errors['audience.kinds'] ?? form.errors.audience}
      />
      <TextField
        id="s-segments"
        label={t('breakdowns')}
        hint={t('breakdownsHintSchedule')}
        value={v.segmentAttributes}
        onValue={(segmentAttributes) => setV({ ...v, segmentAttributes })}
        error={form.errors.segmentAttributes}
      />
      <label class="check">
        <input
          type="checkbox"
          checked={v.active}
          onChange={(e) => setV({ ...v, active: e.currentTarget.checked })}
        />
        {t('scheduleOn')}
      </label>
      <div class="actions">
        <button class="primary" type="submit" disabled={form.busy}>
          {form.busy ? t('saving') : t('saveSchedule')}
        </button>
        {existing && (
          <button type="button" onClick={remove} disabled={form.busy}>
            {t('stopRepeating')}
          </button>
        )}
      </div>
    </form>
  );
}
