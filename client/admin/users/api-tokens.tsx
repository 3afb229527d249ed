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
import { useWords } from '../i18n/use-locale.ts';
import { useFormats } from '../i18n/use-formats.ts';

const tokensApi = server.api.tokens;

export function ApiTokens() {
  const session = useSession();
  const t = useWords('users');
  const f = useFormats();
  const tokens = useApi('tokens', () => read(tokensApi.$get()));
  const [issued, setIssued] = useState<IssuedApiToken | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const everyone = session.user.role === 'admin';
  const now = new Date().toISOString();

  async function revoke(token: ApiToken) {
    const owner = token.owner.id === session.user.id ? 'own' : token.owner.name;
    if (!confirm(t('confirmRevoke', { name: token.name, owner }))) return;
    setMessage(null);
    setDone(null);
    try {
      await read(tokensApi[':id'].$delete({ param: { id: token.id } }));
      setDone(t('revoked', { name: token.name }));
      if (issued?.id === token.id) setIssued(null);
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
        {t('apiTokens')}
      </h2>
      <p class="hint">
        {t.rich('tokensHint', {
          code: (chunks) => <code>{chunks}</code>,
          token: '<token>',
          everyone: everyone ? 'yes' : 'no',
        })}
      </p>
      {message && (
        <p role="alert" class="form-error">
          {message}
        </p>
      )}
      <p role="status">{done}</p>
      {issued && <TokenIssuedCard issued={issued} onClose={closeIssued} />}
      <Loaded state={tokens} what={t('theApiTokens')}>
        {({ tokens }) =>
          tokens.length === 0 ? (
            <Empty>{t('noTokens')}</Empty>
          ) : (
            <div class="table-wrap">
              <table>
                <caption class="sr-only">{t('apiTokens')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('name')}</th>
                    <th scope="col">{t('owner')}</th>
                    <th scope="col">{t('created')}</th>
                    <th scope="col">{t('expires')}</th>
                    <th scope="col">{t('lastUsed')}</th>
                    <th scope="col">
                      <span class="sr-only">{t('actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {tokens.map((token) => (
                    <tr>
                      <td>{token.name}</td>
                      <td>
                        {token.owner.name}
                        <div class="muted small">{token.owner.email}</div>
                      </td>
                      <td>{f.day(token.createdAt)}</td>
                      <td>
                        {token.expiresAt <= now ? (
                          <span class="bad">{t('expired', { day: f.day(token.expiresAt) })}</span>
                        ) : (
                          f.day(token.expiresAt)
                        )}
                      </td>
                      <td>
                        {token.lastUsedOn ? f.day(token.lastUsedOn) : <span class="muted">{t('never')}</span>}
                      </td>
                      <td>
                        <button
                          type="button"
                          class="danger"
                          aria-label={t('revokeNamed', { name: token.name, owner: token.owner.name })}
                          onClick={() => void revoke(token)}
                        >
                          {t('revoke')}
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
        onIssued={(made) => {
          setMessage(null);
          setDone(t('made', { name: made.name }));
          setIssued(made);
          tokens.reload();
        }}
      />
    </section>
  );
}
