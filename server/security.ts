/**
 * The Content Security Policy of every page: scripts, styles, images and form posts from this origin
 * only, never framed. The app sends it on what it serves; the Workers build also writes it into
 * dist/_headers for the files the assets layer serves without running the Worker (the admin app).
 */
export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The policy as a header value, e.g. `default-src 'self'; script-src 'self'; ...`. */
export function cspHeader(): string {
  return Object.entries(contentSecurityPolicy)
    .map(([name, values]) => `${kebab(name)} ${values.join(' ')}`)
    .join('; ');
}

/**
 * The headers every answer carries, for the answers made where the app's middleware does not run
 * (requests Node refuses before the app, a Worker whose settings stop it, the assets layer's files).
 */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': cspHeader(),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
  };
}

/**
 * Cloudflare's `_headers` file for dist/: the same policy and referrer rule on the admin app, and
 * long caching for file names that carry a content hash.
 */
export function assetHeadersFile(): string {
  const page = Object.entries(securityHeaders()).map(([name, value]) => `  ${name}: ${value}`);
  return [
    '/admin/*',
    ...page,
    '/admin/assets/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '/assets/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '  X-Content-Type-Options: nosniff',
    '',
  ].join('\n');
}
