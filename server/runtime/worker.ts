/**
 * Cloudflare Workers entry (wrangler.toml): the same app as `npm start`, over D1. The built client in
 * dist/ is served by the Workers assets layer before the Worker runs, so /assets/* never gets here
 * unless the file is missing (and then the app answers 404). A Cron Trigger runs the same dispatcher
 * as Node's loop, with the same deps, through `scheduled`.
 */
import type { D1Database, ExecutionContext, Fetcher, ScheduledController } from '@cloudflare/workers-types';
import type { ExecutionContext as HonoExecutionContext } from 'hono';
import { createApp, type App } from '../app.ts';
import type { AssetReader, Config, Deps, Logger } from '../deps.ts';
import { continuePendingLaunches } from '../distribution/launch.ts';
import { dispatchScheduled } from '../distribution/cron.ts';
import { runUpkeep, upkeepFields } from '../upkeep.ts';
import { fetchSenders } from '../distribution/fetch-senders.ts';
import { cryptoRandom } from '../ids.ts';
import { errorBody } from '../errors.ts';
import { securityHeaders } from '../security.ts';
import { settingsProblem } from '../settings.ts';
import { readConfig } from './config.ts';
import { openD1 } from './d1.ts';

export interface Env {
  DB: D1Database;
  ASSETS: Fetcher;
  PUBLIC_URL?: string;
  MAX_BODY_BYTES?: string;
  SESSION_HOURS?: string;
  AUDIT_KEEP_DAYS?: string;
  /** A secret (`wrangler secret put LINK_SECRET`): keys the links in messages. */
  LINK_SECRET?: string;
  /** A secret (`wrangler secret put ANSWER_SECRET`): seals the answers waiting for release. */
  ANSWER_SECRET?: string;
  /** Twilio (secrets for the SID and token): TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM... */
  TWILIO_AUTH_TOKEN?: string;
  /** Amazon SES (secrets for the keys): SES_ACCESS_KEY_ID, SES_SECRET_ACCESS_KEY, SES_REGION... */
  MAIL_FROM?: string;
  MAIL_POSTAL_ADDRESS?: string;
  DEFAULT_COUNTRY?: string;
  /** Every other variable or secret: the same names and meanings as on Node (README, Configuration). */
  [name: string]: unknown;
}

/**
 * The variables and secrets as Node's process.env would hold them (bindings left out). wrangler.toml
 * makes `MAX_BODY_BYTES = 262144` a number, which is read as its text rather than silently dropped.
 */
function stringVars(env: Env): Record<string, string | undefined> {
  const vars: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (typeof value === 'string') vars[name] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') vars[name] = String(value);
  }
  return vars;
}

/**
 * D1 allows 1,000 queries per invocation, a batch's statements included. A request may write this
 * many; the rest is left for reads (session, audience) and headroom. Launches larger than this are
 * written in chunks (server/distribution/launch.ts).
 */
const statementBudget = 600;
/** What a cron run spends resuming chunked launches before it dispatches (server/distribution/cron.ts). */
const cronLaunchBudget = 300;

const log: Logger = {
  info: (msg, fields) => console.log(msg, fields ?? {}),
  error: (msg, fields) => console.error(msg, fields ?? {}),
};

/**
 * The hashed island file name, read from the manifest the build wrote. Read through the assets
 * binding rather than imported, so type-checking and bundling do not depend on a build having run.
 */
async function readManifest(env: Env, origin: string): Promise<Config['assets']> {
  try {
    const res = await env.ASSETS.fetch(new URL('/assets/manifest.json', origin).href);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const manifest = await res.json<{ respondJs?: string }>();
    return { respondJs: manifest.respondJs ?? null };
  } catch (err) {
    // Pages still work without the island (plain form POST); say why it is missing.
    log.error('no dist/assets/manifest.json: run `npm run build`', { error: String(err) });
    return { respondJs: null };
  }
}

/**
 * The admin app's files through the assets binding. The assets layer answers /admin/ and its hashed
 * files itself; a deep link such as /admin/campaigns/abc is no file, reaches the Worker, and gets the
 * app's index.html from here (asked for as /admin/, which is how the assets layer names it).
 */
