/**
 * On the Worker build (workerd with local D1, migrated by wrangler, so 0015 runs on D1): the help
 * contact is set through the API, the respondent page names the partnership, its help contact and
 * the closing day in English and Spanish, and removing an organization keeps its D1 row, marked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longDay } from '../../client/respond/asking-text.ts';
import { day, seedWorker, type WorkerSeed } from './seed.ts';
import { queryD1, startLocalWorker, type LocalWorker } from './wrangler.ts';

let worker: LocalWorker;
let seed: WorkerSeed;

beforeAll(async () => {
  worker = await startLocalWorker('sv-worker-asking-');
  seed = await seedWorker(worker.dev.url, 2);
}, 180_000);

afterAll(() => worker?.stop(), 60_000);

const header = async (path: string) => {
  const res = await fetch(`${worker.dev.url}${path}`);
  const html = await res.text();
  const raw = /<header class="who">(.*?)<\/header>/s.exec(html)?.[1] ?? '';
  // Names and dates sit in <bdi> so a Latin name keeps its direction on an Arabic page;
  // the sentences are read here without those isolates.
  return { status: res.status, raw, who: raw.replace(/<\/?bdi>/g, '') };
};

describe('who is asking, on the Worker', () => {
  it('shows the help contact set through the API on the survey page in both languages', async () => {
    const set = await seed.admin.patch(`/api/partnerships/${seed.partnershipId}`, {
      helpContact: 'ayuda@rivervalley.example.org',
    });
    expect(set.status, set.text).toBe(200);
    expect(set.json.partnership.helpContact).toBe('ayuda@rivervalley.example.org');
    // Each isolate reads a partnership at most a second old.
    await new Promise((r) => setTimeout(r, 1100));
    const en = await header(`/s/${seed.tokens[0]}?lang=en`);
    expect(en.status).toBe(200);
    expect(en.who).toContain('This survey is from River Valley Advanced Manufacturing.');
    expect(en.raw).toContain('<bdi>River Valley Advanced Manufacturing</bdi>');
    expect(en.who).toContain(`Open until the end of ${longDay(day(30), 'en')} (Central Time).`);
    expect(en.who).toContain('<a href="mailto:ayuda@rivervalley.example.org" dir="ltr">ayuda@rivervalley.example.org</a>');
    const es = await header(`/s/${seed.tokens[0]}?lang=es`);
    expect(es.who).toContain('Esta encuesta es de River Valley Advanced Manufacturing.');
    expect(es.who).toContain(`Abierta hasta el final del ${longDay(day(30), 'es')} (hora central).`);
    expect(es.who).toContain('¿Preguntas? Escriba a <a href="mailto:');
    const stored = await queryD1<{ help_contact: string }>(worker.persistTo, 'SELECT help_contact FROM partnerships');
    expect(stored).toEqual([{ help_contact: 'ayuda@rivervalley.example.org' }]);
  }, 60_000);

  it('removes an organization keeping its row, marked, and releasing its contacts', async () => {
    const orgs = await seed.admin.get(`/api/partnerships/${seed.partnershipId}/organizations`);
    const orgId = orgs.json.organizations[0].id as string;
    const impact = await seed.admin.get(`/api/partnerships/${seed.partnershipId}/organizations/${orgId}/impact`);
    expect(impact.json.impact).toMatchObject({ contacts: 2, members: [], adminOnly: false });
    const removed = await seed.admin.del(`/api/partnerships/${seed.partnershipId}/organizations/${orgId}`);
    expect(removed.status, removed.text).toBe(200);
    const rows = await queryD1<{ name: string; removed_at: string | null }>(
      worker.persistTo,
      'SELECT name, removed_at FROM organizations',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.name).toBe('Employer 1');
    expect(rows[0]!.removed_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    const left = await queryD1<{ n: number }>(
      worker.persistTo,
      'SELECT count(*) AS n FROM contacts WHERE organization_id IS NOT NULL',
    );
    expect(left).toEqual([{ n: 0 }]);
  }, 60_000);
});
