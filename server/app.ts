/**
 * The application factory: one Hono app for every runtime. Everything from the outside world comes in
 * through `resolveDeps`, so this file and everything it mounts stay free of Node and Workers APIs.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { contentSecurityPolicy, cspHeader } from './security.ts';
import { adminRoutes } from './admin/routes.ts';
import { auditRoutes } from './staff/audit-routes.ts';
import { authRoutes } from './auth/routes.ts';
import { backupRoutes } from './backups/routes.ts';
import { partnershipCampaignRoutes } from './campaigns/partnership-campaigns.ts';
import { campaignRoutes } from './campaigns/routes.ts';
import { demoRoutes } from './demo/routes.ts';
import type { Deps } from './deps.ts';
import { campaignEditRoutes } from './distribution/campaign-edit-routes.ts';
import { campaignDistributionRoutes } from './distribution/campaign-routes.ts';
import { contactRemovalRoutes } from './distribution/contact-removal-routes.ts';
import { devOutboxRoutes } from './distribution/dev-outbox.ts';
import { retentionRoutes } from './distribution/retention-routes.ts';
import { scheduleRoutes } from './distribution/schedule-routes.ts';
import { unsubscribeRoutes } from './distribution/unsubscribe.tsx';
import { twilioWebhooks } from './distribution/webhooks.ts';
import { texting } from './respond/texting/index.ts';
import { AppError, errorBody, sendError } from './errors.ts';
import type { AppEnv } from './http.ts';
import { contactRoutes } from './partnerships/contact-routes.ts';
import { languageRoutes } from './partnerships/language-routes.ts';
import { memberRoutes } from './partnerships/member-routes.ts';
import { organizationRoutes } from './partnerships/organization-routes.ts';
import { partnershipRoutes } from './partnerships/routes.ts';
import { respondRoutes } from './respond/routes.ts';
import { previewRoutes } from './respond/preview.tsx';
import { shortCodeRoutes } from './respond/short-code.ts';
import { partnershipSurveyRoutes, surveyRoutes } from './surveys/routes.ts';
import { partnershipSurveyImportRoutes, surveyTransferRoutes } from './surveys/transfer-routes.ts';
import { campaignReviewRoutes } from './reviews/campaign-routes.ts';
import { reviewApiRoutes, reviewPageRoutes } from './reviews/routes.ts';
import { staffRoutes } from './staff/routes.ts';
import { sendAsset } from './assets.ts';
import { templateRoutes } from './templates/routes.ts';

export function createApp(resolveDeps: (c: Context) => Deps) {
  const app = new Hono<AppEnv>();

  app.use('*', async (c, next) => {
    c.set('deps', resolveDeps(c));
    await next();
  });
  // The editor's preview is the one page the dashboard frames, so it alone may be framed by this origin.
  // Registered before secureHeaders, so this runs after it has set the page's headers.
  app.use('/preview/*', async (c, next) => {
    await next();
    c.res.headers.set('X-Frame-Options', 'SAMEORIGIN');
    c.res.headers.set(
      'Content-Security-Policy',
      cspHeader().replace("frame-ancestors 'none'", "frame-ancestors 'self'"),
    );
  });
  app.use(
    '*',
    secureHeaders({
      // Pages load nothing from third parties: scripts and styles come from this origin only.
      contentSecurityPolicy,
      // Never framed, as frame-ancestors 'none' says, for browsers that only read the older header.
      xFrameOptions: 'DENY',
      referrerPolicy: 'no-referrer',
    }),
  );
  app.use('*', (c, next) => {
    const max = c.var.deps.config.maxBodyBytes;
    const tooLarge = () => {
      throw new AppError('BODY_TOO_LARGE', `The body is larger than ${max} bytes.`);
    };
    // Decided from the headers where they can decide it: hono's bodyLimit asks for `c.req.raw.body`
    // first, which makes the Node adapter build a full Request even for a GET. A GET or HEAD has no
    // body; a Content-Length without Transfer-Encoding is what the runtime reads, byte for byte.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      return Number(length) > max ? tooLarge() : next();
    }
    // No length given (a chunked body): count the bytes as they come.
    return bodyLimit({ maxSize: max, onError: tooLarge })(c, next);
  });

  // One chain, so the app's type carries every route for the dashboard's typed client (App below).
  const routes = app
    .get('/healthz', (c) => c.json({ ok: true, service: 'sector-voice' }))
    .route('/api/templates', templateRoutes)
    .route('/api/backups', backupRoutes)
    .route('/api', authRoutes)
    .route('/api', staffRoutes)
    .route('/api/audit', auditRoutes)
    .route('/api/partnerships', partnershipRoutes)
    .route('/api/partnerships', contactRoutes)
    .route('/api/partnerships', languageRoutes)
    .route('/api/partnerships', contactRemovalRoutes)
    .route('/api/partnerships', retentionRoutes)
    .route('/api/partnerships', memberRoutes)
    .route('/api/partnerships', organizationRoutes)
    .route('/api/partnerships', partnershipCampaignRoutes)
    .route('/api/partnerships', partnershipSurveyRoutes)
    .route('/api/partnerships', partnershipSurveyImportRoutes)
    .route('/api/partnerships', scheduleRoutes)
    .route('/api/partnerships', reviewApiRoutes)
    .route('/reviews', reviewPageRoutes)
    .route('/api/campaigns', campaignRoutes)
    .route('/api/campaigns', campaignDistributionRoutes)
    .route('/api/campaigns', campaignReviewRoutes)
    .route('/api/campaigns', campaignEditRoutes)
    .route('/api/surveys', surveyRoutes)
    .route('/api/surveys', surveyTransferRoutes)
    .route('/webhooks/twilio', twilioWebhooks(texting))
    .route('/api/dev', devOutboxRoutes(texting))
    .route('/api/demo', demoRoutes)
    .route('/u', unsubscribeRoutes)
    .route('/admin', adminRoutes)
    .route('/preview', previewRoutes)
    .route('/', respondRoutes)
    .route('/', shortCodeRoutes);

  app.get('/assets/:file', async (c) => {
    // File names carry a content hash, so they can be cached for good.
    const sent = await sendAsset(
      c,
      c.var.deps.assets,
      c.req.param('file'),
      'public, max-age=31536000, immutable',
    );
    return sent ?? c.json(errorBody('NOT_FOUND', 'No such file.'), 404);
  });

  app.notFound((c) => c.json(errorBody('NOT_FOUND', `No route for ${c.req.method} ${c.req.path}.`), 404));
  app.onError((err, c) => sendError(c, err, (msg, f) => c.var.deps?.log.error(msg, f)));
  return routes;
}

/** The app with the types of all its routes: the dashboard's client is typed from it (client/admin/api.ts). */
export type App = ReturnType<typeof createApp>;
