/**
 * Reviews over HTTP: /api/partnerships/:id/reviews (JSON, CSV, xlsx), goals, action items, "mark final",
 * review settings; and the printable page at /reviews/:partnershipId/:period. Members only; viewers
 * read, analysts and admins change.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { authenticate, signedIn } from '../auth/guard.ts';
import { audited, auditNow, changes } from '../audit/audited.ts';
import { partnershipAccess, requirePartnership } from '../partnerships/access.ts';
import { AppError, errorStatus } from '../errors.ts';
import { jsonBody, queryOf, readQuery, type AppEnv } from '../http.ts';
import { getPartnership } from '../partnerships/partnerships.ts';
import { createAction, updateAction } from './actions.ts';
import {
  createActionBody,
  createGoalBody,
  reviewQuery,
  reviewSettingsBody,
  updateActionBody,
  updateGoalBody,
} from './contract.ts';
import { reviewCsv } from './csv.ts';
import { reviewXlsx } from './review-xlsx.ts';
import { markFinal } from './final.ts';
import { createGoal, deleteGoal, goalMeasures, listGoals, updateGoal } from './goals.ts';
import { listReviews } from './list.ts';
import { getReview } from './draw-review.ts';
import { reviewPage, signInPage } from './page.tsx';
import { reviewPeriod } from './periods.ts';
import { scopeReview } from './scope.ts';
import { commentMinSize, setReviewSettings } from './settings.ts';
import { localizeReview } from './review-texts.ts';
import { isLocale, locales, type Locale } from '../../client/shared/i18n/locales.ts';
import { negotiate } from '../../surveys/index.ts';

const pageQuery = z.object({
  paper: z.enum(['letter', 'a4']).optional(),
  lang: z.string().max(35).optional(),
});

/** `?lang` when the dashboard speaks it, else the browser's first language it does, else English. */
const readerLocale = (asked: string | undefined, acceptLanguage = ''): Locale =>
  isLocale(asked) ? asked : ((negotiate(acceptLanguage, locales) as Locale | undefined) ?? 'en');

