/** The shared test client, speaking HTTP to a running server (workerd) instead of app.request. */
import { TestClient } from '../helpers/app.ts';

export type HttpResult = Awaited<ReturnType<TestClient['request']>>;

export class HttpClient extends TestClient {
  constructor(baseUrl: string) {
    super((path, init) =>
      fetch(baseUrl + path, { ...init, redirect: 'manual', signal: AbortSignal.timeout(30_000) }),
    );
  }
}
