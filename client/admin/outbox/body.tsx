/** Message text with its links made clickable; everything else stays plain text. */
export function Body({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/\S+)/g);
  return <p class="message-body">{parts.map((p) => (/^https?:\/\//.test(p) ? <a href={p}>{p}</a> : p))}</p>;
}
