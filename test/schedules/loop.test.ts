/**
 * Node's dispatcher loop (what `npm start` runs) carries the schedule runner: left running while the
 * test clock reaches the opening day, it creates and launches the quarter's campaign and, on its next
 * ticks, sends the invitations; ticks after that add nothing.
 */
import { expect, it } from 'vitest';
import { startDispatcherLoop } from '../../server/loop.ts';
import { waitForCount } from '../helpers/http-peer.ts';
import { makeTestApp } from '../helpers/app.ts';
import { withSchedule } from './fixture.ts';

it('creates, launches and sends the quarter on its day from the running loop', async () => {
  const ctx = makeTestApp({ now: '2026-09-20T15:00:00Z' });
  await withSchedule(ctx);
  const count = (sql: string) => (ctx.raw.prepare(sql).get() as { n: number }).n;
  const loop = startDispatcherLoop(ctx.deps, 20);
  try {
    await new Promise((r) => setTimeout(r, 200));
    expect(count('SELECT count(*) AS n FROM campaigns')).toBe(0);
    ctx.clock.set('2026-10-01T15:00:00Z');
    await waitForCount(
      () => count("SELECT count(*) AS n FROM outbox WHERE purpose = 'invitation' AND status = 'sent'"),
      6,
      'invitations sent',
    );
    // Many more ticks: still one campaign, six people.
    await new Promise((r) => setTimeout(r, 300));
  } finally {
    await loop.stop();
  }
  expect(ctx.raw.prepare('SELECT name, status FROM campaigns').all()).toEqual([
    { name: 'Worker voice — PY2026 Q2', status: 'open' },
  ]);
  expect(count('SELECT count(*) AS n FROM invitations')).toBe(6);
  expect(ctx.errors).toEqual([]);
});
