/**
 * Email unsubscribe: GET shows a confirmation page (link scanners and previews follow GETs, so a GET
 * must never unsubscribe anyone); POST unsubscribes in the same request, which is also what mail
 * providers send for RFC 8058 one-click (`List-Unsubscribe=One-Click`). Both in the contact's language.
 */
import { Hono, type Context } from 'hono';
import type { ComponentChildren } from 'preact';
import { isLang, words, type Lang } from '../../surveys/index.ts';
import { fillIsolated } from '../../client/respond/isolate.tsx';
import type { AppEnv } from '../http.ts';
import { sendPage } from '../pages/document.tsx';
import { pageLang } from '../pages/lang.ts';
import { getContactsByIds } from '../partnerships/contacts/people.ts';
import { getPartnership } from '../partnerships/partnerships.ts';
import { readUnsubscribeToken } from './links.ts';
import { optOutEmail } from './opt-out.ts';

async function lookup(c: Context<AppEnv>) {
  const contactId = await readUnsubscribeToken(
    c.var.deps.config.distribution.linkSecret,
    c.req.param('token') ?? '',
  );
  const contact = contactId ? (await getContactsByIds(c.var.deps, [contactId])).get(contactId) : undefined;
  if (!contact) return null;
  const partnership = await getPartnership(c.var.deps, contact.partnershipId);
  // A contact may speak a language no page is written in yet: the page then follows the browser.
  return { contact, org: partnership.name, lang: isLang(contact.language) ? contact.language : pageLang(c) };
}

/** One of this flow's pages: a heading, a sentence, and for the question its button. */
function message(
  c: Context<AppEnv>,
  lang: Lang,
  status: 200 | 404,
  title: string,
  sentence: ComponentChildren,
  action?: ComponentChildren,
) {
  return sendPage(c, {
    lang,
    title,
    status,
    body: (
      <div class="msg">
        <h1>{title}</h1>
        <p>{sentence}</p>
        {action}
      </div>
    ),
  });
}

function unknown(c: Context<AppEnv>) {
  const lang = pageLang(c);
  const t = words[lang].unsubscribe;
  return message(c, lang, 404, t.unknownTitle, t.unknown);
}

export const unsubscribeRoutes = new Hono<AppEnv>()
  .get('/:token', async (c) => {
    const found = await lookup(c);
    if (!found) return unknown(c);
    const t = words[found.lang].unsubscribe;
    return message(
      c,
      found.lang,
      200,
      t.askTitle,
      fillIsolated(t.ask, { org: found.org, email: found.contact.email ?? '' }),
      <form method="post">
        <button type="submit" class="primary">
          {t.button}
        </button>
      </form>,
    );
  })
  .post('/:token', async (c) => {
    const found = await lookup(c);
    if (!found) return unknown(c);
    await optOutEmail(c.var.deps, found.contact.id);
    const t = words[found.lang].unsubscribe;
    return message(c, found.lang, 200, t.doneTitle, fillIsolated(t.done, { org: found.org }));
  });
