// The respondent page exactly as served, framed at phone size (360 by 640), in each of the survey's
// languages: one button per language, named in itself as the respondent's language links are. The
// server draws it from the saved draft (or a published version), so it reloads after each save.
import { useState } from 'preact/hooks';
import { languageOf } from '../../../surveys/language-list.ts';
import { legacyLanguages, type Lang } from '../../../surveys/schema.ts';
import { useWords } from '../i18n/use-locale.ts';
import { dirs, langKeys, nativeNames } from './labels.ts';

/** The frame's two labels: its language buttons' group and the frame's own title. */
export interface PreviewWords {
  group: string;
  title: (lang: Lang, version?: number) => string;
}

// The campaign screens show this frame too but fetch only their own area's words, so they may pass
// theirs; until they do, the frame is labelled in English there, as it was.
const english: PreviewWords = {
  group: 'Preview language',
  title: (lang, version) =>
    `Survey preview in ${languageOf(lang)?.english ?? lang}${version ? `, version ${version}` : ''}`,
};

interface Props {
  surveyId: string;
  /** A published version; the draft (or the newest version when there is none) without it. */
  version?: number;
  /** Changes when what the server would draw changed (a save), to load the page again. */
  reloadKey?: string | null;
  /** The version's languages; without them, those of a version that does not list its own. */
  languages?: readonly Lang[];
  words?: PreviewWords;
}

export function PreviewFrame(p: Props) {
  const words = p.words ?? english;
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

/** The frame on the survey screens, labelled in the staff member's language. */
export function SurveyPreviewFrame(p: Omit<Props, 'words'>) {
  const t = useWords('surveys');
  const words: PreviewWords = {
    group: t('previewLanguage'),
    title: (lang, version) =>
      version
        ? t('previewTitleVersion', { language: t(langKeys[lang]), version })
        : t('previewTitle', { language: t(langKeys[lang]) }),
  };
  return <PreviewFrame {...p} words={words} />;
}
