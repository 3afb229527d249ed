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
  admin_initial_js_bytes: async () => (await import('./admin-bytes.ts')).adminBytes(),
  submit_rps: submitThroughput,
  dispatch: async () => (await import('./dispatch.ts')).dispatchBench(),
  import_100k_s: async () => (await import('./import.ts')).importBench(),
  review_ms: async () => (await import('./review.ts')).reviewTimes(),
  review_submit_rps: async () => (await import('./review-submit.ts')).rollupThroughput(),
  worker_submit: async () => (await import('./worker-submit.ts')).workerSubmitBench(),
  submit_ceiling: submitCeiling,
};
const aliases: Record<string, string> = {
  submit_ratio: 'submit_rps',
  bare_rps: 'submit_rps',
  submit_p99_ms: 'submit_rps',
  import_100k_peak_mb: 'import_100k_s',
  dispatch_email_per_s: 'dispatch',
  dispatch_sms_per_s: 'dispatch',
  review_1k_ms: 'review_ms',
  review_100k_ms: 'review_ms',
  review_1m_ms: 'review_ms',
  rollup_submit_ratio: 'review_submit_rps',
  worker_submit_rps: 'worker_submit',
  worker_submit_ratio: 'worker_submit',
};

const wanted = process.argv[2];
// submit_ceiling is evidence for a budget, not a figure to track: run it by name.
const names = wanted
  ? [aliases[wanted] ?? wanted]
  : Object.keys(suites).filter((n) => n !== 'submit_ceiling');
for (const name of names) {
  const suite = suites[name];
  if (!suite) {
    console.error(`unknown benchmark "${wanted}"; choose one of: ${Object.keys(suites).join(', ')}`);
    process.exit(1);
  }
  for (const f of await suite()) console.log(`${f.name}: ${f.value} ${f.unit}`);
}
process.exit(0);