export const reviewApiRoutes = new Hono<AppEnv>()
  .use('/:id/reviews/*', signedIn)
  .use('/:id/reviews', signedIn)
  .use('/:id/goals/*', signedIn)
  .use('/:id/goals', signedIn)
  .use('/:id/actions/*', signedIn)
  .use('/:id/review-settings', signedIn)
  .get('/:id/reviews', async (c) => {
    await requirePartnership(c, c.req.param('id'), 'reviews');
    return c.json({ reviews: await listReviews(c.var.deps, c.req.param('id')) });
  })
  .get('/:id/reviews/:period', partnershipAccess('reviews'), queryOf(reviewQuery), async (c) => {
    const { format, lang } = c.req.valid('query');
    const review = await localizeReview(
      c.var.deps,
      scopeReview(await getReview(c.var.deps, c.req.param('id'), c.req.param('period')), c.var.scope),
      isLocale(lang) ? lang : 'en',
    );
    if (format === 'json') return c.json({ review });
    await auditNow(c, {
      action: 'review.export',
      object: { kind: 'review', id: review.period.name },
      partnershipId: c.req.param('id'),
      detail: { format },
    });
    if (format === 'xlsx')
      return c.body(reviewXlsx(review), 200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename="review-${review.period.name}.xlsx"`,
      });
    return c.body(reviewCsv(review), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="review-${review.period.name}.csv"`,
    });
  })
  .post('/:id/reviews/:period/final', async (c) => {
    const [id, period] = [c.req.param('id'), c.req.param('period')];
    await requirePartnership(c, id, 'write');
    const what = { action: 'review.final', object: { kind: 'review', id: period }, partnershipId: id };
    return c.json(
      { final: await audited(c, what, (deps) => markFinal(deps, id, period, c.var.user.id)) },
      201,
    );
  })
  .post('/:id/reviews/:period/actions', partnershipAccess('write'), jsonBody(createActionBody), async (c) => {
    const body = c.req.valid('json');
    const partnership = await getPartnership(c.var.deps, c.req.param('id'));
    const period = reviewPeriod(c.req.param('period'), partnership.reviewYear);
    const action = await createAction(c.var.deps, partnership, period, body);
    const object = { kind: 'action_item', id: action.id };
    await auditNow(c, {
      action: 'action_item.create',
      object,
      partnershipId: partnership.id,
      detail: { period: period.name },
    });
    return c.json({ action }, 201);
  })
  .patch('/:id/actions/:actionId', partnershipAccess('write'), jsonBody(updateActionBody), async (c) => {
    const body = c.req.valid('json');
    const partnership = await getPartnership(c.var.deps, c.req.param('id'));
    const actionId = c.req.param('actionId');
    const what = {
      action: 'action_item.update',
      object: { kind: 'action_item', id: actionId },
      partnershipId: partnership.id,
      detail: { fields: Object.keys(body) },
    };
    return c.json({
      action: await audited(c, what, (deps) => updateAction(deps, partnership, actionId, body)),
    });
  })
  .get('/:id/goals', async (c) => {
    await requirePartnership(c, c.req.param('id'), 'reviews');
    await getPartnership(c.var.deps, c.req.param('id'));
    const measures = Object.fromEntries(
      ['worker-voice', 'employer-satisfaction', 'partner-roi'].map((t) => [t, goalMeasures(t)]),
    );
    return c.json({ goals: await listGoals(c.var.deps, c.req.param('id')), measures });
  })
  .post('/:id/goals', partnershipAccess('write'), jsonBody(createGoalBody), async (c) => {
    const body = c.req.valid('json');
    await getPartnership(c.var.deps, c.req.param('id'));
    const goal = await createGoal(c.var.deps, c.req.param('id'), body);
    const detail = { label: goal.label, measure: goal.measure, target: goal.target };
    await auditNow(c, {
      action: 'goal.create',
      object: { kind: 'goal', id: goal.id },
      partnershipId: c.req.param('id'),
      detail,
    });
    return c.json({ goal }, 201);
  })
  .patch('/:id/goals/:goalId', partnershipAccess('write'), jsonBody(updateGoalBody), async (c) => {
    const body = c.req.valid('json');
    const [id, goalId] = [c.req.param('id'), c.req.param('goalId')];
    const what = {
      action: 'goal.update',
      object: { kind: 'goal', id: goalId },
      partnershipId: id,
      detail: { fields: Object.keys(body) },
    };
    return c.json({ goal: await audited(c, what, (deps) => updateGoal(deps, id, goalId, body)) });
  })
  .delete('/:id/goals/:goalId', async (c) => {
    await requirePartnership(c, c.req.param('id'), 'write');
    const [id, goalId] = [c.req.param('id'), c.req.param('goalId')];
    const what = { action: 'goal.delete', object: { kind: 'goal', id: goalId }, partnershipId: id };
    await audited(c, what, (deps) => deleteGoal(deps, id, goalId));
    return c.json({ ok: true });
  })
  .get('/:id/review-settings', async (c) => {
    await requirePartnership(c, c.req.param('id'), 'reviews');
    const partnership = await getPartnership(c.var.deps, c.req.param('id'));
    return c.json({
      settings: {
        commentMinSize: await commentMinSize(c.var.deps, partnership),
        minGroupSize: partnership.minGroupSize,
      },
    });
  })
  .patch('/:id/review-settings', partnershipAccess('write'), jsonBody(reviewSettingsBody), async (c) => {
    const body = c.req.valid('json');
    const partnership = await getPartnership(c.var.deps, c.req.param('id'));
    const before = { commentMinSize: await commentMinSize(c.var.deps, partnership) };
    const what = {
      action: 'partnership.review_settings',
      object: { kind: 'partnership', id: partnership.id },
      partnershipId: partnership.id,
      detail: changes(before, body),
    };
    return c.json({ settings: await audited(c, what, (deps) => setReviewSettings(deps, partnership, body)) });
  });

/** The printable review: the same PublicReview, drawn as a page that needs no JavaScript. */
export const reviewPageRoutes = new Hono<AppEnv>().get('/:partnershipId/:period', async (c) => {
  try {
    await authenticate(c, async () => {});
    const scope = await requirePartnership(c, c.req.param('partnershipId'), 'reviews');
    const { paper, lang } = readQuery(c, pageQuery);
    const locale = readerLocale(lang, c.req.header('accept-language'));
    const review = await localizeReview(
      c.var.deps,
      scopeReview(await getReview(c.var.deps, c.req.param('partnershipId'), c.req.param('period')), scope),
      locale,
    );
    // Overdue as of the day the page is printed, not the day the figures were drawn.
    const today = c.var.deps.clock.now().toISOString().slice(0, 10);
    await auditNow(c, {
      action: 'review.export',
      object: { kind: 'review', id: review.period.name },
      partnershipId: c.req.param('partnershipId'),
      detail: { format: 'print' },
    });
    return c.html(reviewPage(review, { paper: paper ?? null, today, locale }));
  } catch (err) {
    // A person at a browser gets a readable page with the same status the API would give.
    if (!(err instanceof AppError)) throw err;
    const locale = readerLocale(c.req.query('lang'), c.req.header('accept-language'));
    return c.html(signInPage(err.code, err.message, locale), errorStatus[err.code]);
  }
});
