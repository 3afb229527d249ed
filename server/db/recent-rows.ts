/**
 * Rows that change rarely (a campaign, a partnership), kept for a moment so that every submission
 * does not read them again. Only for readers that can tolerate a copy up to `maxAgeMs` old: writes
 * made through this process call `forget`, so here a change shows at once; another process (another
 * Worker isolate) sees it within `maxAgeMs`. Copies are kept per database handle.
 */
export class RecentRows<T> {
  readonly #byDb = new WeakMap<object, { rows: Map<string, { value: T; until: number }>; epoch: number }>();

  constructor(
    private readonly maxAgeMs: number,
    private readonly maxRows = 1000,
  ) {}

  async get(db: object, id: string, load: () => Promise<T>): Promise<T> {
    let held = this.#byDb.get(db);
    if (!held) this.#byDb.set(db, (held = { rows: new Map(), epoch: 0 }));
    const hit = held.rows.get(id);
    if (hit && hit.until > performance.now()) return hit.value;
    const epoch = held.epoch;
    const value = await load();
    // A write that landed while this read was on its way may have made the value stale: keep it only
    // if nothing was forgotten in between.
    if (held.epoch === epoch) {
      if (held.rows.size >= this.maxRows) held.rows.clear();
      held.rows.set(id, { value, until: performance.now() + this.maxAgeMs });
    }
    return value;
  }

  forget(db: object, id: string): void {
    const held = this.#byDb.get(db);
    if (!held) return;
    held.rows.delete(id);
    held.epoch++;
  }
}
