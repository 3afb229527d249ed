/**
 * A field's problem as the API answers it (VALIDATION_FAILED details, one per field): the English
 * `message` every client reads, and a `kind` with its `limit` that the dashboard words in the staff
 * member's language. Made from zod's issues on the server and, for a form checked before sending,
 * in the browser, so both say the same. A problem of no kind here keeps only its message.
 */

export const fieldIssueKinds = [
  'required',
  'too_long',
  'too_short',
  'too_big',
  'too_small',
  'number',
  'whole',
  'email',
  'phone',
  'taken',
  'invalid',
] as const;
export type FieldIssueKind = (typeof fieldIssueKinds)[number];

export interface FieldIssue {
  path: string;
  message: string;
  kind?: FieldIssueKind;
  /** The most (too_long, too_big) or the least (too_short, too_small) allowed. */
  limit?: number;
}

/** The members of a zod issue read here (zod's own type, narrowed to what this file needs). */
interface ZodIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly origin?: string;
  readonly maximum?: number | bigint;
  readonly minimum?: number | bigint;
  readonly format?: string;
  readonly expected?: string;
  /** A custom issue names its kind here: `ctx.addIssue({ code: 'custom', params: { kind: 'phone' } })`. */
  readonly params?: Record<string, unknown>;
}

// zod's own English for its checks. A schema that gives a check its own message ("The comment minimum
// is never below 3.") says more than a kind could, so that issue keeps only its message.
const zodWords = /^(Too small|Too big|Invalid)\b/;

function kindOf(i: ZodIssueLike): Omit<FieldIssue, 'path' | 'message'> {
  const text = i.origin === 'string';
  if (i.code !== 'custom' && !zodWords.test(i.message)) return {};
  switch (i.code) {
    case 'too_big':
      return { kind: text ? 'too_long' : 'too_big', limit: Number(i.maximum) };
    case 'too_small':
      if (text && Number(i.minimum) <= 1) return { kind: 'required' };
      return { kind: text ? 'too_short' : 'too_small', limit: Number(i.minimum) };
    case 'invalid_type':
      // zod words a missing member "… received undefined"; no other member of the issue says so.
      if (i.message.endsWith('undefined')) return { kind: 'required' };
      return { kind: i.expected === 'int' ? 'whole' : i.expected === 'number' ? 'number' : 'invalid' };
    case 'invalid_format':
      return { kind: i.format === 'email' ? 'email' : 'invalid' };
    case 'invalid_value':
      return { kind: 'invalid' };
    case 'custom': {
      const kind = i.params?.kind;
      return (fieldIssueKinds as readonly unknown[]).includes(kind) ? { kind: kind as FieldIssueKind } : {};
    }
    default:
      return {};
  }
}

/** One zod issue as the API's field detail. */
export function fieldIssue(i: ZodIssueLike): FieldIssue {
  return { path: i.path.map(String).join('.'), message: i.message, ...kindOf(i) };
}
