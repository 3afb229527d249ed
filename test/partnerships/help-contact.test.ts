/** The partnership's help contact: set, normalised, cleared and refused through PATCH /api/partnerships/:id. */
import { describe, expect, it } from 'vitest';
import { adminClient, makeTestApp, staffClient } from '../helpers/app.ts';

async function world() {
  const ctx = makeTestApp();
  const admin = await adminClient(ctx);
  const res = await admin.post('/api/partnerships', {
    name: 'River Valley',
    sector: 'Advanced manufacturing',
    region: 'River Valley',
    timeZone: 'America/Chicago',
  });
  const id = res.json.partnership.id as string;
  const stored = () =>
    (ctx.raw.prepare('SELECT help_contact FROM partnerships WHERE id = ?').get(id) as any).help_contact;
  return { ctx, admin, id, created: res.json.partnership, stored };
}

describe('the help contact setting', () => {
  it('starts empty and is shown with the partnership once set', async () => {
    const w = await world();
    expect(w.created.helpContact).toBeNull();
    const phone = await w.admin.patch(`/api/partnerships/${w.id}`, { helpContact: '+1 (312) 555-0100' });
    expect(phone.status, phone.text).toBe(200);
    expect(phone.json.partnership.helpContact).toBe('+13125550100');
    expect(w.stored()).toBe('+13125550100');
    expect((await w.admin.get(`/api/partnerships/${w.id}`)).json.partnership.helpContact).toBe('+13125550100');
    const email = await w.admin.patch(`/api/partnerships/${w.id}`, { helpContact: ' help@rivervalley.org ' });
    expect(email.json.partnership.helpContact).toBe('help@rivervalley.org');
    // A change of another setting leaves it alone; null clears it.
    expect((await w.admin.patch(`/api/partnerships/${w.id}`, { name: 'RV' })).json.partnership.helpContact).toBe(
      'help@rivervalley.org',
    );
    const cleared = await w.admin.patch(`/api/partnerships/${w.id}`, { helpContact: null });
    expect(cleared.json.partnership.helpContact).toBeNull();
    expect(w.stored()).toBeNull();
  });

  it('can be given when the partnership is made', async () => {
    const w = await world();
    const res = await w.admin.post('/api/partnerships', {
      name: 'Lake Shore',
      sector: 'Healthcare',
      region: 'Lake Shore',
      timeZone: 'America/New_York',
      helpContact: '+15855550123',
    });
    expect(res.status, res.text).toBe(201);
    expect(res.json.partnership.helpContact).toBe('+15855550123');
  });

  it.each([
    ['a number without its country code', '312 555 0100'],
    ['a number too short', '+1 555'],
    ['letters in a number', '+1 312 CALL NOW'],
    ['a broken email', 'help@rivervalley'],
    ['two addresses', 'a@b.org c@d.org'],
    ['an empty string', ''],
    ['a script', '<script>alert(1)</script>'],
    ['a javascript: link', 'javascript:alert(1)'],
    ['a number', 13125550100],
  ])('refuses %s with 422, keeping the one set', async (_, helpContact) => {
    const w = await world();
    await w.admin.patch(`/api/partnerships/${w.id}`, { helpContact: 'help@rivervalley.org' });
    const res = await w.admin.patch(`/api/partnerships/${w.id}`, { helpContact, name: 'Renamed' });
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(res.json.error.details)).toContain('helpContact');
    expect(w.stored()).toBe('help@rivervalley.org');
    expect((await w.admin.get(`/api/partnerships/${w.id}`)).json.partnership.name).toBe('River Valley');
  });

  it('is changed by admins only', async () => {
    const w = await world();
    for (const role of ['analyst', 'viewer'] as const) {
      const c = await staffClient(w.ctx, w.admin, role, [w.id]);
      const res = await c.patch(`/api/partnerships/${w.id}`, { helpContact: '+13125550100' });
      expect(res.status).toBe(403);
      expect((await c.patch(`/api/partnerships/${w.id}`, { helpContact: 'bad' })).status).toBe(403);
      // Members read it with the partnership.
      expect((await c.get(`/api/partnerships/${w.id}`)).json.partnership).toHaveProperty('helpContact', null);
    }
    expect(w.stored()).toBeNull();
  });
});

describe('the demo partnership', () => {
  it('comes with a help line, so its pages and posters show one', async () => {
    const w = await world();
    const demo = await w.admin.post('/api/demo');
    expect(demo.status, demo.text).toBe(201);
    const p = await w.admin.get(`/api/partnerships/${demo.json.partnership.id}`);
    expect(p.json.partnership.helpContact).toBe('+13095550142');
  }, 60_000);
});
