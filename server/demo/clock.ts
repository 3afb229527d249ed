/**
 * The demo's own clock: it stands at chosen moments in the past so that campaigns launch, take answers
 * and close inside their quarters, while the app's clock is left alone. It never runs ahead of the
 * real clock, so nothing is dated in the future.
 */
import type { Clock } from '../deps.ts';

export class DemoClock implements Clock {
  private at: Date | null = null;

  constructor(private readonly base: Clock) {}

  now(): Date {
    return new Date(this.at ?? this.base.now());
  }

  set(instant: Date): void {
    const real = this.base.now();
    this.at = instant > real ? real : instant;
  }

  /** Back to the real clock. */
  release(): void {
    this.at = null;
  }
}

/** An instant on `day` (YYYY-MM-DD), `minutes` after midnight UTC. */
export function onDay(day: string, minutes: number): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) + minutes * 60_000);
}
