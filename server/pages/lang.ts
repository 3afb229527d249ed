// The language a respondent's page is shown in, for every page a person reaches from a message.
import type { Context } from 'hono';
import { isLang, langs, negotiate, type Lang } from '../../surveys/index.ts';
import type { AppEnv } from '../http.ts';

export { isLang };

/**
 * `?lang` if it is one of `offered`, else the link's language if it is, else the first of them the
 * phone asks for (Accept-Language, in its order of preference), else the first offered (English).
 */
export function pageLang(c: Context<AppEnv>, linkLang?: string | null, offered: readonly Lang[] = langs): Lang {
  const ok = (v: unknown): v is Lang => isLang(v) && offered.includes(v);
  const asked = c.req.query('lang');
  if (ok(asked)) return asked;
  if (ok(linkLang)) return linkLang;
  return negotiate(c.req.header('accept-language') ?? '', offered) ?? offered[0] ?? 'en';
}
