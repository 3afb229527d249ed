/**
 * A token bucket per channel: at most `perSecond` sends start in any second, with bursts of up to one
 * second's worth. 0 lifts the limit. Wall-clock time (not the clock port): it paces real I/O.
 */
export interface RateLimiter {
  take(): Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function rateLimiter(
  perSecond: number,
  time: { now(): number; sleep(ms: number): Promise<void> } = { now: Date.now, sleep: realSleep },
): RateLimiter {
  if (perSecond <= 0) return { take: async () => {} };
  const capacity = Math.max(1, perSecond);
  let tokens = capacity;
  let last = time.now();
  // Callers queue in order, so a burst of waiters is served one token at a time, never all at once.
  let queue: Promise<void> = Promise.resolve();
  const takeOne = async () => {
    for (;;) {
      const now = time.now();
      tokens = Math.min(capacity, tokens + ((now - last) / 1000) * perSecond);
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        return;
      }
      await time.sleep(Math.ceil(((1 - tokens) / perSecond) * 1000));
    }
  };
  return {
    take() {
      const turn = queue.then(takeOne);
      queue = turn;
      return turn;
    },
  };
}

const shared = new WeakMap<object, RateLimiter>();
/**
 * The one limiter of a sender, shared by everything that sends through it in this process: the
 * dispatcher's runs and the replies to conversations by text, so together they keep the one rate.
 */
export function senderLimiter(sender: object, perSecond: number): RateLimiter {
  let limiter = shared.get(sender);
  if (!limiter) shared.set(sender, (limiter = rateLimiter(perSecond)));
  return limiter;
}
