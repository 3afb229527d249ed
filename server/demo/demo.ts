/**
 * The demo partnership: organizations, about 200 workers and their employers' HR contacts, a year of
 * quarterly campaigns answered through the real link and submission path, and one open quarter whose
 * remaining links a person can click. Pure core code: it gets `deps` and calls the domain functions.
 */
import { closeCampaign, createCampaign } from '../campaigns/campaigns.ts';
import type { Campaign } from '../campaigns/contract.ts';
import { unansweredPersonalInvitations } from '../campaigns/invitations/store.ts';
import { linkToken } from '../campaigns/links.ts';
import { launchCampaign } from '../distribution/launch.ts';
import { localDay } from '../dates.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { addContacts } from '../partnerships/contacts/people.ts';
import type { Contact, Partnership } from '../partnerships/contract.ts';
import { createOrganization } from '../partnerships/organizations.ts';
import { createPartnership, listPartnerships } from '../partnerships/partnerships.ts';
import { openLink } from '../respond/link.ts';
import { submitResponse } from '../respond/submit.ts';
import { submitTexted } from '../respond/texting/finish.ts';
import { releaseDue, releaseNowForReview } from '../reviews/release.ts';
import { generateAnswers, type Respondent } from './answers.ts';
import { DemoClock, onDay } from './clock.ts';
import { demoContacts, type DemoContact } from './people.ts';
import {
  addDays,
  daysBetween,
  lastCompletedQuarters,
  periodName,
  quarterOf,
  type Quarter,
} from './periods.ts';
import { Rng } from './prng.ts';
import { demoReviewStep } from './reviews.ts';
import { demoPartnership, employers, partnerOrgs } from './profiles.ts';

export interface DemoOptions {
  /** Seeds the people and the answers (ids and link tokens stay random). Default 1. */
  seed?: number;
  /** Add another copy, with a numbered name, when the demo partnership already exists. */
  force?: boolean;
}

export interface DemoLink {
  name: string;
  organization: string;
  language: string;
  url: string;
}

export interface DemoCampaign {
  id: string;
  name: string;
  templateId: string;
  period: string;
  status: Campaign['status'];
  invited: number;
  responses: number;
}

export interface DemoResult {
  partnership: Partnership;
  /**
   * Answers of the open worker survey left waiting for release (the partnership's minimum group size
   * less one), so the next one completed, on the web or by text, makes a batch a release may carry.
   */
  waiting: number;
  organizations: number;
  contacts: number;
  campaigns: DemoCampaign[];
  responses: number;
  workerLinks: DemoLink[];
  employerLink: DemoLink | null;
}

type DemoDeps = Pick<Deps, 'db' | 'atomic' | 'clock' | 'random' | 'config'>;

const templates = [
  { id: 'worker-voice', label: 'Worker voice', rate: (c: DemoContact, rng: Rng) => workerRate(c, rng) },
  { id: 'employer-satisfaction', label: 'Employer satisfaction', rate: () => 0.6 },
  { id: 'partner-roi', label: 'Partner value and ROI', rate: () => 0.65 },
] as const;

/** Share of the open quarter's invitees who have already answered. */
const openQuarterRate = 0.2;

/** The open worker survey answers by text too (issue 18): its SMS invitations say "reply 1". */
const answersByText = (open: boolean, templateId: string) => open && templateId === 'worker-voice';

const byName = new Map(employers.map((e) => [e.name, e]));

function workerRate(c: DemoContact, rng: Rng): number {
  const base = byName.get(c.organization)?.workerResponseRate ?? 0.5;
  return Math.min(0.7, Math.max(0.4, base + rng.normal(0, 0.04)));
}

/** Where the demo goes: the name, or the next free numbered copy when forced. */
async function demoName(deps: DemoDeps, force: boolean): Promise<string> {
  const system = { id: 'demo', email: '', name: 'demo', role: 'admin' as const };
  const taken = new Set((await listPartnerships(deps, system)).map((p) => p.name));
  if (!taken.has(demoPartnership.name)) return demoPartnership.name;
  if (!force)
    throw new AppError('CONFLICT', `The demo partnership "${demoPartnership.name}" already exists.`);
  let n = 2;
  while (taken.has(`${demoPartnership.name} (${n})`)) n++;
  return `${demoPartnership.name} (${n})`;
}

function respondentFor(c: DemoContact, rng: Rng): Respondent {
  const lean = rng.normal(0, c.kind === 'worker' ? 0.35 : 0.25);
  const employer = byName.get(c.organization);
  if (c.kind === 'worker' && employer)
    return { kind: 'worker', language: c.language, attributes: c.attributes, employer, lean };
  if (employer) return { kind: 'employer', language: c.language, employer, lean };
  const org = partnerOrgs.find((o) => o.name === c.organization)!;
  return { kind: 'partner', language: c.language, orgKind: org.kind, value: org.value, lean };
}

