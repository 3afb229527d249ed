/**
 * The areas import each other one way only (issue 13), so each can be read, tested and changed from
 * the bottom up: auth < partnerships < surveys < campaigns < distribution < reviews < respond, with staff, demo
 * and the runtimes on top. A node here is an area folder of server/ (auth, campaigns, ...), a file at
 * server/'s root, `contracts` (every area's contract.ts and its split-off parts such as
 * language-contract.ts: pure shapes any side may import), a client
 * folder (client/admin, client/respond, client/shared) and surveys/. The test fails on any cycle
 * between nodes and names it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/cli.ts';
import { sourceFiles as files } from '../helpers/source-files.ts';

export function nodeOf(file: string): string {
  const parts = file.split('/');
  if (/^server\/[a-z-]+\/([a-z-]+-)?contract\.ts$/.test(file)) return 'contracts';
  if (parts[0] === 'server') return parts.length > 2 ? `server/${parts[1]}` : file;
  if (parts[0] === 'client') return `client/${parts[1]}`;
  return parts[0]!;
}

/** node → the nodes it imports, each with one import that shows it. */
export function areaGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of [...files('server'), ...files('client'), ...files('surveys')]) {
    const source = readFileSync(join(root, file), 'utf8');
    for (const m of source.matchAll(/^(?:import|export)\s[^;]*?from\s+['"](\.[^'"]+)['"]/gm)) {
      const target = relative(root, resolve(dirname(join(root, file)), m[1]!));
      if (!existsSync(join(root, target))) continue;
      const [from, to] = [nodeOf(file), nodeOf(target)];
      if (from === to) continue;
      if (!graph.has(from)) graph.set(from, new Map());
      graph.get(from)!.set(to, `${file} -> ${target}`);
    }
  }
  return graph;
}

/** Every cycle's nodes (strongly connected components of more than one node), by Tarjan's method. */
function cycles(graph: Map<string, Map<string, string>>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const out: string[][] = [];
  const visit = (v: string) => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
    }
    if (low.get(v) === order.get(v)) {
      const component: string[] = [];
      let w: string;
      do component.push((w = stack.pop()!));
      while (w !== v);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!order.has(v)) visit(v);
  return out;
}

describe('area imports', () => {
  it('has no cycle between areas', () => {
    const graph = areaGraph();
    const found = cycles(graph).map((c) =>
      c.flatMap((a) => c.filter((b) => graph.get(a)?.has(b)).map((b) => graph.get(a)!.get(b)!)),
    );
    expect(found).toEqual([]);
  });

  it('keeps the layering of the areas the README describes', () => {
    const graph = areaGraph();
    const order = ['auth', 'partnerships', 'surveys', 'campaigns', 'distribution', 'reviews', 'respond'];
    const upward = order.flatMap((a, i) =>
      order.slice(i + 1).flatMap((b) => {
        const edge = graph.get(`server/${a}`)?.get(`server/${b}`);
        return edge ? [edge] : [];
      }),
    );
    expect(upward).toEqual([]);
  });
});
