/**
 * One client for per-client limits (sign-in throttling, poster links): the same person behind the
 * many ways an address can be written.
 */

const ipv4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * The part of an address that names one client: an IPv4 address (also written IPv4-mapped, or with a
 * port), or an IPv6 address's /64, the prefix one home, phone or office is given (a single host may
 * use any of its 2^64 addresses). Anything else is kept as it came, one bucket per distinct string.
 */
export function clientBucket(address: string): string {
  let a = address.trim().toLowerCase();
  a = /^\[([^\]]+)\](?::\d+)?$/.exec(a)?.[1] ?? a;
  const v4 = /^(?:::ffff:)?(\d{1,3}(?:\.\d{1,3}){3})(?::\d+)?$/.exec(a)?.[1];
  if (v4) return v4;
  a = a.split('%')[0]!;
  const halves = a.split('::');
  if (halves.length > 2) return a;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves[1] ? halves[1].split(':') : [];
  // An embedded IPv4 tail (::ffff:… is handled above) takes two groups' room.
  const tailGroups = tail.length > 0 && ipv4.test(tail[tail.length - 1]!) ? tail.length + 1 : tail.length;
  const missing = 8 - head.length - tailGroups;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return a;
  const groups = [...head, ...Array<string>(Math.max(0, missing)).fill('0'), ...tail];
  if (!groups.slice(0, 4).every((g) => /^[0-9a-f]{1,4}$/.test(g))) return a;
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}
