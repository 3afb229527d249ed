// The language a respondent's page is shown in, for every page a person reaches from a message.
import type { Context } from 'hono';
import type { Lang } from '../../surveys/index.ts';
import type { AppEnv } from '../http.ts';

export const isLang = (v: unknown): v is Lang => v === 'en' || v === 'es';

/** `?lang` if given, else the link's language, else what the phone asks for, else English. */
export function pageLang(c: Context<AppEnv>, linkLang?: string | null): Lang {
  const asked = c.req.query('lang');
  if (isLang(asked)) return asked;
  if (isLang(linkLang)) return linkLang;
  return (c.req.header('accept-language') ?? '').trim().toLowerCase().startsWith('es') ? 'es' : 'en';
}
