/** `npm start`: the embedded default, one Node process serving the app over a SQLite file. */
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { createApp } from '../app.ts';
import { backupSchedule } from './backup-schedule.ts';
import { readConfig } from './config.ts';
import { nodeDeps } from './deps.ts';
import { startDispatcherLoop } from '../loop.ts';
import { storedSecret } from './link-secret.ts';
import { serveNode } from './node-server.ts';
import { failStart, orExit } from './startup.ts';

// A setting, the database file or the file system that stops the start is one line on stderr.
const config = orExit(() => readConfig(process.env, storedSecret), null);
const deps = orExit(() => nodeDeps(config), config.databasePath);
const app = createApp(() => deps);
// Compression wraps the whole app rather than mounting it with route(), which would merge its routes
// into this root and answer misses with the root's plain-text 404 instead of the app's envelope.
const root = new Hono();
root.use(compress());
root.all('*', (c) => app.fetch(c.req.raw, c.env));

// DISPATCH_INTERVAL_SECONDS=0 turns the in-process dispatcher off (e.g. when cron runs the CLI instead).
const interval = config.dispatchIntervalSeconds;
// BACKUP_EVERY: scheduled backups ride the same loop (none when the loop is off; cron runs the CLI then).
const backups = backupSchedule(deps, config);
const dispatcher = interval > 0 ? startDispatcherLoop(deps, interval * 1000, backups ? [backups] : []) : null;

const server = serveNode({ fetch: root.fetch, port: config.port, preReadBytes: config.maxBodyBytes }, () => {
  console.log(`Sector Voice is running at ${config.publicUrl}  (database: ${config.databasePath})`);
  console.log('Next:');
  console.log(
    `  open ${config.publicUrl}/admin                       the dashboard (on first run it creates your admin)`,
  );
  console.log('  npm run cli -- create-admin --email you@example.org   create your admin account');
  console.log(
    '  npm run cli -- demo                                   load a demo partnership with worker links',
  );
  console.log(`  open ${config.publicUrl}/healthz                      check that the server answers`);
  const { senders } = config.distribution;
  if (senders.email === 'dev' || senders.sms === 'dev') {
    console.log(
      `Messages: development senders (${senders.email} email, ${senders.sms} SMS) print each message here with`,
    );
    console.log(
      `  its link hidden (DEV_SHOW_LINKS=1 shows it); GET ${config.publicUrl}/api/dev/outbox lists them whole.`,
    );
    console.log('  Set SMTP_URL / TWILIO_* to send for real.');
  }
});
// A port in use or not ours to take: one line too.
server.once('error', (err) => failStart(err, null));

// Stop taking requests, let the dispatcher record the messages in flight, then close the database.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    server.close();
    await dispatcher?.stop();
    deps.sqlite.raw.close();
    process.exit(0);
  });
}
