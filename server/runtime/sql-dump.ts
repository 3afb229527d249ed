/**
 * A database as SQL text in the shape `wrangler d1 export` writes and `wrangler d1 execute --file`
 * loads: each table's CREATE and its rows as INSERTs (values written by SQLite's own quote()), then
 * the indexes and triggers, with foreign keys checked at the end. No BEGIN or COMMIT (D1 refuses
 * them: a file runs as one unit there). The way from a Node backup back to D1.
 */
import Database from 'better-sqlite3';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Writes the SQL of the database at `path` to `out`; returns the rows written. */
export async function dumpSql(path: string, out: string): Promise<number> {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  const file = createWriteStream(out, { mode: 0o600 });
  const write = async (text: string) => {
    if (!file.write(text)) await once(file, 'drain');
  };
  let rows = 0;
  try {
    await write('PRAGMA defer_foreign_keys=TRUE;\n');
    const schema = db
      .prepare(
        "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid",
      )
      .all() as { type: string; name: string; sql: string }[];
    for (const t of schema.filter((s) => s.type === 'table')) {
      await write(`${t.sql};\n`);
      const columns = (db.prepare(`PRAGMA table_info(${quoted(t.name)})`).all() as { name: string }[]).map(
        (c) => quoted(c.name),
      );
      const values = `'INSERT INTO ${quoted(t.name).replaceAll("'", "''")} VALUES(' || ${columns.map((c) => `quote(${c})`).join(" || ',' || ")} || ');'`;
      for (const line of db
        .prepare(`SELECT ${values} FROM ${quoted(t.name)}`)
        .pluck()
        .iterate() as Iterable<string>) {
        await write(`${line}\n`);
        rows++;
      }
    }
    // AUTOINCREMENT counters, so ids go on where they were (D1's export carries them the same way).
    const hasSequence = db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_sequence'").get();
    if (hasSequence)
      for (const s of db.prepare('SELECT name, seq FROM sqlite_sequence').all() as {
        name: string;
        seq: number;
      }[]) {
        const name = `'${s.name.replaceAll("'", "''")}'`;
        await write(
          `DELETE FROM sqlite_sequence WHERE name = ${name};\nINSERT INTO sqlite_sequence VALUES(${name},${s.seq});\n`,
        );
      }
    for (const s of schema.filter((s) => s.type !== 'table')) await write(`${s.sql};\n`);
  } finally {
    db.close();
    file.end();
    await once(file, 'close');
  }
  return rows;
}
