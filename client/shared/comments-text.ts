/** The sentence that says why some comments are not shown, in the dashboard and on the printable page. */
export function commentsHeldBackText(heldBack: number, minimum: number): string {
  const campaigns = heldBack === 1 ? 'campaign' : 'campaigns';
  return `Not shown: comments from ${heldBack} ${campaigns} that fewer than ${minimum} people answered.`;
}
