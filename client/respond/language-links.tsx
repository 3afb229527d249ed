// Links to the same page in other languages, each named in itself so a reader finds theirs whatever
// language the page is in now. Shared by the survey page and the short-code page.
export interface OtherLanguage {
  tag: string;
  name: string;
  dir: 'ltr' | 'rtl';
}

export function LanguageLinks(p: {
  others: readonly OtherLanguage[];
  label: string;
  href: (tag: string) => string;
  onClick?: ((e: Event) => void) | undefined;
}) {
  if (p.others.length === 0) return null;
  return (
    <nav class="langs" aria-label={p.label}>
      {p.others.map((o) => (
        <a key={o.tag} class="lang" href={p.href(o.tag)} hreflang={o.tag} lang={o.tag} dir={o.dir} onClick={p.onClick}>
          {o.name}
        </a>
      ))}
    </nav>
  );
}
