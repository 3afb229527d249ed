import { describe, expect, it } from 'vitest';
import { rateLimiter } from '../../server/distribution/rate-limit.ts';

/** Virtual time: sleeping moves the clock, so the test measures pacing without waiting for it. */
function virtualTime() {
  let t = 0;
  return {
    now: () => t,
    sleep: async (ms: number) => void (t += ms),
    get elapsed() {
      return t;
    },
  };
}

describe('rateLimiter', () => {
  it("lets a second's worth through at once, then paces the rest", async () => {
    const time = virtualTime();
    const limiter = rateLimiter(10, time);
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 30 }, async () => {
        await limiter.take();
        starts.push(time.now());
      }),
    );
    expect(starts.filter((s) => s === 0)).toHaveLength(10);
    // 20 more at 10 per second: two more seconds, give or take a rounding millisecond per wait.
    expect(time.elapsed).toBeGreaterThanOrEqual(2000);
    expect(time.elapsed).toBeLessThanOrEqual(2020);
    for (let i = 1; i < starts.length; i++) expect(starts[i]).toBeGreaterThanOrEqual(starts[i - 1]!);
  });

  it('paces one per second for a 1-per-second channel', async () => {
    const time = virtualTime();
    const limiter = rateLimiter(1, time);
    for (let i = 0; i < 4; i++) await limiter.take();
    expect(time.elapsed).toBe(3000);
  });

  it('does not wait at all when the limit is lifted', async () => {
    const time = virtualTime();
    const limiter = rateLimiter(0, time);
    for (let i = 0; i < 1000; i++) await limiter.take();
    expect(time.elapsed).toBe(0);
  });
});