function adminAssets(env: Env, origin: string): AssetReader {
  return async (path) => {
    const res = await env.ASSETS.fetch(
      new URL(path === 'index.html' ? '/admin/' : `/admin/${path}`, origin).href,
    );
    if (!res.ok) return null;
    return {
      body: new Uint8Array(await res.arrayBuffer()),
      type: res.headers.get('content-type') ?? 'application/octet-stream',
    };
  };
}

async function buildDeps(env: Env, origin: string): Promise<Deps> {
  // The same variables and defaults as on Node; the port and database path mean nothing here.
  const vars = stringVars(env);
  const {
    publicUrl,
    maxBodyBytes,
    secureCookies,
    sessionSeconds,
    distribution,
    defaultCountry,
    answerSecret,
    auditKeepDays,
  } = readConfig(vars);
  const clock = { now: () => new Date() };
  return {
    ...openD1(env.DB),
    statementBudget,
    clock,
    random: cryptoRandom,
    config: {
      publicUrl,
      maxBodyBytes,
      secureCookies,
      sessionSeconds,
      answerSecret,
      assets: await readManifest(env, origin),
      distribution,
      defaultCountry,
      auditKeepDays,
      // D1 keeps them: Time Travel and `wrangler d1 export` (README, Backups).
      backups: { kind: 'd1' },
    },
    log,
    adminAssets: adminAssets(env, origin),
    ...fetchSenders(vars, log, cryptoRandom, clock),
    // Set by Cloudflare's edge on every request; a client cannot forge it.
    clientAddress: (c) => c.req.header('cf-connecting-ip') ?? null,
  };
}

// Bindings and vars are fixed for the life of an isolate, so deps and the app are built once per isolate.
let built: Promise<{ deps: Deps; app: App }> | undefined;

function build(env: Env, origin: string) {
  built ??= buildDeps(env, origin)
    .then((deps) => ({ deps, app: createApp(() => deps) }))
    .catch((err: unknown) => {
      const line = settingsProblem(err);
      // Settings are fixed for the isolate's life: say what is wrong once, and keep the failure.
      if (line) log.error(`cannot start: ${line}`);
      else built = undefined;
      throw err;
    });
  return built;
}

/**
 * A Worker cannot refuse to start as `npm start` does, so with settings it cannot use it answers every
 * request with a 500 envelope naming them (secrets are never repeated, only their length).
 */
function cannotStart(err: unknown): Response {
  const line = settingsProblem(err);
  if (!line) throw err;
  return Response.json(errorBody('INTERNAL_ERROR', `The server cannot start: ${line}`), {
    status: 500,
    // The headers the app would have added, since the app never ran.
    headers: { ...securityHeaders(), 'cache-control': 'no-store' },
  });
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    let app: App;
    try {
      ({ app } = await build(env, new URL(request.url).origin));
    } catch (err) {
      return cannotStart(err);
    }
    return app.fetch(request, env, ctx as unknown as HonoExecutionContext);
  },
  /** The Cron Trigger (wrangler.toml, every minute): sends what is due, within one invocation's limits. */
  async scheduled(controller: ScheduledController, env: Env): Promise<void> {
    const { deps } = await build(env, (env.PUBLIC_URL ?? 'http://localhost').replace(/\/+$/, ''));
    const run = (async () => {
      // Launches too large for one request finish here, then their messages go out in later runs.
      const launches = await continuePendingLaunches(deps, cronLaunchBudget);
      const report = await dispatchScheduled(deps);
      const moved = report.sent + report.failed + report.retried + report.skipped + report.optedOut;
      if (moved > 0 || launches > 0) log.info('dispatch', { cron: controller.cron, launches, ...report });
      // Releases of waiting answers and the draft sweep, as Node's loop runs them.
      const upkeep = upkeepFields(await runUpkeep(deps));
      if (upkeep) log.info('upkeep', { cron: controller.cron, ...upkeep });
    })().catch((err: unknown) =>
      log.error('dispatch failed', {
        cron: controller.cron,
        error: err instanceof Error ? err.message : String(err),
      }),
    );
    // Awaited rather than left to waitUntil: the run's end is the invocation's end, which is what
    // --test-scheduled and Cloudflare's cron log report.
    await run;
  },
};