/** Days after launch an invitee answers: most at once, the rest after the reminders. */
function answerDay(rng: Rng, lastDay: number): number {
  const [lo, hi] = rng.weighted([
    [[0, 3], 40],
    [[4, 10], 30],
    [[11, 24], 20],
    [[25, 45], 10],
  ] as const);
  const day = rng.int(lo, hi);
  return day <= lastDay ? day : rng.int(0, lastDay);
}

interface Planned {
  at: Date;
  token: string;
  index: number;
  templateId: string;
}

export async function loadDemo(deps: DemoDeps, options: DemoOptions = {}): Promise<DemoResult> {
  const rng = new Rng(options.seed ?? 1);
  const name = await demoName(deps, options.force ?? false);
  const clock = new DemoClock(deps.clock);
  const d = { ...deps, clock };
  const today = localDay(deps.clock.now(), demoPartnership.timeZone);
  const quarters: { q: Quarter; open: boolean }[] = [
    ...lastCompletedQuarters(today, 4).map((q) => ({ q, open: false })),
    { q: quarterOf(today), open: true },
  ];

  // The partnership and its people exist a few weeks before the first campaign.
  clock.set(onDay(addDays(quarters[0]!.q.start, -21), 15 * 60));
  const partnership = await createPartnership(d, { ...demoPartnership, name });
  const orgNames = new Map<string, string>();
  for (const org of [
    ...partnerOrgs,
    ...employers.map((e) => ({ name: e.name, kind: 'employer' as const })),
  ]) {
    const created = await createOrganization(d, partnership.id, { name: org.name, kind: org.kind });
    orgNames.set(created.id, created.name);
  }
  const people = demoContacts(rng.fork('people'));
  const report = await addContacts(d, partnership.id, people);
  if (report.rejected.length > 0)
    throw new Error(`demo contacts rejected: ${JSON.stringify(report.rejected[0])}`);
  const indexOf = new Map(report.created.map((c, i) => [c.id, i]));
  const leanRng = rng.fork('lean');
  const respondents = people.map((c) => respondentFor(c, leanRng));

  const campaigns: DemoCampaign[] = [];
  let waiting = 0;
  const openCampaigns = new Map<string, Campaign>();
  for (const [t, { q, open }] of quarters.entries()) {
    const period = periodName(q, demoPartnership.reviewYear);
    const qrng = rng.fork(`quarter ${t}`);
    const lastDay = open ? daysBetween(q.start, today) : daysBetween(q.start, q.end);
    clock.set(onDay(q.start, 14 * 60));
    const plan: Planned[] = [];
    const started: DemoCampaign[] = [];
    for (const template of templates) {
      if (open && template.id === 'partner-roi') continue;
      const campaign = await createCampaign(d, partnership.id, {
        name: `${template.label} ${period}`,
        templateId: template.id,
        period,
        audience: {},
        segmentAttributes: template.id === 'worker-voice' ? ['occupation', 'shift'] : [],
        opensOn: q.start,
        closesOn: q.end,
        ...(answersByText(open, template.id) && { smsAnswers: 'both' as const }),
      });
      const { invited } = await launchCampaign(d, campaign.id);
      const launched = { ...campaign, status: 'open' as const };
      if (open) openCampaigns.set(template.id, launched);
      // Sorted by our own order, so the same seed picks the same people whatever the random ids.
      const links = (await currentLinks(d, launched)).sort(
        (a, b) => indexOf.get(a.contactId)! - indexOf.get(b.contactId)!,
      );
      for (const link of links) {
        const index = indexOf.get(link.contactId)!;
        const rate = open ? openQuarterRate : template.rate(people[index]!, qrng);
        if (!qrng.chance(rate)) continue;
        const at = onDay(addDays(q.start, answerDay(qrng, lastDay)), 13 * 60 + qrng.int(0, 9 * 60));
        plan.push({ at, token: link.token, index, templateId: template.id });
      }
      started.push({
        id: campaign.id,
        name: campaign.name,
        templateId: template.id,
        period,
        status: 'open',
        invited,
        responses: 0,
      });
    }

    plan.sort((a, b) => a.at.getTime() - b.at.getTime() || a.index - b.index);
    // The open worker survey's last k-1 answers come in by text after staff released (below): they
    // wait in the pool, and the next answer completed by text makes the k a release may carry (text
    // answers go only k at a time, since a response shows how it came: reviews/release.ts).
    const late = open
      ? plan.filter((p) => p.templateId === 'worker-voice').slice(1 - partnership.minGroupSize)
      : [];
    const answer = async (p: Planned, byText = false) => {
      clock.set(p.at);
      const link = await openLink(d, p.token);
      const answers = generateAnswers(
        link.template,
        respondents[p.index]!,
        t,
        rng.fork(`${t}/${p.templateId}/${p.index}`),
      );
      const stored = byText
        ? await submitTexted(d, link, answers)
        : (await submitResponse(d, link, answers)).stored;
      if (stored) started.find((c) => c.templateId === p.templateId)!.responses++;
    };
    let day = '';
    for (const p of plan) {
      if (late.includes(p)) continue;
      // Answers wait in the pool; the server's loop releases them as they gather, here once a day.
      if (p.at.toISOString().slice(0, 10) !== day) {
        day = p.at.toISOString().slice(0, 10);
        clock.set(p.at);
        await releaseDue(d);
      }
      await answer(p);
    }
    await releaseDue(d);
    // Staff release what can go before looking at the open quarter, as they would before a meeting;
    // answers whose background group is still small then count as "not recorded" in that breakdown.
    if (open) for (const c of openCampaigns.values()) await releaseNowForReview(d, c);
    for (const p of late) await answer(p, true);
    waiting += late.length;
    if (!open) {
      clock.set(onDay(addDays(q.end, 1), 15 * 60));
      for (const c of started) c.status = (await closeCampaign(d, c.id)).status;
      await releaseDue(d);
      // Reviews: goals, action items carried forward, and the earlier quarters made final.
      await demoReviewStep(d, partnership, t, period, () => clock.now());
    }
    campaigns.push(...started);
  }

  clock.release();
  const workerLinks = await pickLinks(
    deps,
    openCampaigns.get('worker-voice'),
    report.created,
    orgNames,
    (l) => {
      // Three in English, two in Spanish, one in Vietnamese and one in Arabic, from different
      // employers where possible: each opens the survey in its reader's language.
      const inLang = (lang: string, n: number) =>
        spread(
          l.filter((x) => x.language === lang),
          n,
        );
      return [...inLang('en', 3), ...inLang('es', 2), ...inLang('vi', 1), ...inLang('ar', 1)];
    },
  );
  const [employerLink] = await pickLinks(
    deps,
    openCampaigns.get('employer-satisfaction'),
    report.created,
    orgNames,
    (l) => l.slice(0, 1),
  );
  return {
    partnership,
    organizations: orgNames.size,
    contacts: report.created.length,
    campaigns,
    responses: campaigns.reduce((s, c) => s + c.responses, 0),
    waiting,
    workerLinks,
    employerLink: employerLink ?? null,
  };
}

