/**
 * Cloudflare Workers entry (wrangler.toml): the same app as `npm start`, over D1. The built client in
 * dist/ is served by the Workers assets layer before the Worker runs, so /assets/* never gets here
 * unless the file is missing (and then the app answers 404).
 */
import type { D1Database, ExecutionContext, Fetcher } from '@cloudflare/workers-types';
import type { ExecutionContext as HonoExecutionContext } from 'hono';
import { createApp, type App } from '../app.ts';
import type { Config, Deps, Logger } from '../deps.ts';
import { devMailer, devSms } from '../distribution/dev-senders.ts';
import { cryptoRandom } from '../ids.ts';
import { readConfig } from './config.ts';
import { openD1 } from './d1.ts';

export interface Env {
  DB: D1Database;
  ASSETS: Fetcher;
  PUBLIC_URL?: string;
  MAX_BODY_BYTES?: string;
  SESSION_HOURS?: string;
  /** A secret (`wrangler secret put LINK_SECRET`): keys the links in messages. */
  LINK_SECRET?: string;
  TWILIO_AUTH_TOKEN?: string;
  MAIL_FROM?: string;
  MAIL_POSTAL_ADDRESS?: string;
  DEFAULT_COUNTRY?: string;
}

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

async function buildApp(env: Env, origin: string): Promise<App> {
  // The same variables and defaults as on Node; the port and database path mean nothing here.
  const { publicUrl, maxBodyBytes, secureCookies, sessionSeconds, distribution, defaultCountry } = readConfig({
    PUBLIC_URL: env.PUBLIC_URL,
    MAX_BODY_BYTES: env.MAX_BODY_BYTES,
    SESSION_HOURS: env.SESSION_HOURS,
    LINK_SECRET: env.LINK_SECRET,
    TWILIO_AUTH_TOKEN: env.TWILIO_AUTH_TOKEN,
    MAIL_FROM: env.MAIL_FROM,
    MAIL_POSTAL_ADDRESS: env.MAIL_POSTAL_ADDRESS,
    DEFAULT_COUNTRY: env.DEFAULT_COUNTRY,
  });
  const deps: Deps = {
    ...openD1(env.DB),
    clock: { now: () => new Date() },
    random: cryptoRandom,
    config: {
      publicUrl,
      maxBodyBytes,
      secureCookies,
      sessionSeconds,
      assets: await readManifest(env, origin),
      distribution,
      defaultCountry,
    },
    log,
    // Workers senders (Twilio over fetch, an HTTP email API) arrive with the Workers parity issue.
    mailer: devMailer(log, cryptoRandom),
    sms: devSms(log, cryptoRandom),
  };
  return createApp(() => deps);
}

// Bindings and vars are fixed for the life of an isolate, so the app is built once per isolate.
let app: Promise<App> | undefined;

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    app ??= buildApp(env, new URL(request.url).origin).catch((err: unknown) => {
      app = undefined;
      throw err;
    });
    return (await app).fetch(request, env, ctx as unknown as HonoExecutionContext);
  },
  // A `scheduled` handler (Cron Trigger running the dispatcher) arrives with the distribution issue.
};
