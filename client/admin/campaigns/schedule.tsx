// Repeat every quarter: a partnership's schedules, one per survey. Each shows the quarters to come
// (with the day staff are told) and how past quarters went; admins and analysts set, pause or remove
// one with the form; viewers read. The notice email links here with ?partnership=, which switches to it.
import { useEffect, useState } from 'preact/hooks';
import type { QuarterlySchedule } from '../../../server/campaigns/contract.ts';
import type { OwnSurvey } from '../../../server/surveys/contract.ts';
import type { TemplateSummary } from '../../../surveys/index.ts';
import { read, server } from '../api.ts';
import type { ScreenProps } from '../shell/routes.ts';
import { useApi } from '../use-api.ts';
import { canWrite, useSession } from '../use-session.ts';
import { Empty, Loaded } from '../ui/status.tsx';
import { ScheduleForm } from './schedule-form.tsx';
import { ScheduleRuns, UpcomingQuarters } from './schedule-runs.tsx';

export default function Schedule({ query }: ScreenProps) {
  const session = useSession();
  const { current, user } = session;
  const asked = query.get('partnership');
  useEffect(() => {
    if (asked && asked !== current?.id && session.partnerships.some((p) => p.id === asked))
      session.choose(asked);
  }, [asked]);
  const data = useApi(current?.id ?? null, async (id) => {
    const [{ templates }, { schedules }, { organizations }, { surveys }] = await Promise.all([
      read(server.api.templates.$get()),
      read(server.api.partnerships[':id'].schedules.$get({ param: { id } })),
      read(server.api.partnerships[':id'].organizations.$get({ param: { id } })),
      read(server.api.partnerships[':id'].surveys.$get({ param: { id } })),
    ]);
    // The partnership's own published surveys repeat like the built-in ones, at their newest version.
    return { templates: [...templates, ...surveys.flatMap(asTemplate)], schedules, organizations };
  });
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <>
      <h1 tabIndex={-1}>Repeat every quarter</h1>
      <p>
        <a href="/admin/campaigns">Back to campaigns</a>
      </p>
      {!current ? (
        <Empty>Start a partnership first (Partnership, above).</Empty>
      ) : (
        <Loaded state={data} what="schedules">
          {({ templates, schedules, organizations }) => (
            <>
              <p class="hint">
                Each quarter, on the day you choose, a campaign of the survey is created and launched for you.
                Admins and analysts of {current.name} get an email before each launch, with a link back here
                to change or pause it. Quarters follow the partnership's {current.reviewYear} year.
              </p>
              {schedules.length === 0 && <Empty>No survey repeats yet.</Empty>}
              {schedules.map((s) => (
                <ScheduleCard schedule={s} template={templates.find((t) => t.id === s.templateId)} />
              ))}
              {canWrite(user) && (
                <ScheduleForm
                  key={editing ?? 'new'}
                  partnershipId={current.id}
                  templates={templates}
                  organizations={organizations}
                  schedules={schedules}
                  templateId={editing}
                  onTemplate={setEditing}
                  onSaved={data.reload}
                />
              )}
            </>
          )}
        </Loaded>
      )}
    </>
  );
}

function ScheduleCard({
  schedule: s,
  template,
}: {
  schedule: QuarterlySchedule;
  template?: TemplateSummary;
}) {
  const title = template?.title.en ?? s.templateId;
  return (
    <section class="card" aria-labelledby={`schedule-${s.templateId}`}>
      <h2 id={`schedule-${s.templateId}`}>
        {title}: {s.active ? 'on' : 'paused'}
      </h2>
      <p>
        “{s.name}” opens on day {s.openDay} of each quarter for {s.openDays} days
        {s.reminderDays.length ? `, reminders on days ${s.reminderDays.join(', ')}` : ''}, by{' '}
        {s.channels.map((c) => (c === 'sms' ? 'text' : 'email')).join(' or ')}. It starts with {s.startsWith}.{' '}
        {s.noticeDays ? `Staff are told ${s.noticeDays} days before each launch.` : 'Staff get no notice.'}
      </p>
      <p>
        Today its audience is {s.reach.email + s.reach.sms} people who can be reached ({s.reach.sms} by text,{' '}
        {s.reach.email} by email){s.reach.none ? `, and ${s.reach.none} by printed link only` : ''}.
      </p>
      {s.active ? <UpcomingQuarters schedule={s} /> : <p>Paused: nothing will be created or sent.</p>}
      <ScheduleRuns runs={s.runs} />
    </section>
  );
}

/** An own survey with a published version, in the shape the schedule's survey picker lists. */
function asTemplate(s: OwnSurvey): TemplateSummary[] {
  const latest = s.versions.at(-1);
  if (!latest) return [];
  return [
    {
      id: s.id,
      version: latest.version,
      kind: s.kind,
      title: { en: s.name, es: s.name },
      estimatedMinutes: 0,
      questionCount: 0,
      versions: s.versions.map((v) => v.version),
    },
  ];
}
