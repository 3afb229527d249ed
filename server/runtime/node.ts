/** `npm start`: the embedded default, one Node process serving the app over a SQLite file. */
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { createApp } from '../app.ts';
import { readConfig } from './config.ts';
import { nodeDeps } from './deps.ts';
import { serveNode } from './node-server.ts';

const config = readConfig();
const deps = nodeDeps(config);
const root = new Hono();
root.use(compress());
root.route('/', createApp(() => deps));

serveNode({ fetch: root.fetch, port: config.port, preReadBytes: config.maxBodyBytes }, () => {
  console.log(`Sector Voice is running at ${config.publicUrl}  (database: ${config.databasePath})`);
  console.log('Next:');
  console.log('  npm run cli -- create-admin --email you@example.org   create your admin account');
  console.log('  npm run cli -- demo                                   load a demo partnership with worker links');
  console.log(`  open ${config.publicUrl}/healthz                      check that the server answers`);
});
