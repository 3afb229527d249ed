/**
 * `npm run bench [-- name]`: prints each figure as `name: value unit`. Figures compare things measured
 * side by side in one run; absolute numbers vary with the machine.
 */
import { submitCeiling, submitThroughput } from './submit.ts';

export interface Figure {
  name: string;
  value: number;
  unit: string;
}

const suites: Record<string, () => Promise<Figure[]>> = {
  respondent_page_bytes: async () => (await import('./page-bytes.ts')).pageBytes(),
  submit_rps: submitThroughput,
  submit_ceiling: submitCeiling,
};
const aliases: Record<string, string> = { submit_ratio: 'submit_rps', bare_rps: 'submit_rps', submit_p99_ms: 'submit_rps' };

const wanted = process.argv[2];
// submit_ceiling is evidence for a budget, not a figure to track: run it by name.
const names = wanted ? [aliases[wanted] ?? wanted] : Object.keys(suites).filter((n) => n !== 'submit_ceiling');
for (const name of names) {
  const suite = suites[name];
  if (!suite) {
    console.error(`unknown benchmark "${wanted}"; choose one of: ${Object.keys(suites).join(', ')}`);
    process.exit(1);
  }
  for (const f of await suite()) console.log(`${f.name}: ${f.value} ${f.unit}`);
}
process.exit(0);
