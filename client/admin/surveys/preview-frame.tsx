// The respondent page exactly as served, framed at phone size (360 by 640), in each of the survey's
// languages: one button per language, named in itself as the respondent's language links are. The
// server draws it from the saved draft (or a published version), so it reloads after each save.
import { useState } from 'preact/hooks';
import { legacyLanguages, type Lang } from '../../../surveys/schema.ts';
import { dirs, langNames, nativeNames } from './labels.ts';

const words = {
  group: 'Preview language',
  title: (lang: Lang, version?: number) =>
    `Survey preview in ${langNames[lang]}${version ? `, version ${version}` : ''}`,
};

export function PreviewFrame(p: {
  surveyId: string;
  /** A published version; the draft (or the newest version when there is none) without it. */
  version?: number;
  /** Changes when what the server would draw changed (a save), to load the page again. */
  reloadKey?: string | null;
  /** The version's languages; without them, those of a version that does not list its own. */
  languages?: readonly Lang[];
}) {
  const languages = p.languages ?? legacyLanguages;
  const [chosen, setLang] = useState<Lang>('en');
  // A language taken off the survey since it was chosen: back to the survey's first.
  const lang = languages.includes(chosen) ? chosen : (languages[0] ?? 'en');
  const query = new URLSearchParams({ lang, ...(p.version ? { version: String(p.version) } : {}) });
  const src = `/api/surveys/${encodeURIComponent(p.surveyId)}/preview?${query}`;
  return (
    <div class="preview-frame">
      <div class="row" role="group" aria-label={words.group}>
        {languages.map((l) => (
          <button type="button" aria-pressed={lang === l} lang={l} dir={dirs[l]} onClick={() => setLang(l)}>
            {nativeNames[l]}
          </button>
        ))}
      </div>
      <iframe
        key={`${src}|${p.reloadKey ?? ''}`}
        src={src}
        title={words.title(lang, p.version)}
        width={360}
        height={640}
      />
    </div>
  );
}
