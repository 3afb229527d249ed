// The page behind a printed card's short URL: one field for the code, in the person's language,
// usable with JavaScript off (a plain form POST to /c). It also answers a code that is wrong, and a
// connection that has typed too many (429). Its words are in the language files (surveys/words/).
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  directionOf,
  format,
  languageOf,
  langs,
  pluralOf,
  words,
  type Lang,
} from '../../../surveys/index.ts';
import { LanguageLinks } from '../../../client/respond/language-links.tsx';
import { Message } from '../../../client/respond/survey-form.tsx';
import type { AppEnv } from '../../http.ts';
import { sendPage } from '../../pages/document.tsx';

// The respondent stylesheet has no text input; these few rules match its fields and focus ring.
const css =
  '.code{display:block;width:100%;min-height:48px;padding:.5rem .75rem;border:2px solid #767676;' +
  'border-radius:.5rem;font:inherit;font-size:1.3rem;letter-spacing:.08em;text-transform:uppercase}' +
  '.code:focus{outline:3px solid #1d4ed8;outline-offset:2px}.code[aria-invalid=true]{border-color:#b3261e}' +
  '.eg{white-space:nowrap;font-family:monospace}';

/** The example code inside a sentence, kept left to right in a right-to-left one. */
const fillCode = (text: string) =>
  text.split(/([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{2})/).map((part, i) =>
    i % 2 ? (
      <bdi key={i} dir="ltr">
        {part}
      </bdi>
    ) : (
      part
    ),
  );

export type CodeProblem = 'malformed' | 'unknown';

/** The form, empty or with what was typed and why it opened nothing. */
export function codeFormPage(
  c: Context<AppEnv>,
  lang: Lang,
  opts: { typed?: string; problem?: CodeProblem; status?: ContentfulStatusCode } = {},
) {
  const t = words[lang].shortCode;
  const problem = opts.problem ? t[opts.problem] : null;
  const body = (
    <>
      <style>{css}</style>
      <div class="top">
        <h1 tabIndex={-1}>{t.title}</h1>
        <LanguageLinks
          others={langs
            .filter((l) => l !== lang)
            .map((l) => ({ tag: l, name: languageOf(l)!.name, dir: directionOf(l) }))}
          label={words[lang].page.otherLanguages}
          href={(tag) => `/c?lang=${tag}`}
        />
      </div>
      <p>{t.intro}</p>
      <form method="post" action="/c" novalidate>
        <input type="hidden" name="_lang" value={lang} />
        <label for="code">
          <strong>{t.label}</strong>
        </label>
        <p id="code-hint" class="help">
          {t.hint[0]}{' '}
          <span class="eg" dir="ltr">
            K7QX-9MHP-2T
          </span>
          . {t.hint[1]}
        </p>
        {problem && (
          <p id="code-error" class="err" role="alert">
            {fillCode(problem)}
          </p>
        )}
        <input
          id="code"
          class="code"
          name="code"
          type="text"
          inputMode="text"
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellcheck={false}
          maxLength={40}
          value={opts.typed?.slice(0, 40) ?? ''}
          aria-describedby={problem ? 'code-error code-hint' : 'code-hint'}
          aria-invalid={problem ? 'true' : undefined}
          autoFocus={Boolean(problem)}
          // Codes are Latin letters and digits: typed left to right on an Arabic page too.
          dir="ltr"
        />
        <div class="actions">
          <button type="submit" class="primary">
            {t.go}
          </button>
        </div>
      </form>
    </>
  );
  return sendPage(c, { lang, title: t.title, status: opts.status ?? 200, body });
}

/** Too many codes from this connection, or from everyone, this hour. */
export function codeLimitPage(c: Context<AppEnv>, lang: Lang, retryAfterSeconds: number) {
  c.header('retry-after', String(retryAfterSeconds));
  const t = words[lang].shortCode;
  const n = Math.ceil(retryAfterSeconds / 60);
  const body = <Message title={t.limitTitle} body={format(pluralOf(t.limitBody, n, lang), { n })} />;
  return sendPage(c, { lang, title: t.limitTitle, status: 429, body });
}
