/**
 * What the accessibility tests share: one page that visits screens, runs axe-core on each at a
 * desktop's 1280x800 and a phone's 360x640 (any WCAG 2.1 A or AA violation of any impact), tabs
 * through each (keyboard.ts), and keeps every finding of a test so a run lists them all rather than
 * stopping at the first; and the demo partnership as those tests load it.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { loadDemo, type DemoResult } from '../../server/demo/demo.ts';
import { employers } from '../../server/demo/profiles.ts';
import { dispatchDue } from '../../server/distribution/dispatcher.ts';
import { testAdmin, type TestClient } from '../helpers/app.ts';
import { axe, startHarness, type Harness } from './admin-harness.ts';
import { keyboardWalk } from './keyboard.ts';

export const desktop = { width: 1280, height: 800 };
export const phone = { width: 360, height: 640 };
export const password = testAdmin.password;

/** The selector of a screen's heading with `text`. */
export const heading = (text: string) => `main h1:has-text("${text}")`;

export class A11yWalk {
  /** Swapped for another context's page where a test needs one (the respondent without scripts). */
  page!: Page;
  private context!: BrowserContext;
  private problems: string[] = [];
  private constructor(readonly h: Harness) {}

  static async start(): Promise<A11yWalk> {
    const walk = new A11yWalk(await startHarness());
    walk.context = await walk.h.browser.newContext({ viewport: desktop });
    walk.context.setDefaultTimeout(20_000);
    walk.page = await walk.context.newPage();
    return walk;
  }

  async close() {
    await this.context?.close();
    await this.h.close();
  }

  /** axe at both sizes and a walk with the keyboard, each finding kept for `report`. */
  async check(label: string) {
    const page = this.page;
    for (const size of [desktop, phone]) {
      await page.setViewportSize(size);
      // Layout at the new size (requestAnimationFrame never fires with JavaScript off).
      await page.evaluate(() => document.body.getBoundingClientRect());
      const at = `${label} at ${size.width}x${size.height}`;
      await this.axe(at);
      // The keyboard meets the same controls at either size; once is enough for the suite's time.
      if (size === desktop)
        for (const f of await keyboardWalk(page))
          this.problems.push(`keyboard on ${at}: ${f.what} ${f.problem}`);
    }
    await page.setViewportSize(desktop);
  }

  /** axe alone, for a state the keyboard does not reach (a poster as printed). */
  async axe(label: string) {
    try {
      await axe(this.page, label);
    } catch (err) {
      this.problems.push((err as Error).message);
    }
  }

  /** Opens an address and waits for `ready` and for every loading notice to go. */
  async visit(path: string, ready: string) {
    await this.page.goto(`${this.h.base}${path}`);
    await this.settle(ready);
  }

  async settle(ready: string) {
    await this.page.locator(ready).first().waitFor();
    await expect.poll(() => this.page.locator('.loading').count()).toBe(0);
  }

  /** Fails the test with everything found since the last report. */
  report() {
    const found = this.problems;
    this.problems = [];
    expect(found, found.join('\n\n')).toEqual([]);
  }
}

export interface DemoFixture {
  demo: DemoResult;
  pid: string;
  /** The open worker survey, with bounced invitations to list. */
  openCampaign: string;
  closedCampaign: string;
  /** A quarter's review. */
  reviewPeriod: string;
}

/**
 * The demo partnership, one email in seven bounced so open campaigns have failures to show, a viewer
 * (vic@) and an employer's account (erin@, limited to the first employer), all with the test
 * admin's password. `admin` must be signed in.
 */
export async function loadDemoWithStaff(h: Harness, admin: TestClient): Promise<DemoFixture> {
  const demo = await loadDemo(h.ctx.deps);
  const pid = demo.partnership.id;
  const { mailer } = h.ctx.deps;
  let sent = 0;
  h.ctx.deps.mailer = {
    send: async (m) =>
      sent++ % 7 === 0
        ? { ok: false, permanent: true, code: 'SMTP_550', message: 'No such user' }
        : mailer.send(m),
  };
  await dispatchDue(h.ctx.deps);
  const { reviews } = (await admin.get(`/api/partnerships/${pid}/reviews`)).json as {
    reviews: { period: string; kind: string }[];
  };
  const { organizations } = (await admin.get(`/api/partnerships/${pid}/organizations`)).json as {
    organizations: { id: string; name: string }[];
  };
  const employer = organizations.find((o) => o.name === employers[0]!.name)!.id;
  for (const [email, memberships] of [
    ['vic@example.org', [{ partnershipId: pid }]],
    ['erin@example.org', [{ partnershipId: pid, organizationId: employer }]],
  ] as const) {
    const res = await admin.post('/api/users', { email, name: email, password, role: 'viewer', memberships });
    expect(res.status, res.text).toBe(201);
  }
  return {
    demo,
    pid,
    openCampaign: demo.campaigns.find((c) => c.status === 'open' && c.templateId === 'worker-voice')!.id,
    closedCampaign: demo.campaigns.find((c) => c.status === 'closed')!.id,
    reviewPeriod: reviews.find((r) => r.kind === 'quarter')!.period,
  };
}
