// Sets one survey's quarterly schedule (or changes, pauses or removes it). Checked with the server's
// own schema before sending; the server's answer then shows the dates it will keep.
import { useState } from 'preact/hooks';
import { defaultKinds, scheduleBody, type QuarterlySchedule } from '../../../server/campaigns/contract.ts';
import type { Organization } from '../../../server/partnerships/contract.ts';
import type { TemplateSummary } from '../../../surveys/index.ts';
import { read, server } from '../api.ts';
import { useForm } from '../use-form.ts';
import { Field, FormMessage, TextField } from '../ui/field.tsx';
import { AudienceFields } from './audience-fields.tsx';

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
        ? `Saved. It starts with ${out.schedule.startsWith}; the next campaign opens on ${next.opensOn}.`
        : 'Saved. The schedule is paused.',
    );
    p.onSaved();
  }

  async function remove() {
    if (!confirm(`Stop repeating ${template.title.en}? Campaigns it made stay.`)) return;
    const out = await form.submit(() =>
      read(server.api.partnerships[':id'].schedules[':templateId'].$delete({ param })),
    );
    if (out) {
      setSaved('Removed. Nothing more will be created for this survey.');
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
      <h2 id="schedule-form-title">{existing ? 'Change a schedule' : 'Set a schedule'}</h2>
      <FormMessage message={form.message} />
      {saved && (
        <p class="notice" role="status">
          {saved}
        </p>
      )}
      <Field id="s-template" label="Survey">
        {(d) => (
          <select
            id="s-template"
            value={template.id}
            aria-describedby={d}
            onChange={(e) => p.onTemplate(e.currentTarget.value)}
          >
            {p.templates.map((t) => (
              <option value={t.id}>
                {t.title.en}
                {p.schedules.some((s) => s.templateId === t.id) ? ' (repeats)' : ''}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        id="s-name"
        label="Campaign name"
        hint="The quarter is added: “Worker voice — 2027 Q1”."
        value={v.name}
        onValue={(name) => setV({ ...v, name })}
        error={form.errors.name}
      />
      <div class="row">
        {num('openDay', 'Opens on day', 'Of the quarter; 1 is its first day.')}
        {num('openDays', 'Days open', 'Closes inside the quarter.')}
        {num('noticeDays', 'Notice days', 'Days before launch staff are emailed; 0 for none.')}
      </div>
      <TextField
        id="s-first"
        label="First quarter (optional)"
        hint="Such as 2027-Q1 or PY2026-Q3. A quarter whose day has passed is skipped, never back-filled."
        value={v.firstQuarter}
        onValue={(firstQuarter) => setV({ ...v, firstQuarter })}
        error={form.errors.firstQuarter}
      />
      <fieldset>
        <legend>Channels, in order of preference</legend>
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
            {ch === 'sms' ? 'Text message (SMS)' : 'Email'}
          </label>
        ))}
        {form.errors.channels && <p class="error">{form.errors.channels}</p>}
      </fieldset>
      <TextField
        id="s-reminders"
        label="Reminder days"
        hint="Days after launch, e.g. 3, 7 (at most 3)."
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
        label="Breakdowns (optional)"
        hint="Contact attributes to break results down by (at most 3)."
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
        On: create and launch each quarter's campaign
      </label>
      <div class="actions">
        <button class="primary" type="submit" disabled={form.busy}>
          {form.busy ? 'Saving…' : 'Save schedule'}
        </button>
        {existing && (
          <button type="button" onClick={remove} disabled={form.busy}>
            Stop repeating
          </button>
        )}
      </div>
    </form>
  );
}
