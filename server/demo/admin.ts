/** The admin login for a demo: the existing admins when there are any, otherwise a new one. */
import { countUsers, createFirstAdmin, listUsers } from '../auth/users.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { base64url } from '../ids.ts';
import { createUser } from '../staff/accounts.ts';

export const demoAdminEmail = 'admin@example.org';

export type DemoAdmin =
  { created: true; email: string; password: string } | { created: false; emails: string[] };

export async function ensureDemoAdmin(
  deps: Pick<Deps, 'db' | 'atomic' | 'clock' | 'random'>,
): Promise<DemoAdmin> {
  const admins = (await listUsers(deps)).filter((u) => u.role === 'admin');
  if (admins.length > 0) return { created: false, emails: admins.map((a) => a.email) };
  // 96 random bits in 16 characters: above the 12-character minimum and easy to paste.
  const password = base64url(deps.random.bytes(12));
  const input = { email: demoAdminEmail, name: 'Demo Admin', password };
  try {
    if ((await countUsers(deps)) > 0) throw new AppError('ALREADY_SET_UP', 'users exist');
    await createFirstAdmin(deps, input);
  } catch (err) {
    if (!(err instanceof AppError && err.code === 'ALREADY_SET_UP')) throw err;
    // Analysts or viewers exist but no admin: add one beside them.
    await createUser(deps, { ...input, role: 'admin', partnershipIds: [] });
  }
  return { created: true, email: demoAdminEmail, password };
}
