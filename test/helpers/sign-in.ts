/**
 * Password guessing against a running server (npm start behind a proxy, or the Worker), on the real
 * clock: the same attempts in both, naming each client by the header that runtime trusts.
 */
import { expect } from 'vitest';
import { setUpAdmin, testAdmin, type TestClient } from './app.ts';

export type SignIn = (
  email: string,
  password: string,
  address: string,
) => Promise<{
  status: number;
  code: string | undefined;
  retryAfter: string | null;
  setCookie: string | null;
}>;

/** One sign-in as a fresh browser from `address`, told to the server in `addressHeader`. */
export function signInOver(client: () => TestClient, addressHeader: string): SignIn {
  return async (email, password, address) => {
    const res = await client().request(
      'POST',
      '/api/auth/login',
      { email, password },
      { [addressHeader]: address },
    );
    return {
      status: res.status,
      code: res.json?.error?.code,
      retryAfter: res.headers.get('retry-after'),
      setCookie: res.headers.get('set-cookie'),
    };
  };
}

/** The first admin, and an analyst for each email, all with the test admin's password. */
export async function staffWithEmails(admin: TestClient, emails: string[]) {
  await setUpAdmin(admin);
  for (const email of emails) {
    const made = await admin.post('/api/users', {
      email,
      name: email,
      password: testAdmin.password,
      role: 'analyst',
      partnershipIds: [],
    });
    expect(made.status, made.text).toBe(201);
  }
}

export const sleepSeconds = (seconds: number) => new Promise((r) => setTimeout(r, seconds * 1000 + 100));

/**
 * Wrong guesses (`email(i)` for the i-th), sleeping through each wait, until a refusal with at least
 * `seconds` to wait: then the next requests land inside that wait however loaded the machine is.
 */
export async function guessUntilWait(
  signIn: SignIn,
  email: (i: number) => string,
  address: string,
  seconds: number,
) {
  for (let i = 0; i < 40; i++) {
    const a = await signIn(email(i), 'a patient guess', address);
    if (a.status === 429 && Number(a.retryAfter) >= seconds) return a;
    if (a.status === 429) await sleepSeconds(Number(a.retryAfter));
    else expect(a.status).toBe(401);
  }
  throw new Error(`40 guesses from ${address} and no wait of ${seconds} s`);
}
