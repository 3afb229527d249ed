/**
 * The people of the end-to-end scenario and the reminders each should get. Ana (Spanish) and Dee answer
 * round 1 through the link of their text, Cleo by email and later unsubscribes, Ben sends STOP, Eli never
 * answers nor opts out, Eve has a phone but no SMS consent, so a printed link is all she gets, and Fay
 * answers round 1 by text, replying 1 to her invitation and then to each question (issue 18).
 */
export const csv = [
  '\uFEFFFirst name;Email;Phone;Language;SMS consent;Occupation',
  'Ana;;(312) 555-0101;es;yes;welder',
  'Ben;;312.555.0102;en;yes;machinist',
  'Cleo;cleo@work.example;;en;;assembler',
  'Dee;;312-555-0104;en;yes;welder',
  'Eli;eli@work.example;;en;;machinist',
  'Eve;;312-555-0105;en;no;welder',
  'Fay;;312-555-0106;en;yes;assembler',
].join('\r\n');

/** Where each person's messages go, as the import normalizes them. */
export const cast = {
  ana: '+13125550101',
  ben: '+13125550102',
  cleo: 'cleo@work.example',
  dee: '+13125550104',
  eli: 'eli@work.example',
  fay: '+13125550106',
} as const;

const stopped = ['Ben #1 sms opted_out STOP', 'Ben #2 sms opted_out STOP'];
const unsubscribed = ['Cleo #1 email opted_out UNSUBSCRIBED', 'Cleo #2 email opted_out UNSUBSCRIBED'];
const round = (n: number, rows: string[]) => rows.map((r) => `${n} ${r}`);

/** After STOP and the unsubscribe, before any reminder is due: theirs are opted out, the rest queued. */
const before = [1, 2].flatMap((n) =>
  round(n, [
    'Ana #1 sms queued',
    'Ana #2 sms queued',
    ...stopped,
    ...unsubscribed,
    'Dee #1 sms queued',
    'Dee #2 sms queued',
    'Eli #1 email queued',
    'Eli #2 email queued',
    'Fay #1 sms queued',
    'Fay #2 sms queued',
  ]),
);

/** Day 3: round 1's first reminders skipped for those who answered it (by link or by text); round 2's all sent. */
const day3 = [
  ...round(1, [
    'Ana #1 sms skipped COMPLETED',
    'Ana #2 sms queued',
    ...stopped,
    ...unsubscribed,
    'Dee #1 sms skipped COMPLETED',
    'Dee #2 sms queued',
    'Eli #1 email sent',
    'Eli #2 email queued',
    'Fay #1 sms skipped COMPLETED',
    'Fay #2 sms queued',
  ]),
  ...round(2, [
    'Ana #1 sms delivered',
    'Ana #2 sms queued',
    ...stopped,
    ...unsubscribed,
    'Dee #1 sms delivered',
    'Dee #2 sms queued',
    'Eli #1 email sent',
    'Eli #2 email queued',
    'Fay #1 sms delivered',
    'Fay #2 sms queued',
  ]),
];

/** Day 7: the second reminders, the same way. */
const day7 = [
  ...round(1, [
    'Ana #1 sms skipped COMPLETED',
    'Ana #2 sms skipped COMPLETED',
    ...stopped,
    ...unsubscribed,
    'Dee #1 sms skipped COMPLETED',
    'Dee #2 sms skipped COMPLETED',
    'Eli #1 email sent',
    'Eli #2 email sent',
    'Fay #1 sms skipped COMPLETED',
    'Fay #2 sms skipped COMPLETED',
  ]),
  ...round(2, [
    'Ana #1 sms delivered',
    'Ana #2 sms delivered',
    ...stopped,
    ...unsubscribed,
    'Dee #1 sms delivered',
    'Dee #2 sms delivered',
    'Eli #1 email sent',
    'Eli #2 email sent',
    'Fay #1 sms delivered',
    'Fay #2 sms delivered',
  ]),
];

/** Each reminder as story.ts's reminderRows() lists it, at each point of the scenario. */
export const expectedReminders = { before, day3, day7 };
