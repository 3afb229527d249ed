// Repeat every quarter: a partnership's schedules, one per survey. Each shows the quarters to come
// (with the day staff are told) and how past quarters went; admins and analysts set, pause or remove
// one with the form; viewers read. The notice email links here with ?partnership=, which switches to it.
import { useEffect, useState } from 'preact/hooks';
import type { QuarterlySchedule } from '../../../server/campaigns/contract.ts';
import type { OwnSurvey } from '../../../server/surveys/contract.ts';
import type { TemplateSummary } from '../../../surveys/index.ts';
import { read, server } from '../api.ts';
import { useWords } from '../i18n/use-locale.ts';
import type { ScreenProps } from '../shell/routes.ts';
import { useApi } from '../use-api.ts';
import { canWrite, useSession } from '../use-session.ts';
import { Empty, Loaded } from '../ui/status.tsx';
import { campaignFormats, surveyTitle } from './format.ts';
import { ScheduleForm } from './schedule-form.tsx';
import { ScheduleRuns, UpcomingQuarters } from './schedule-runs.tsx';

export default function Schedule({ query }: ScreenProps) {
  const session = useSession();
  const { current, user } = session;
  const t = useWords('campaigns');
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
      <h1 tabIndex={-1}>{t('repeat')}</h1>
      <p>
        <a href="/admin/campaigns">{t('backToCampaigns')}</a>
      </p>
      {!current ? (
        <Empty>{t('startPartnership')}</Empty>
      ) : (
        <Loaded state={data} what={t('theSchedules')}>
          {({ templates, schedules, organizations }) => (
            <>
              <p class="hint">
                {t('scheduleIntro', { partnership: current.name, year: current.reviewYear })}
              </p>
              {schedules.length === 0 && <Empty>{t('noSchedules')}</Empty>}
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
  const t = useWords('campaigns');
  const n = campaignFormats(t.locale).number;
  const title = template ? surveyTitle(template, t.locale) : s.templateId;
  return (
    <section class="card" aria-labelledby={`schedule-${s.templateId}`}>
      <h2 id={`schedule-${s.templateId}`}>
        {t('scheduleTitle', { title, active: s.active ? 'yes' : 'no' })}
      </h2>
      <p>
        {t('scheduleDays', {
          name: s.name,
          day: s.openDay,
          days: s.openDays,
          reminders: s.reminderDays.length ? s.reminderDays.join(', ') : 'none',
          channels: t('scheduleChannels', { channels: s.channels.join('_') }),
          first: s.startsWith,
        })}{' '}
        {t('noticeDays', { n: s.noticeDays })}
      </p>
      <p>
        {t('reach', {
          n: s.reach.email + s.reach.sms,
          sms: n(s.reach.sms),
          email: n(s.reach.email),
          none: s.reach.none,
        })}
      </p>
      {s.active ? <UpcomingQuarters schedule={s} /> : <p>{t('paused')}</p>}
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
