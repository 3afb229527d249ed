/**
 * Segments: the part of a contact a response may keep for breakdowns (organization, then chosen
 * attributes, in order). A response is tagged with the longest prefix of its segment that at least
 * `k` completed invitations share, so even someone holding the whole database, who can see which
 * invitations completed, finds at least `k` people behind every tag.
 */
export type Segment = [name: string, value: string | null][];

export function segmentOf(
  contact: { organizationId: string | null; language: string; attributes: Record<string, string> },
  attributes: string[],
): Segment {
  return [
    ['organization', contact.organizationId],
    ...attributes.map((name): [string, string | null] => [
      name,
      name === 'language' ? contact.language : (contact.attributes[name] ?? null),
    ]),
  ];
}

/** Keys of every prefix, coarsest (the whole campaign) first. */
export function prefixKeys(segment: Segment): string[] {
  return Array.from({ length: segment.length + 1 }, (_, n) => JSON.stringify(segment.slice(0, n)));
}

/**
 * The tag for a new completion: the finest prefix whose class, counting this completion, has at least
 * `k` completions. Racing submissions may both choose coarser than needed, never finer.
 */
export function chooseTag(
  segment: Segment,
  completedBefore: Map<string, number>,
  k: number,
): Record<string, string | null> {
  const keys = prefixKeys(segment);
  for (let n = segment.length; n > 0; n--) {
    if ((completedBefore.get(keys[n]!) ?? 0) + 1 >= k) return Object.fromEntries(segment.slice(0, n));
  }
  return {};
}
