/**
 * Email unsubscribe: GET shows a confirmation page (link scanners and previews follow GETs, so a GET
 * must never unsubscribe anyone); POST unsubscribes in the same request, which is also what mail
 * providers send for RFC 8058 one-click (`List-Unsubscribe=One-Click`). Both in the contact's language.
 */
import { Hono, type Context } from 'hono';
import type { ComponentChildren } from 'preact';
import type { AppEnv } from '../http.ts';
import { sendPage } from '../pages/document.tsx';
import { pageLang } from '../pages/lang.ts';
import { getContactsByIds } from '../partnerships/contacts/people.ts';
import { getPartnership } from '../partnerships/partnerships.ts';
import { readUnsubscribeToken } from './links.ts';
import { optOutEmail } from './opt-out.ts';

type Lang = 'en' | 'es';

const text = {
  en: {
    askTitle: 'Stop these emails?',
    ask: (org: string, email: string) => `${email} will get no more survey emails from ${org}.`,
    button: 'Unsubscribe',
    doneTitle: 'You are unsubscribed',
    done: (org: string) =>
      `You will get no more survey emails from ${org}. If you change your mind, ask ${org} to add you again.`,
    unknownTitle: 'This link does not work',
    unknown: 'Check that you opened the whole link from the email.',
  },
  es: {
    askTitle: '¿Dejar de recibir estos correos?',
    ask: (org: string, email: string) => `${email} no recibirá más correos de encuestas de ${org}.`,
    button: 'Darme de baja',
    doneTitle: 'Se ha dado de baja',
    done: (org: string) =>
      `No recibirá más correos de encuestas de ${org}. Si cambia de opinión, pida a ${org} que le vuelva a agregar.`,
    unknownTitle: 'Este enlace no funciona',
    unknown: 'Revise que abrió el enlace completo del correo.',
  },
};

async function lookup(c: Context<AppEnv>) {
  const contactId = await readUnsubscribeToken(
    c.var.deps.config.distribution.linkSecret,
    c.req.param('token') ?? '',
  );
  const contact = contactId ? (await getContactsByIds(c.var.deps, [contactId])).get(contactId) : undefined;
  if (!contact) return null;
  const partnership = await getPartnership(c.var.deps, contact.partnershipId);
  return { contact, org: partnership.name, lang: contact.language as Lang };
}

/** One of this flow's pages: a heading, a sentence, and for the question its button. */
function message(
  c: Context<AppEnv>,
  lang: Lang,
  status: 200 | 404,
  title: string,
  sentence: string,
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
  return message(c, lang, 404, text[lang].unknownTitle, text[lang].unknown);
}

export const unsubscribeRoutes = new Hono<AppEnv>()
  .get('/:token', async (c) => {
    const found = await lookup(c);
    if (!found) return unknown(c);
    const t = text[found.lang];
    return message(
      c,
      found.lang,
      200,
      t.askTitle,
      t.ask(found.org, found.contact.email ?? ''),
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
    const t = text[found.lang];
    return message(c, found.lang, 200, t.doneTitle, t.done(found.org));
  });
