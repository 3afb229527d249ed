// The development outbox: while no email or SMS provider is configured, messages are not sent but
// kept here, with working links, so a new installation can be tried end to end from the browser.
// Those links are the workers' own and live, so the screen is for admins only (as the API is), and it
// shows the server's notice saying so above the messages.
import type { DevOutboxMessage as Message } from '../../../server/distribution/contract.ts';
import type { ScreenProps } from '../shell/routes.ts';
import { read, server } from '../api.ts';
import { useApi } from '../use-api.ts';
import { useSession } from '../use-session.ts';
import { Empty, Failed, Loading } from '../ui/status.tsx';
import { TextsWaitingNotice } from './texts-waiting.tsx';
import { useWords } from '../i18n/use-locale.ts';
import type { ComponentChildren } from 'preact';
import type { OutboxStatus } from '../../../server/distribution/contract.ts';

const statusKeys = {
  queued: 'statusQueued',
  sending: 'statusSending',
  sent: 'statusSent',
  delivered: 'statusDelivered',
  undelivered: 'statusUndelivered',
  failed: 'statusFailed',
  opted_out: 'statusOptedOut',
  skipped: 'statusSkipped',
} as const satisfies Record<OutboxStatus, string>;

/** Message text with its links made clickable; everything else stays plain text. */
function Body({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/\S+)/g);
  return <p class="message-body">{parts.map((p) => (/^https?:\/\//.test(p) ? <a href={p}>{p}</a> : p))}</p>;
}

function Messages({ messages }: { messages: Message[] }) {
  const t = useWords('outbox');
  const strong = (chunks: ComponentChildren[]) => <strong>{chunks}</strong>;
  return (
    <ul class="messages">
      {messages.map((m) => (
        <li class="card">
          <p>
            {t.rich('heading', {
              strong,
              channel: m.channel,
              to: m.to,
              purpose: m.purpose,
              status: t(statusKeys[m.status]),
            })}
            {m.subject && <> · “{m.subject}”</>}
          </p>
          <Body text={m.body} />
        </li>
      ))}
    </ul>
  );
}

export default function Outbox({ query }: ScreenProps) {
  const admin = useSession().user.role === 'admin';
  const t = useWords('outbox');
  const code = (chunks: ComponentChildren[]) => <code>{chunks}</code>;
  const campaignId = query.get('campaignId');
  const asked = { limit: '100', ...(campaignId && { campaignId }) };
  const state = useApi(admin ? `outbox?${new URLSearchParams(asked)}` : null, () =>
    read(server.api.dev.outbox.$get({ query: asked })),
  );
  if (!admin)
    return (
      <>
        <h1 tabIndex={-1}>{t('title')}</h1>
        <p>{t('adminOnly')}</p>
      </>
    );
  return (
    <>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p>{t.rich('intro', { code })}</p>
      {state.error ? (
        state.error.status === 404 ? (
          <Empty>{t('noOutbox')}</Empty>
        ) : (
          <Failed error={state.error} retry={state.reload} />
        )
      ) : !state.data ? (
        <Loading what={t('theMessages')} />
      ) : (
        <>
          <p class="form-error outbox-notice" role="note">
            <strong>{state.data.notice}</strong>
          </p>
          <TextsWaitingNotice waiting={state.data.textsWaiting} named={!campaignId} />
          {state.data.messages.length === 0 ? (
            <Empty>{state.data.textsWaiting.length > 0 ? t('waitingOnly') : t('noMessage')}</Empty>
          ) : (
            <>
              <div class="actions">
                <button type="button" onClick={state.reload} disabled={state.loading}>
                  {t('refresh')}
                </button>
              </div>
              <Messages messages={state.data.messages} />
            </>
          )}
        </>
      )}
    </>
  );
}
