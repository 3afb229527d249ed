/**
 * Prepared statements kept by their SQL text. better-sqlite3's `prepare()` parses and plans the SQL
 * on every call, which for the guarded inserts of a submission costs more than running them. The app
 * sends a few dozen distinct texts, so a small LRU holds all of the hot ones, and texts that vary
 * (an `in` list of a new length) cannot grow it without bound.
 */
import type Database from 'better-sqlite3';

export class StatementCache {
  readonly #db: Database.Database;
  readonly #capacity: number;
  // A Map iterates in insertion order, so re-inserting on use keeps the least recent first.
  readonly #byText = new Map<string, Database.Statement>();

  constructor(db: Database.Database, capacity = 200) {
    this.#db = db;
    this.#capacity = capacity;
  }

  get size(): number {
    return this.#byText.size;
  }

  prepare(sql: string): Database.Statement {
    const hit = this.#byText.get(sql);
    if (hit) {
      // A statement still being iterated (a streamed select) cannot run again until it finishes.
      if (hit.busy) return this.#db.prepare(sql);
      this.#byText.delete(sql);
      this.#byText.set(sql, hit);
      return hit;
    }
    const stmt = this.#db.prepare(sql);
    this.#byText.set(sql, stmt);
    if (this.#byText.size > this.#capacity) this.#byText.delete(this.#byText.keys().next().value!);
    return stmt;
  }
}

/** Runs one compiled statement; the count is rows changed, or rows returned for a statement that returns rows. */
export function runCounted(cache: StatementCache, q: { sql: string; parameters: readonly unknown[] }) {
  const stmt = cache.prepare(q.sql);
  if (stmt.reader) return { numChangedRows: stmt.all(q.parameters).length };
  return { numChangedRows: stmt.run(q.parameters).changes };
}
