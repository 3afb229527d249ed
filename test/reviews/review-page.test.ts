/**
 * The printed review says what the dashboard says: one table per way of grouping (shift once), a key
 * naming every symbol it prints, the provisional mark while campaigns are open, why each hidden cell
 * is hidden, overdue action items flagged, every chart captioned by its accessible name and coloured by
 * what its answers mean. Drawn from the demo through the real route, and from edited copies of its
 * review for the cases the demo does not hold.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { toneFill } from '../../client/shared/polarity.ts';
import { formatDay } from '../../client/shared/i18n/format.ts';
import type { PublicReview } from '../../server/reviews/contract.ts';
import { reviewPage } from '../../server/reviews/page.tsx';
import { adminClient, makeTestApp, testAdmin, TestClient } from '../helpers/app.ts';

let admin: TestClient;
let pid = '';
let live = '';
let final = '';
let ctx: ReturnType<typeof makeTestApp>;

beforeAll(async () => {
  ctx = makeTestApp({ now: new Date().toISOString() });
  admin = await adminClient(ctx);
  const demo = await admin.post('/api/demo');
  expect(demo.status, demo.text).toBe(201);
  pid = demo.json.partnership.id;
  const reviews = (await admin.get(`/api/partnerships/${pid}/reviews`)).json.reviews as {
    period: string;
    kind: string;
    status: string;
  }[];
  live = reviews.find((r) => r.kind === 'quarter' && r.status === 'live')!.period;
  final = reviews.find((r) => r.kind === 'quarter' && r.status === 'final')!.period;
  const late = await admin.post(`/api/partnerships/${pid}/reviews/${live}/actions`, {
    heard: 'Night shift hears about training too late.',
    action: 'Post training dates two weeks ahead.',
    dueOn: '2020-01-31',
  });
  expect(late.status, late.text).toBe(201);
}, 120_000);

const page = async (period: string) => {
  const res = await admin.get(`/reviews/${pid}/${period}`);
  expect(res.status).toBe(200);
  return res.text;
};
const review = async (period: string) =>
  (await admin.get(`/api/partnerships/${pid}/reviews/${period}`)).json.review as PublicReview;
const outsideKey = (html: string) => html.replace(/<section class="key"[\s\S]*?<\/section>/, '');
const keyOf = (html: string) => /<section class="key"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';

describe('the printed review', () => {
  it('has one shift table, from the workers’ own answer, and no empty response-rate column', async () => {
    const html = await page(live);
    const r = await review(live);
    const worker = r.templates.find((t) => t.templateId === 'worker-voice')!;
    // The JSON has both: the contact attribute and the question.
    expect(worker.breakdowns.map((b) => b.key)).toEqual(expect.arrayContaining(['shift', 'q.shift']));
    expect(html.match(/<h3>By shift<\/h3>/g)).toHaveLength(1);
    expect(html).not.toContain('By Which shift');
    expect(html).toMatch(/From workers(&#39;|')s? own answer to “Which shift do you work most often\?”/);
    const rated = worker.breakdowns.some((b) => b.groups.some((g) => g.measures.response_rate));
    const breakdownTables = [...html.matchAll(/<table class="breakdown">[\s\S]*?<\/table>/g)].map(
      (m) => m[0],
    );
    expect(breakdownTables.length).toBeGreaterThan(2);
    if (!rated) for (const t of breakdownTables) expect(t).not.toContain('Response rate');
  });

  it('explains in its key every symbol it prints', async () => {
    for (const period of [live, final]) {
      const html = await page(period);
      const key = keyOf(html);
      expect(key).toContain('Key to symbols');
      const used = ['▲', '▼', '■', '●', '◇'].filter((s) => outsideKey(html).includes(s));
      expect(used.length).toBeGreaterThan(0);
      for (const s of used) expect(key, `${period}: ${s}`).toContain(s);
    }
  });

  it('marks a live review provisional while its campaigns are open, and a settled one not', async () => {
    const r = await review(live);
    expect(r.provisional).not.toBeNull();
    const html = await page(live);
    expect(outsideKey(html)).toContain('Provisional — campaigns still open');
    expect(outsideKey(html)).toContain('◇');
    const settled = {
      ...r,
      provisional: null,
      templates: r.templates.map((t) => ({ ...t, provisional: false })),
    };
    const strip = (o: unknown): unknown =>
      Array.isArray(o)
        ? o.map(strip)
        : o && typeof o === 'object'
          ? Object.fromEntries(
              Object.entries(o).map(([k, v]) => [
                k,
                k === 'provisional' && typeof v === 'boolean' ? false : strip(v),
              ]),
            )
          : o;
    const calm = reviewPage(strip(settled) as PublicReview, { paper: null });
    expect(outsideKey(calm)).not.toContain('Provisional');
    expect(outsideKey(calm)).not.toContain('◇');
  });

  it('says why a hidden cell is hidden, with no number', async () => {
    const r = await review(final);
    const worker = r.templates.find((t) => t.templateId === 'worker-voice')!;
    const org = worker.breakdowns.find((b) => b.key === 'organization')!;
    const group = org.groups.find((g) => !g.suppressed && g.n !== null && g.n > 20)!;
    const n = group.n!;
    const hide = {
      value: null,
      low: null,
      high: null,
      n: null,
      suppressed: true,
      reason: 'protects-another' as const,
    };
    const edited: PublicReview = structuredClone(r);
    const target = edited.templates
      .find((t) => t.templateId === 'worker-voice')!
      .breakdowns.find((b) => b.key === 'organization')!
      .groups.find((g) => g.key === group.key)!;
    Object.assign(target, {
      n: null,
      suppressed: true,
      reason: 'protects-another',
      measures: Object.fromEntries(Object.keys(target.measures).map((m) => [m, hide])),
    });
    const html = reviewPage(edited, { paper: null });
    const row = new RegExp(`<td>${group.label}</td>[\\s\\S]*?</tr>`).exec(html)![0];
    expect(row).toContain('hidden to protect a smaller group');
    expect(row).not.toContain('fewer than');
    expect(row).not.toMatch(new RegExp(`>${n}<`));
    // Hidden for its own size, it says so.
    target.reason = 'small';
    const small = reviewPage(edited, { paper: null });
    expect(new RegExp(`<td>${group.label}</td>[\\s\\S]*?</tr>`).exec(small)![0]).toContain('fewer than 5');
  });

  it('flags an overdue action item, and not one that is done', async () => {
    const html = await page(live);
    const row =
      [...html.matchAll(/<tr class="overdue">[\s\S]*?<\/tr>/g)]
        .map((m) => m[0])
        .find((r) => r.includes('Post training')) ?? '';
    expect(row).toContain('Post training dates two weeks ahead.');
    expect(row).toContain('overdue');
    expect(html).toMatch(/overdue on [A-Z][a-z]{2} \d{1,2}, \d{4}/);
    const r = await review(live);
    const done: PublicReview = {
      ...r,
      actions: r.actions.map((a) => ({ ...a, status: 'done' as const })),
    };
    expect(reviewPage(done, { paper: null })).not.toContain('class="overdue"');
  });

  it('captions every chart with its accessible name and colours answers by meaning', async () => {
    const html = await page(final);
    const svgs = [...html.matchAll(/<svg class="(?:chart|dist)"[^>]*aria-labelledby="([^"]+)"/g)];
    expect(svgs.length).toBeGreaterThan(20);
    for (const [, id] of svgs)
      expect(html).toMatch(new RegExp(`<figcaption id="${id}" class="chart-title">[^<]+`));
    // "Yes" is drawn in the strongly-agree colour, never in the strongly-disagree one.
    const yes = /<g data-tone="2" data-answer="Yes"><rect[^>]*fill="([^"]+)"/.exec(html);
    expect(yes?.[1]).toBe(toneFill[2]);
    expect(html).toMatch(/<g data-tone="-2" data-answer="Strongly disagree"><rect[^>]*fill="#8c2d04"/);
    expect(html).toContain('Yes (favorable)');
  });
});

// Last: it moves the clock on.
describe('the printed review, days later', () => {
  it('counts overdue as of the day it is printed, not the day the figures were drawn', async () => {
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const tomorrow = day(new Date(ctx.clock.now().getTime() + 86_400_000));
    const soon = await admin.post(`/api/partnerships/${pid}/reviews/${final}/actions`, {
      heard: 'Parking fills before the early shift.',
      action: 'Ask the landlord for the lot behind the plant.',
      dueOn: tomorrow,
    });
    expect(soon.status, soon.text).toBe(201);
    const before = await page(final);
    expect(before).toContain(`overdue on ${formatDay('en', day(ctx.clock.now()))}`);
    const row = (html: string) =>
      /<tr[^>]*>(?:(?!<\/tr>)[\s\S])*Ask the landlord[\s\S]*?<\/tr>/.exec(html)![0];
    expect(row(before)).not.toContain('overdue');
    // Three days on (a new sign-in: the old session has lapsed), the same figures, a later today.
    ctx.clock.advance(3 * 86_400_000);
    admin = new TestClient(ctx);
    expect((await admin.post('/api/auth/login', testAdmin)).status).toBe(200);
    const after = await page(final);
    expect(after).toContain(`overdue on ${formatDay('en', day(ctx.clock.now()))}`);
    expect(row(after)).toContain('class="overdue"');
  });
});
