// The page a poster visitor sees when their connection has taken its share of tickets
// (server/campaigns/open-link-clients.ts). Usually a script; sometimes a crew on one Wi-Fi, who are
// told how to get in anyway. Its words are in the language files (surveys/words/).
import type { Context } from 'hono';
import { words, type Lang } from '../../../surveys/index.ts';
import { Message } from '../../../client/respond/survey-form.tsx';
import type { ClientLimitReached } from '../../campaigns/open-link-clients.ts';
import type { AppEnv } from '../../http.ts';
import { sendPage } from '../../pages/document.tsx';

export function posterLimitPage(c: Context<AppEnv>, lang: Lang, err: ClientLimitReached) {
  c.header('retry-after', String(err.retryAfterSeconds));
  const { title, body } = words[lang].posterLimit;
  return sendPage(c, { lang, title, status: 429, body: <Message title={title} body={body} /> });
}
