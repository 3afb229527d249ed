/**
 * Contact details that expire on the Partnership screen, in Chromium (issue 17): over the demo, an
 * admin reads the choice in plain words, turns a retention period on, sees who is due and from which
 * day, and after the job has run sees them gone from the list; a bad period is refused with the
 * server's words beside the field; axe is clean on each state.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRetention } from '../../server/distribution/retention.ts';
import type { TestClient } from '../helpers/app.ts';
import { axe, englishDesk, loadDemo, shot, startHarness, watch, type Harness } from './admin-harness.ts';

let h: Harness;
let admin: TestClient;
let context: BrowserContext;
let page: Page;
let pid = '';

beforeAll(async () => {
  h = await startHarness();
  const loaded = await loadDemo(h);
  admin = loaded.admin;
  pid = loaded.demo.partnership.id;
  const added = await admin.post(`/api/partnerships/${pid}/contacts`, {
    firstName: 'Olda',
    lastName: 'Longago',
    phone: '+13125550777',
    kind: 'worker',
  });
  expect(added.status, added.text).toBe(201);
  // Added years ago and never invited: due as soon as a period is set.
  h.ctx.raw
    .prepare("UPDATE contacts SET created_at = '2020-01-01T12:00:00.000Z' WHERE id = ?")
    .run(added.json.created[0].id);
  ({ context, page } = await englishDesk(h, '/admin/partnership'));
}, 180_000);

afterAll(async () => {
  await context?.close();
  await h?.close();
}, 60_000);

describe('the Partnership screen: contact details that expire', { timeout: 120_000 }, () => {
  it('explains the choice, is off by default, and turns on to list who is due', async () => {
    const seen = watch(page, h.base);
    const card = page.locator('section', {
      has: page.locator('h2', { hasText: 'Contact details that expire' }),
    });
    await card.waitFor();
    await expect.poll(() => card.innerText()).toContain('A STOP or an unsubscribe is never forgotten');
    const text = await card.innerText();
    expect(text).toContain('Their name, email address, phone number');
    expect(text).toContain('every answer stays');
    expect(text).toContain('Contact details are kept until someone erases them, so nobody is due.');
    expect(await card.getByLabel('Until someone erases them (the default)').isChecked()).toBe(true);
    await axe(page, 'retention off');

    await card
      .getByLabel('For a set number of days after the last survey they were invited to closes')
      .check();
    await card.getByLabel('Days to keep them').fill('10');
    await card.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => card.innerText()).toContain('Keep contact details at least 30 days');
    expect((await admin.get(`/api/partnerships/${pid}`)).json.partnership.contactRetentionDays).toBeNull();

    await card.getByLabel('Days to keep them').fill('180');
    await card.getByRole('button', { name: 'Save' }).click();
    await card.getByText('Saved.').waitFor();
    expect((await admin.get(`/api/partnerships/${pid}`)).json.partnership.contactRetentionDays).toBe(180);
    const row = card.locator('tr', { hasText: 'Olda Longago' });
    await row.waitFor();
    const due = (await admin.get(`/api/partnerships/${pid}/retention?days=30&limit=200`)).json;
    expect(await card.locator('caption').innerText()).toMatch(
      new RegExp(`^${due.total} contacts? (is|are) due to be erased`),
    );
    await axe(page, 'retention on, with the due list');
    await shot(page, 'admin-retention-due', true);
    seen.check();
  });

  it('no longer lists a contact once the job has erased them', async () => {
    await runRetention(h.ctx.deps, { actor: { kind: 'system', job: 'retention' } });
    await page.reload();
    const card = page.locator('section', {
      has: page.locator('h2', { hasText: 'Contact details that expire' }),
    });
    await card.waitFor();
    expect(await card.getByLabel('Days to keep them').inputValue()).toBe('180');
    await expect.poll(() => card.innerText()).toMatch(/due to be erased|Nobody is due/);
    expect(await card.innerText()).not.toContain('Olda Longago');
    await axe(page, 'retention after the job');
  });
});
