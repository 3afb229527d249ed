/**
 * Turns at the one better-sqlite3 connection, first come first served. Kysely queries take it for a
 * statement (a Kysely transaction or a streamed select for longer), and a group commit takes it for
 * the whole group, so a group never ends up inside someone else's transaction or beside an open
 * cursor. Handing the lock straight to the next waiter wakes one caller per release, not all of them.
 */
export class ConnectionLock {
  readonly #waiting: (() => void)[] = [];
  #held = false;

  async acquire(): Promise<void> {
    if (this.#held) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#held = true;
  }

  release(): void {
    const next = this.#waiting.shift();
    // Still held on the next waiter's behalf, so no newcomer can slip in ahead of the queue.
    if (next) next();
    else this.#held = false;
  }
}
