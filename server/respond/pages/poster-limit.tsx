// The page a poster visitor sees when their connection has taken its share of tickets
// (server/campaigns/open-link-clients.ts). Usually a script; sometimes a crew on one Wi-Fi, who are
// told how to get in anyway. Its strings live here until surveys/i18n.ts takes the respondent's pages.
import type { Context } from 'hono';
import type { Lang } from '../../../surveys/index.ts';
import { Message } from '../../../client/respond/survey-form.tsx';
import type { ClientLimitReached } from '../../campaigns/open-link-clients.ts';
import type { AppEnv } from '../../http.ts';
import { sendPage } from '../../pages/document.tsx';

const text: Record<Lang, { title: string; body: string }> = {
  en: {
    title: 'Please try again later',
    body:
      'This survey has been opened many times from the same internet connection. Please try again ' +
      'later, or switch your phone from Wi-Fi to mobile data.',
  },
  es: {
    title: 'Por favor, inténtelo más tarde',
    body:
      'Esta encuesta se ha abierto muchas veces desde la misma conexión a internet. Inténtelo de ' +
      'nuevo más tarde, o cambie su teléfono del wifi a los datos móviles.',
  },
};

export function posterLimitPage(c: Context<AppEnv>, lang: Lang, err: ClientLimitReached) {
  c.header('retry-after', String(err.retryAfterSeconds));
  const { title, body } = text[lang];
  return sendPage(c, { lang, title, status: 429, body: <Message title={title} body={body} /> });
}
