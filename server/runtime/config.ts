/** Configuration from environment variables, for the Node entry and the CLI. */
import type { Config } from '../deps.ts';

export interface NodeConfig extends Config {
  port: number;
  databasePath: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): NodeConfig {
  const port = Number(env.PORT ?? 8787);
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  return {
    port,
    databasePath: env.DATABASE_PATH ?? 'data/survey.db',
    publicUrl,
    maxBodyBytes: Number(env.MAX_BODY_BYTES ?? 256 * 1024),
    secureCookies: publicUrl.startsWith('https://'),
    sessionSeconds: Number(env.SESSION_HOURS ?? 12) * 3600,
    assets: { respondJs: null },
  };
}
