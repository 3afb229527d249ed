// The page behind a printed card's short URL: one field for the code, in the person's language,
// usable with JavaScript off (a plain form POST to /c). It also answers a code that is wrong, and a
// connection that has typed too many (429). Its strings live here, like poster-limit.tsx's.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Lang } from '../../../surveys/index.ts';
import { Message } from '../../../client/respond/survey-form.tsx';
import type { AppEnv } from '../../http.ts';
import { sendPage } from '../../pages/document.tsx';

const text = {
  en: {
    title: 'Open your survey',
    intro: 'Type the code printed on your card.',
    label: 'Code',
    hint: ['10 letters and numbers, like', 'Dashes, spaces and small letters are fine.'],
    go: 'Open my survey',
    other: 'Español',
    malformed: 'This is not a card’s code. A code has 10 letters and numbers, like K7QX-9MHP-2T.',
    unknown: 'No card has this code. Check each character and try again.',
    limitTitle: 'Please try again later',
    limitBody: (minutes: number) =>
      `Many codes were typed from this internet connection. Please try again in ${minutes} ` +
      `${minutes === 1 ? 'minute' : 'minutes'}, scan the QR code on your card, or switch your phone ` +
      'from Wi-Fi to mobile data.',
  },
  es: {
    title: 'Abra su encuesta',
    intro: 'Escriba el código impreso en su tarjeta.',
    label: 'Código',
    hint: ['10 letras y números, como', 'Los guiones, espacios y minúsculas no importan.'],
    go: 'Abrir mi encuesta',
    other: 'English',
    malformed: 'Esto no es un código de tarjeta. Un código tiene 10 letras y números, como K7QX-9MHP-2T.',
    unknown: 'Ninguna tarjeta tiene este código. Revise cada carácter e inténtelo de nuevo.',
    limitTitle: 'Por favor, inténtelo más tarde',
    limitBody: (minutes: number) =>
      `Se escribieron muchos códigos desde esta conexión a internet. Inténtelo de nuevo en ${minutes} ` +
      `${minutes === 1 ? 'minuto' : 'minutos'}, escanee el código QR de su tarjeta, o cambie su ` +
      'teléfono del wifi a los datos móviles.',
  },
} as const;

// The respondent stylesheet has no text input; these few rules match its fields and focus ring.
const css =
  '.code{display:block;width:100%;min-height:48px;padding:.5rem .75rem;border:2px solid #767676;' +
  'border-radius:.5rem;font:inherit;font-size:1.3rem;letter-spacing:.08em;text-transform:uppercase}' +
  '.code:focus{outline:3px solid #1d4ed8;outline-offset:2px}.code[aria-invalid=true]{border-color:#b3261e}' +
  '.eg{white-space:nowrap;font-family:monospace}';

export type CodeProblem = 'malformed' | 'unknown';

/** The form, empty or with what was typed and why it opened nothing. */
export function codeFormPage(
  c: Context<AppEnv>,
  lang: Lang,
  opts: { typed?: string; problem?: CodeProblem; status?: ContentfulStatusCode } = {},
) {
  const t = text[lang];
  const other: Lang = lang === 'es' ? 'en' : 'es';
  const problem = opts.problem ? t[opts.problem] : null;
  const body = (
    <>
      <style>{css}</style>
      <div class="top">
        <h1 tabIndex={-1}>{t.title}</h1>
        <a class="lang" href={`/c?lang=${other}`} hreflang={other} lang={other}>
          {t.other}
        </a>
      </div>
      <p>{t.intro}</p>
      <form method="post" action="/c" novalidate>
        <input type="hidden" name="_lang" value={lang} />
        <label for="code">
          <strong>{t.label}</strong>
        </label>
        <p id="code-hint" class="help">
          {t.hint[0]} <span class="eg">K7QX-9MHP-2T</span>. {t.hint[1]}
        </p>
        {problem && (
          <p id="code-error" class="err" role="alert">
            {problem}
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
  const t = text[lang];
  const body = <Message title={t.limitTitle} body={t.limitBody(Math.ceil(retryAfterSeconds / 60))} />;
  return sendPage(c, { lang, title: t.limitTitle, status: 429, body });
}
