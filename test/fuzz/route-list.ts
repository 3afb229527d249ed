/**
 * The routes to fuzz, read from the app itself (Hono's `app.routes`), so a route added tomorrow is
 * fuzzed without anyone remembering to list it. The app is built here only to be enumerated: no
 * request reaches it, so its dependencies are never resolved.
 */
import { createApp } from '../../server/app.ts';

export interface Route {
  method: string;
  /** Hono's pattern, e.g. `/api/campaigns/:id/launch`; `*` stands for any rest of the path. */
  path: string;
}

export function appRoutes(): { handlers: Route[]; prefixes: string[] } {
  const app = createApp(() => {
    throw new Error('the fuzzer builds this app only to list its routes');
  });
  const handlers = new Map<string, Route>();
  const prefixes = new Set<string>();
  for (const { method, path } of app.routes) {
    // `ALL` entries are middleware (authentication on a prefix, the body limit); the rest below them
    // is where unknown paths go, e.g. /api/campaigns/<junk>/<junk>.
    if (method === 'ALL') {
      if (path !== '/*') prefixes.add(path.replace(/\/\*$/, ''));
      continue;
    }
    handlers.set(`${method} ${path}`, { method, path });
  }
  return { handlers: [...handlers.values()], prefixes: [...prefixes] };
}

/** The `:name` parameters of a pattern, in order. */
export function paramNames(pattern: string): string[] {
  return [...pattern.matchAll(/:(\w+)/g)].map((m) => m[1]!);
}
