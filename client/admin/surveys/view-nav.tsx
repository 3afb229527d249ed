// The editor's views, as links (each has its address, so a reload or a shared link opens it).
import type { Key } from '../../shared/i18n/areas.ts';
import { useWords } from '../i18n/use-locale.ts';

export const views = {
  edit: 'viewEdit',
  preview: 'viewPreview',
  versions: 'viewVersions',
  translate: 'viewTranslate',
} as const satisfies Record<string, Key<'surveys'>>;

export type View = keyof typeof views;

export const viewOf = (query: URLSearchParams): View => {
  const v = query.get('view');
  return v !== null && v in views ? (v as View) : 'edit';
};

export function ViewNav({ surveyId, view }: { surveyId: string; view: View }) {
  const t = useWords('surveys');
  const base = `/admin/surveys/${encodeURIComponent(surveyId)}`;
  return (
    <nav class="views" aria-label={t('surveyViews')}>
      <ul>
        {(Object.keys(views) as View[]).map((v) => (
          <li>
            <a
              href={v === 'edit' ? base : `${base}?view=${v}`}
              aria-current={v === view ? 'page' : undefined}
            >
              {t(views[v])}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
