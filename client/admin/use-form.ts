// Form state validated by the server's own zod schema before sending, then by the server itself:
// either way the messages land beside the field they concern.
import { useState } from 'preact/hooks';
import type { z } from 'zod';
import { fieldIssue } from '../../server/fields/issue-contract.ts';
import { ApiError } from './api.ts';
import { fieldText } from './error-words.ts';
import { useWords } from './i18n/use-locale.ts';

export interface FormState {
  errors: Record<string, string>;
  /** A message that belongs to no single field (wrong password, a conflict, offline). */
  message: string | null;
  busy: boolean;
}

export function useForm() {
  const t = useWords('shell');
  const [state, setState] = useState<FormState>({ errors: {}, message: null, busy: false });

  /** Parses `values`; on failure shows each issue at its field and returns null. */
  function check<S extends z.ZodType>(schema: S, values: unknown): z.infer<S> | null {
    const result = schema.safeParse(values);
    if (result.success) return result.data;
    const errors: Record<string, string> = {};
    for (const i of result.error.issues) {
      const issue = fieldIssue(i);
      errors[issue.path] ??= fieldText(t, issue);
    }
    setState({ errors, message: t('fieldsNeedAttention'), busy: false });
    return null;
  }

  /** Runs a request, showing the server's errors; returns its result, or null when it failed. */
  async function submit<T>(send: () => Promise<T>): Promise<T | null> {
    setState({ errors: {}, message: null, busy: true });
    try {
      const out = await send();
      setState({ errors: {}, message: null, busy: false });
      return out;
    } catch (err) {
      const e = err instanceof ApiError ? err : new ApiError(0, 'ERROR', String(err));
      setState({ errors: e.fields, message: e.message, busy: false });
      return null;
    }
  }

  return { ...state, check, submit, reset: () => setState({ errors: {}, message: null, busy: false }) };
}
