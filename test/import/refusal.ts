import { AppError } from '../../server/errors.ts';

/** The AppError a call refuses with; fails the test when it succeeds or throws anything else. */
export async function refusal(call: Promise<unknown> | (() => unknown)): Promise<AppError> {
  const err = await Promise.resolve()
    .then(() => (typeof call === 'function' ? call() : call))
    .then(
      () => null,
      (e: unknown) => e,
    );
  if (err instanceof AppError) return err;
  throw new Error(`expected an AppError, got ${String(err)}`);
}
