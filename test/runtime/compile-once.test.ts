/** compileOnce: the SQL of the first build, with each call's own values bound where the markers were. */
import { describe, expect, it } from 'vitest';
import { compileOnce } from '../../server/db/compile-once.ts';
import { openSqlite } from '../../server/runtime/sqlite.ts';

describe('compileOnce', () => {
  it('builds once and binds each call its own values, repeated arguments included', () => {
    const { db } = openSqlite(':memory:');
    let builds = 0;
    const invitation = compileOnce((d, tokenHash: string, campaignId: string) => {
      builds++;
      return d
        .selectFrom('invitations')
        .select('language')
        .where('token_hash', '=', tokenHash)
        .where('campaign_id', '=', campaignId)
        .where((eb) => eb.or([eb('token_hash', '=', tokenHash), eb('minted_at', '>', '2000-01-01')]));
    });
    const first = invitation(db, 'h1', 'c1');
    const second = invitation(db, 'h2', 'c2');
    expect(builds).toBe(1);
    expect(second.sql).toBe(first.sql);
    // The constant of the query itself stays; the arguments take the markers' places.
    expect(first.parameters).toEqual(['h1', 'c1', 'h1', '2000-01-01']);
    expect(second.parameters).toEqual(['h2', 'c2', 'h2', '2000-01-01']);
  });

  it('compiles an `in` list once per length', () => {
    const { db } = openSqlite(':memory:');
    const counts = compileOnce((d, campaignId: string, ...keys: string[]) =>
      d
        .selectFrom('rollup_counts')
        .select('n')
        .where('campaign_id', '=', campaignId)
        .where('group_key', 'in', keys),
    );
    const two = counts(db, 'c', 'a', 'b');
    const three = counts(db, 'c', 'a', 'b', 'x');
    expect(two.sql).toMatch(/in \(\?, \?\)$/);
    expect(three.sql).toMatch(/in \(\?, \?, \?\)$/);
    expect(counts(db, 'd', 'p', 'q').parameters).toEqual(['d', 'p', 'q']);
  });

  it('runs on the database like the query it was built from', async () => {
    const { db, raw } = openSqlite(':memory:');
    // Rows without a parent campaign: this test only reads them.
    raw.pragma('foreign_keys = OFF');
    raw.exec(
      `INSERT INTO rollup_counts (campaign_id, group_key, item, value, n) VALUES ('c', 'k1', 'q', 'v', 3), ('c', 'k2', 'q', 'v', 7)`,
    );
    const counts = compileOnce((d, campaignId: string, key: string) =>
      d
        .selectFrom('rollup_counts')
        .select('n')
        .where('campaign_id', '=', campaignId)
        .where('group_key', '=', key),
    );
    expect((await db.executeQuery(counts(db, 'c', 'k1'))).rows).toEqual([{ n: 3 }]);
    expect((await db.executeQuery(counts(db, 'c', 'k2'))).rows).toEqual([{ n: 7 }]);
  });

  it('refuses an argument that shapes the query instead of being bound', () => {
    const { db } = openSqlite(':memory:');
    const unused = compileOnce((d, _tokenHash: string) => d.selectFrom('invitations').select('language'));
    expect(() => unused(db, 'h')).toThrow(/bound value/);
    const inlined = compileOnce((d, column: string) =>
      d.selectFrom('invitations').select(column as 'language'),
    );
    expect(() => inlined(db, 'language')).toThrow(/bound value/);
  });
});
