// How the campaign screens (and the overview) write a rate.

/** A response rate (0 to 1) as a whole percentage, or a dash when nobody was invited. */
export const pct = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`);
