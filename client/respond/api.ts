// The island's two calls. Failures are data, not exceptions, so every caller decides what the person sees.

export type Sent =
  | { ok: true }
  /** status 0: no answer at all (offline, dropped connection). */
  | { ok: false; status: number; code?: string; details?: unknown };

export async function postAnswers(url: string, answers: Record<string, unknown>): Promise<Sent> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers }),
      credentials: 'same-origin',
    });
    if (res.ok) return { ok: true };
    const body = (await res.json().catch(() => null)) as {
      error?: { code?: string; details?: unknown };
    } | null;
    return { ok: false, status: res.status, code: body?.error?.code, details: body?.error?.details };
  } catch {
    return { ok: false, status: 0 };
  }
}
