/**
 * Queries on the respondent's path, compiled once. Building and compiling a Kysely query costs more
 * than SQLite takes to run it, and these differ from call to call only in their values. So each is
 * built once (per database handle and number of arguments) with a marker in place of every
 * argument; later calls reuse the SQL text and put their values where the markers were bound.
 * The result is an ordinary CompiledQuery: `db.executeQuery(q)`, or a statement for `deps.atomic`.
 */
import type { Compilable, CompiledQuery, Kysely } from 'kysely';
import type { Database } from './schema.ts';

type Db = Kysely<Database>;

interface Shape<R> {
  query: CompiledQuery<R>;
  /** For each bound parameter, the argument it takes, or -1 for a constant of the query itself. */
  slots: number[];
}

const marker = (i: number) => `\u0000compile-once:${i}\u0000`;

/**
 * `build` must use its arguments only as bound values (`where(col, '=', arg)`, `eb.val(arg)`, an `in`
 * list), never to decide the query's shape: the shape is fixed by the first call. Misuse that would
 * put a value into the SQL text, or leave an argument unused, throws on that first call.
 */
export function compileOnce<A extends unknown[], R>(
  build: (db: Db, ...args: A) => Compilable<R>,
): (db: Db, ...args: A) => CompiledQuery<R> {
  const shapes = new WeakMap<Db, Map<number, Shape<R>>>();
  return (db, ...args) => {
    let byArity = shapes.get(db);
    if (!byArity) shapes.set(db, (byArity = new Map()));
    let shape = byArity.get(args.length);
    if (!shape) byArity.set(args.length, (shape = compileShape(db, build, args.length)));
    const { query, slots } = shape;
    return { ...query, parameters: slots.map((slot, i) => (slot < 0 ? query.parameters[i] : args[slot])) };
  };
}

function compileShape<A extends unknown[], R>(
  db: Db,
  build: (db: Db, ...args: A) => Compilable<R>,
  arity: number,
): Shape<R> {
  const markers = Array.from({ length: arity }, (_, i) => marker(i));
  const query = build(db, ...(markers as A)).compile();
  const slots = query.parameters.map((p) => markers.indexOf(p as string));
  const unused = markers.filter((_, i) => !slots.includes(i));
  if (unused.length > 0 || query.sql.includes('\u0000compile-once:')) {
    throw new Error(`compileOnce: every argument must be a bound value of the query (${query.sql})`);
  }
  return { query, slots };
}
