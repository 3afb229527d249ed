// The editor's views, as links (each has its address, so a reload or a shared link opens it).
export const views = {
  edit: 'Questions',
  preview: 'Preview',
  versions: 'Versions',
  translate: 'Translation and sharing',
} as const;

export type View = keyof typeof views;

export const viewOf = (query: URLSearchParams): View => {
  const v = query.get('view');
  return v !== null && v in views ? (v as View) : 'edit';
};

export function ViewNav({ surveyId, view }: { surveyId: string; view: View }) {
  const base = `/admin/surveys/${encodeURIComponent(surveyId)}`;
  return (
    <nav class="views" aria-label="Survey views">
      <ul>
        {(Object.keys(views) as View[]).map((v) => (
          <li>
            <a
              href={v === 'edit' ? base : `${base}?view=${v}`}
              aria-current={v === view ? 'page' : undefined}
            >
              {views[v]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
