// The admin app's build: Preact through @preact/preset-vite, rooted at client/admin, written to
// dist/admin with content-hashed names under /admin/assets/ so they can be cached for good.
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { messagesPlugin } from '../../scripts/vite-messages.ts';

/**
 * The app shares pure modules with the server (zod schemas, surveys/, chart components); this stops
 * the build if one of them ever drags in Node-only code, which Vite would otherwise stub out with a
 * warning and leave to fail in the browser.
 */
const browserOnly: Plugin = {
  name: 'sector-voice:browser-only',
  enforce: 'pre',
  resolveId(id, importer) {
    if (
      /^node:|^(better-sqlite3|nodemailer|twilio|@hono\/node-server|cloudflare:)/.test(id) ||
      /\/server\/runtime\//.test(id)
    ) {
      this.error(
        `the admin app must not import ${id} (from ${importer ?? 'the entry'}): keep Node-only code in server/runtime/`,
      );
    }
    return null;
  },
};

/**
 * hono/client serializes a `cookie` option into a Cookie header, which browsers refuse to send from
 * fetch (a forbidden header name); the app never passes one. Its cookie module (signing included) is
 * dead weight in the first chunk every visit downloads, so the client gets a `serialize` that says
 * why it cannot work instead.
 */
const noClientCookies: Plugin = {
  name: 'sector-voice:no-client-cookies',
  enforce: 'pre',
  resolveId(id, importer) {
    return id === '../utils/cookie.js' && importer?.includes('/hono/dist/client/') ? '\0no-client-cookies' : null;
  },
  load(id) {
    if (id !== '\0no-client-cookies') return null;
    return 'export const serialize = () => { throw new Error("a browser cannot set the Cookie header"); };';
  },
};

export const adminRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: adminRoot,
  base: '/admin/',
  plugins: [browserOnly, noClientCookies, messagesPlugin, preact()],
  // Messages arrive parsed (messagesPlugin), so intl-messageformat's parser stays out of the bundle.
  resolve: {
    alias: [
      {
        find: /^@formatjs\/icu-messageformat-parser$/,
        replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
      },
    ],
  },
  // Nothing from a CDN: every byte the app needs is bundled and served from our origin.
  build: {
    outDir: fileURLToPath(new URL('../../dist/admin', import.meta.url)),
    emptyOutDir: true,
    target: 'es2020',
    // The CSP forbids inline scripts; Vite's module preload helper is bundled, never inlined.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
  logLevel: 'warn',
});
