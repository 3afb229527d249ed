// The HTML shell of every respondent page: inline CSS, the island script only where there is a form,
// and headers that keep personal links out of caches. The language's direction is the page's, so an
// Arabic page is laid out right to left from its first byte, with or without the island.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { directionOf, type Lang } from '../../surveys/index.ts';
import type { PageData } from '../../client/respond/types.ts';
import type { AppEnv } from '../http.ts';
import { css } from '../../client/respond/styles.ts';
import { AskingHeader, type Asking } from './asking.tsx';

export interface PageOptions {
  lang: Lang;
  title: string;
  status: ContentfulStatusCode;
  body: ComponentChildren;
  /** For the island; its presence also loads the island script. */
  data?: PageData;
  /** The partnership behind the link, where the page knows it. */
  asking?: Asking | null;
}

/** JSON safe inside a script element: `<` escaped so typed answers cannot close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function sendPage(c: Context<AppEnv>, page: PageOptions) {
  const script = page.data ? c.var.deps.config.assets.respondJs : null;
  const html = renderToString(
    <html lang={page.lang} dir={directionOf(page.lang)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{page.title}</title>
        {/* No favicon request on a slow connection. */}
        <link rel="icon" href="data:," />
        <style dangerouslySetInnerHTML={{ __html: css }} />
        {script && <script type="module" src={`/assets/${script}`} />}
      </head>
      <body>
        {page.asking && <AskingHeader asking={page.asking} lang={page.lang} now={c.var.deps.clock.now()} />}
        <main id="app">{page.body}</main>
        {page.data && (
          <script
            type="application/json"
            id="survey-data"
            dangerouslySetInnerHTML={{ __html: scriptJson(page.data) }}
          />
        )}
      </body>
    </html>,
  );
  // The page holds answers and sits behind a personal link: never keep it in a shared or back cache.
  return c.html(`<!doctype html>${html}`, page.status, { 'cache-control': 'no-store' });
}
