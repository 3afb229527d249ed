/**
 * `npm run fuzz -- --cases N [--seed S]`: the suite's fuzzer (test/fuzz/property.ts) at any size,
 * against `npm start`'s entry over a fresh database. Prints `fuzz_cases` and `fuzz_5xx` and every
 * failure class with its smallest request; exits 1 on any failure. The same seed replays the same run.
 */
import { parseArgs } from 'node:util';
import { formatReport, fuzzServerEnv, runFuzz } from '../test/fuzz/property.ts';
import { startNodeServer } from '../test/helpers/node-server.ts';

const { values } = parseArgs({
  options: { cases: { type: 'string', default: '2000' }, seed: { type: 'string' } },
});
const cases = Number(values.cases);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
if (!Number.isInteger(cases) || cases < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz -- --cases <count> [--seed <integer>]');
  process.exit(2);
}

const server = await startNodeServer(fuzzServerEnv);
let failed = true;
try {
  console.log(`fuzzing ${server.base} with ${cases} cases, seed ${seed}`);
  const report = await runFuzz({
    base: server.base,
    databasePath: server.databasePath,
    cases,
    seed,
    serverLog: server.output,
    onCase: (i) => {
      if ((i + 1) % 500 === 0) console.error(`  ${i + 1} cases`);
    },
  });
  console.log(formatReport(report));
  failed = report.failures.length > 0;
} finally {
  await server.stop();
}
process.exit(failed ? 1 : 0);
