// The forms here check their values with the server's own schemas (server/partnerships/contract.ts,
// server/reviews/contract.ts) before sending, and the server answers with the same messages: English,
// since scripts read them too. Each message those schemas give is matched here to a key, so the field
// says it in the staff member's language; zod's own wording for an empty or too long field is matched
// too. Any other message (a refusal only the server can make) shows as the server wrote it.
import type { Key } from '../../shared/i18n/areas.ts';
import { useWords } from '../i18n/use-locale.ts';

const messages: [RegExp, Key<'partnership'>][] = [
  [/^Use an email address such as help@example\.org\.$/, 'errHelpEmail'],
  [
    /^Use a phone number with its country code, such as \+1 312 555 0100, or an email address\.$/,
    'errHelpPhone',
  ],
  [/^Use an IANA time zone such as America\/Chicago\.$/, 'errTimeZone'],
  [/^The minimum group size is never below 3\.$/, 'errMinGroupSize'],
  [/^Use a time such as 08:00\.$/, 'errStartTime'],
  [/^Use a time such as 20:00 \(24:00 for the end of the day\)\.$/, 'errEndTime'],
  [/^The window must end after it starts\.$/, 'errWindow'],
  [/^The comment minimum is never below 3\.$/, 'errCommentMin'],
  [/^Too small: expected string to have >=1 characters$/, 'errEmpty'],
  [/^Too big: expected string to have <=(?<max>\d+) characters$/, 'errTooLong'],
  [/^Invalid input: expected number, received NaN$/, 'errNumber'],
  [/^Invalid input: expected int, received number$/, 'errWhole'],
  [/^Too big: expected number to be <=(?<max>\d+)$/, 'errTooBig'],
];

/** A form's field errors (`useForm().errors`) in the staff member's language where the message is known. */
export function useFieldErrors(errors: Record<string, string>): Record<string, string> {
  const t = useWords('partnership');
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    const known = messages.find(([pattern]) => pattern.test(message));
    out[field] = known ? t(known[1], known[0].exec(message)?.groups) : message;
  }
  return out;
}
