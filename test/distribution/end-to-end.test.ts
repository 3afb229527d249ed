/**
 * Issue #6's end-to-end scenario (test/scenario/end-to-end.ts) on Node: a fresh app over in-memory
 * SQLite, the dispatcher sending through nodemailer to a real SMTP server and through the twilio SDK to
 * the local Twilio peer, which posts signed status callbacks back; time moves on the test clock.
 * The Worker build runs the same scenario in test/workers/distribution.test.ts.
 */
import { afterAll, beforeAll } from 'vitest';
import { describeEndToEnd } from '../scenario/end-to-end.ts';
import type { Harness } from '../scenario/harness.ts';
import { startNodeHarness } from '../scenario/node.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startNodeHarness();
});

afterAll(async () => {
  await harness?.stop();
});

describeEndToEnd('distribution end to end on Node', () => harness);
