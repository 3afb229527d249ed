/**
 * Segments: the part of a contact a response may keep for breakdowns (organization, then chosen
 * attributes, in order). A release tags each response with a prefix of its segment that at least `k`
 * answers of that same release share (server/reviews/release-plan.ts), so even someone holding the
 * whole database, who can see which invitations completed, finds at least `k` people behind every tag.
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
