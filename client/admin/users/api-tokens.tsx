// API tokens for scripts: an admin sees everyone's, with the owner; anyone else their own. Each shows
// when it expires and the day it was last used, so unused and old tokens can be found and revoked.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ApiToken, IssuedApiToken } from '../../../server/auth/contract.ts';
import { read, server } from '../api.ts';
import { useApi } from '../use-api.ts';
import { useSession } from '../use-session.ts';
import { Empty, Loaded } from '../ui/status.tsx';
import { TokenForm } from './token-form.tsx';
import { TokenIssuedCard } from './token-issued.tsx';

const tokensApi = server.api.tokens;

export function ApiTokens() {
  const session = useSession();
  const tokens = useApi('tokens', () => read(tokensApi.$get()));
  const [issued, setIssued] = useState<IssuedApiToken | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const everyone = session.user.role === 'admin';
  const now = new Date().toISOString();

  async function revoke(t: ApiToken) {
    const whose = t.owner.id === session.user.id ? '' : ` of ${t.owner.name}`;
    if (!confirm(`Revoke the API token “${t.name}”${whose}? Scripts using it stop working at once.`)) return;
    setMessage(null);
    setDone(null);
    try {
      await read(tokensApi[':id'].$delete({ param: { id: t.id } }));
      setDone(`Revoked the API token “${t.name}”.`);
      if (issued?.id === t.id) setIssued(null);
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err));
    }
    tokens.reload();
    // The row and its button are gone: focus goes to the heading rather than to the page's start.
    setTimeout(() => document.getElementById('tokens-h')?.focus(), 0);
  }

  // Focus goes back to the form in the same render that removes the card, so there is no moment
  // when the card is gone and focus is nowhere (a screen reader would announce the page's start).
  const refocus = useRef(false);
  useLayoutEffect(() => {
    if (issued || !refocus.current) return;
    refocus.current = false;
    document.getElementById('t-name')?.focus();
  }, [issued]);
  const closeIssued = () => {
    refocus.current = true;
    setIssued(null);
  };

  return (
    <section aria-labelledby="tokens-h">
      <h2 id="tokens-h" tabIndex={-1}>
        API tokens
      </h2>
      <p class="hint">
        A script sends a token as <code>Authorization: Bearer {'<token>'}</code> and acts as the token’s
        owner, with their role. {everyone ? 'You see every account’s tokens.' : 'These are your tokens.'}
      </p>
      {message && (
        <p role="alert" class="form-error">
          {message}
        </p>
      )}
      <p role="status">{done}</p>
      {issued && <TokenIssuedCard issued={issued} onClose={closeIssued} />}
      <Loaded state={tokens} what="API tokens">
        {({ tokens }) =>
          tokens.length === 0 ? (
            <Empty>No API tokens yet.</Empty>
          ) : (
            <div class="table-wrap">
              <table>
                <caption class="sr-only">API tokens</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Owner</th>
                    <th scope="col">Created</th>
                    <th scope="col">Expires</th>
                    <th scope="col">Last used</th>
                    <th scope="col">
                      <span class="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {tokens.map((t) => (
                    <tr>
                      <td>{t.name}</td>
                      <td>
                        {t.owner.name}
                        <div class="muted small">{t.owner.email}</div>
                      </td>
                      <td>{t.createdAt.slice(0, 10)}</td>
                      <td>
                        {t.expiresAt <= now ? (
                          <span class="bad">expired {t.expiresAt.slice(0, 10)}</span>
                        ) : (
                          t.expiresAt.slice(0, 10)
                        )}
                      </td>
                      <td>{t.lastUsedOn ?? <span class="muted">never</span>}</td>
                      <td>
                        <button
                          type="button"
                          class="danger"
                          aria-label={`Revoke the API token ${t.name} of ${t.owner.name}`}
                          onClick={() => void revoke(t)}
                        >
                          Revoke
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
      <TokenForm
        onIssued={(t) => {
          setMessage(null);
          setDone(`Made the API token “${t.name}”.`);
          setIssued(t);
          tokens.reload();
        }}
      />
    </section>
  );
}
