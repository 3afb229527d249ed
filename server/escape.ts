/** Text put into HTML or XML (email bodies, TwiML): the five characters markup gives meaning to. */
const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeMarkup = (text: string) => text.replace(/[&<>"']/g, (c) => entities[c]!);
