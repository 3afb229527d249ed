/**
 * /api/partnerships/:id/schedules: repeat every quarter. One schedule per survey template; the
 * dispatcher loop and the cron create and launch each quarter's campaign (schedules/runner.ts).
 * Everyone who reads the partnership's campaigns reads its schedules; admins and analysts change them.
 */
import { Hono } from 'hono';
import { signedIn } from '../auth/guard.ts';
import { audited, changes } from '../audit/audited.ts';
import { scheduleBody } from '../campaigns/contract.ts';
import { surveyFor } from '../surveys/lookup.ts';
import { localDay } from '../dates.ts';
import { AppError } from '../errors.ts';
import { jsonBody, type AppEnv } from '../http.ts';
import { newId } from '../ids.ts';
import { partnershipAccess } from '../partnerships/access.ts';
import { organizationPartnerships } from '../partnerships/organizations.ts';
import { getPartnership } from '../partnerships/partnerships.ts';
import { firstQuarterFrom } from './schedules/quarters.ts';
import { deleteSchedule, saveSchedule, scheduleOf, schedulesOf } from './schedules/store.ts';
import { scheduleView } from './schedules/view.ts';

const noSchedule = () => new AppError('NOT_FOUND', 'This partnership has no schedule for that survey.');

export const scheduleRoutes = new Hono<AppEnv>()
  .use(signedIn)
  .get('/:id/schedules', partnershipAccess('read'), async (c) => {
    const { deps } = c.var;
    const p = await getPartnership(deps, c.req.param('id'));
    const list = await schedulesOf(deps, p.id);
    return c.json({ schedules: await Promise.all(list.map((s) => scheduleView(deps, s, p))) });
  })
  .put('/:id/schedules/:templateId', partnershipAccess('write'), jsonBody(scheduleBody), async (c) => {
    const { deps, user } = c.var;
    const body = c.req.valid('json');
    const p = await getPartnership(deps, c.req.param('id'));
    const template = await surveyFor(deps, p.id, c.req.param('templateId'));
    const orgs = body.audience.organizationIds ?? [];
    if (orgs.length) {
      const found = await organizationPartnerships(deps, orgs);
      if (found.length !== new Set(orgs).size || found.some((o) => o.partnership_id !== p.id))
        throw new AppError('VALIDATION_FAILED', 'One of the organizations is not part of this partnership.');
    }
    const today = localDay(deps.clock.now(), p.timeZone);
    const existing = await scheduleOf(deps, p.id, template.id);
    const { firstQuarter, ...fields } = body;
    const scheduleId = existing?.id ?? newId(deps.random);
    const what = {
      action: 'schedule.save',
      object: { kind: 'schedule', id: scheduleId },
      partnershipId: p.id,
      detail: { templateId: template.id, created: !existing, changes: changes(existing ?? {}, fields) },
    };
    await audited(c, what, (deps) =>
      saveSchedule(
        deps,
        {
          ...fields,
          id: scheduleId,
          partnershipId: p.id,
          templateId: template.id,
          startsWith: firstQuarterFrom(today, p.reviewYear, body.openDay, body.openDays, firstQuarter),
        },
        deps.clock.now().toISOString(),
      ),
    );
    const saved = (await scheduleOf(deps, p.id, template.id))!;
    deps.log.info('schedule saved', { userId: user.id, scheduleId: saved.id, active: saved.active });
    return c.json({ schedule: await scheduleView(deps, saved, p) }, existing ? 200 : 201);
  })
  .delete('/:id/schedules/:templateId', partnershipAccess('write'), async (c) => {
    const { deps, user } = c.var;
    const s = await scheduleOf(deps, c.req.param('id'), c.req.param('templateId'));
    if (!s) throw noSchedule();
    const what = {
      action: 'schedule.delete',
      object: { kind: 'schedule', id: s.id },
      partnershipId: s.partnershipId,
    };
    await audited(c, what, (d) => deleteSchedule(d, s.id));
    deps.log.info('schedule deleted', { userId: user.id, scheduleId: s.id });
    return c.json({ deleted: true });
  });
