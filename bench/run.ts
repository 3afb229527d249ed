/**
 * `npm run bench [-- name]`: prints each figure as `name: value unit`. Figures compare things measured
 * side by side in one run; absolute numbers vary with the machine.
 */

export interface Figure {
  name: string;
  value: number;
  unit: string;
}

const suites: Record<string, () => Promise<Figure[]>> = {
  respondent_page_bytes: async () => (await import('./page-bytes.ts')).pageBytes(),
  admin_initial_js_bytes: async () => (await import('./admin-bytes.ts')).adminBytes(),
  submit_vs_raw: async () => (await import('./submit.ts')).submitVsRaw(),
  dispatch: async () => (await import('./dispatch.ts')).dispatchBench(),
  import_100k_s: async () => (await import('./import.ts')).importBench(),
  contacts_page_ms: async () => (await import('./contacts-page.ts')).contactsPageBench(),
  review_ms: async () => (await import('./review.ts')).reviewTimes(),
  release_ms: async () => (await import('./release.ts')).releaseBench(),
  worker_submit: async () => (await import('./worker-submit.ts')).workerSubmitBench(),
  sms_conversation_segments: async () => (await import('./sms-conversation.ts')).smsConversationSegments(),
  backup: async () => (await import('./backup.ts')).backupBench(),
  sms_reply: async () => (await import('./sms-reply.ts')).smsReplyBench(),
};
const aliases: Record<string, string> = {
  submit_rps: 'submit_vs_raw',
  submit_p99_ms: 'submit_vs_raw',
  raw_submit_rps: 'submit_vs_raw',
  submit_ratio: 'submit_vs_raw',
  bare_rps: 'submit_vs_raw',
  import_100k_peak_mb: 'import_100k_s',
  contacts_search_ms: 'contacts_page_ms',
  contacts_phone_search_ms: 'contacts_page_ms',
  contacts_deep_page_ms: 'contacts_page_ms',
  dispatch_email_per_s: 'dispatch',
  dispatch_sms_per_s: 'dispatch',
  review_1k_ms: 'review_ms',
  review_100k_ms: 'review_ms',
  review_1m_ms: 'review_ms',
  worker_submit_rps: 'worker_submit',
  worker_submit_ratio: 'worker_submit',
  backup_s: 'backup',
  restore_s: 'backup',
  backup_bytes: 'backup',
  sms_reply_p99_ms: 'sms_reply',
  sms_reply_burst_p99_ms: 'sms_reply',
};

const wanted = process.argv[2];
const names = wanted ? [aliases[wanted] ?? wanted] : Object.keys(suites);
for (const name of names) {
  const suite = suites[name];
  if (!suite) {
    console.error(`unknown benchmark "${wanted}"; choose one of: ${Object.keys(suites).join(', ')}`);
    process.exit(1);
  }
  for (const f of await suite()) console.log(`${f.name}: ${f.value} ${f.unit}`);
}
process.exit(0);
