// The respondent page exactly as served, framed at phone size (360 by 640), in either language. The
// server draws it from the saved draft (or a published version), so it reloads after each save.
import { useState } from 'preact/hooks';
import type { Lang } from '../../../surveys/schema.ts';
import { langNames } from './labels.ts';

export function PreviewFrame(p: {
  surveyId: string;
  /** A published version; the draft (or the newest version when there is none) without it. */
  version?: number;
  /** Changes when what the server would draw changed (a save), to load the page again. */
  reloadKey?: string | null;
  languages?: readonly Lang[];
}) {
  const [lang, setLang] = useState<Lang>('en');
  const query = new URLSearchParams({ lang, ...(p.version ? { version: String(p.version) } : {}) });
  const src = `/api/surveys/${encodeURIComponent(p.surveyId)}/preview?${query}`;
  return (
    <div class="preview-frame">
      <div class="row" role="group" aria-label="Preview language">
        {(p.languages ?? (['en', 'es'] as const)).map((l) => (
          <button type="button" aria-pressed={lang === l} onClick={() => setLang(l)}>
            {langNames[l]}
          </button>
        ))}
      </div>
      <iframe
        key={`${src}|${p.reloadKey ?? ''}`}
        src={src}
        title={`Survey preview in ${langNames[lang]}${p.version ? `, version ${p.version}` : ''}`}
        width={360}
        height={640}
      />
    </div>
  );
}