/** One link per organization until `n` are chosen, so the sample shows several employers. */
function spread(links: DemoLink[], n: number): DemoLink[] {
  const out: DemoLink[] = [];
  for (const l of links) {
    if (out.length < n && !out.some((o) => o.organization === l.organization)) out.push(l);
  }
  for (const l of links) if (out.length < n && !out.includes(l)) out.push(l);
  return out;
}

/**
 * The links the demo's people "received": each pending invitation's current link, rebuilt from the link
 * secret as the dispatcher does for a message, so nothing is re-keyed (a printed link would be).
 */
async function currentLinks(
  deps: DemoDeps,
  campaign: Campaign,
): Promise<{ contactId: string; token: string }[]> {
  const pending = await unansweredPersonalInvitations(deps, campaign.id);
  const secret = deps.config.distribution.linkSecret;
  return Promise.all(
    pending.map(async (i) => ({
      contactId: i.contact_id!,
      token: await linkToken(secret, i.id, i.link_version),
    })),
  );
}

/** The current links of the campaign's pending invitations, then a sample. */
async function pickLinks(
  deps: DemoDeps,
  campaign: Campaign | undefined,
  contacts: Contact[],
  orgNames: Map<string, string>,
  choose: (links: DemoLink[]) => DemoLink[],
): Promise<DemoLink[]> {
  if (!campaign) return [];
  const order = new Map(contacts.map((c, i) => [c.id, { c, i }]));
  const issued = (await currentLinks(deps, campaign))
    .map((l) => ({ token: l.token, ...order.get(l.contactId)! }))
    .sort((a, b) => a.i - b.i);
  return choose(
    issued.map(({ c, token }) => ({
      name: `${c.firstName} ${c.lastName}`.trim(),
      organization: orgNames.get(c.organizationId ?? '') ?? '',
      language: c.language,
      url: `${deps.config.publicUrl}/s/${token}`,
    })),
  );
}
