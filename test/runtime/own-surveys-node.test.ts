/**
 * A partnership's own survey through `npm start`'s server, over a real socket and a SQLite file read
 * back after each step: the same walk the Worker test takes (test/surveys/own-survey-walk.ts).
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { setUpAdmin, TestClient } from '../helpers/app.ts';
import { startNodeServer, type RunningServer } from '../helpers/node-server.ts';
import { ownSurveyWalk } from '../surveys/own-survey-walk.ts';

let server: RunningServer;
let admin: TestClient;
let pid: string;

beforeAll(async () => {
  server = await startNodeServer();
  admin = new TestClient((path, init) => fetch(server.base + path, { ...init, redirect: 'manual' }));
  await setUpAdmin(admin);
  const p = await admin.post('/api/partnerships', {
    name: 'River Valley',
    sector: 'Manufacturing',
    region: 'RV',
    timeZone: 'UTC',
    reviewYear: 'calendar',
  });
  pid = p.json.partnership.id;
  await admin.post(`/api/partnerships/${pid}/contacts`, [
    { firstName: 'P', email: 'p@work.example', kind: 'worker' },
  ]);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('own surveys on the Node server', () => {
  it('starts, refuses, publishes, launches and previews a survey', async () => {
    await ownSurveyWalk(admin, pid, async <T>(sql: string) => {
      const db = new Database(server.databasePath, { readonly: true });
      try {
        return db.prepare(sql).all() as T[];
      } finally {
        db.close();
      }
    });
  }, 60_000);
});
