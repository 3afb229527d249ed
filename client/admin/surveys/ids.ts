// Ids staff never type: made from the English text, in the published pattern, unique in the survey.
// A question's id is what reviews follow across versions, so it is made once and then kept.

/** Lowercase letters, digits and _ from `text`, accents dropped, cut at a word within `max` characters. */
export function slug(text: string, max = 32): string {
  const words = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let out = '';
  for (const w of words) {
    const next = out ? `${out}_${w}` : w;
    if (next.length > max) break;
    out = next;
  }
  return out || (words[0] ?? '').slice(0, max);
}

/** `base` if free, else base_2, base_3...; a base that is empty or starts with a digit gets `prefix`. */
export function uniqueId(base: string, taken: ReadonlySet<string>, prefix: string): string {
  const start = !base ? prefix : /^[a-z]/.test(base) ? base : `${prefix}_${base}`;
  if (!taken.has(start)) return start;
  for (let n = 2; ; n++) if (!taken.has(`${start}_${n}`)) return `${start}_${n}`;
}

/** An option value: digits may lead (a "1_2_years" option), so only an empty slug takes the prefix. */
export function uniqueValue(label: string, taken: ReadonlySet<string>): string {
  const base = slug(label) || 'option';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}_${n}`)) return `${base}_${n}`;
}
