// The development outbox: while no email or SMS provider is configured, messages are not sent but
// kept here, with working links, so a new installation can be tried end to end from the browser.
// Those links are the workers' own and live, so the screen is for admins only (as the API is), and it
// shows the server's notice saying so above the messages. A text's card opens the conversation with
// that phone, where an admin types the worker's replies (answering by text, issue 18).
import { useState } from 'preact/hooks';
import type {
  DevConversation,
  DevOutboxMessage as Message,
  DevText,
} from '../../../server/distribution/contract.ts';
import type { ScreenProps } from '../shell/routes.ts';
import { read, server } from '../api.ts';
import { useApi } from '../use-api.ts';
import { useSession } from '../use-session.ts';
import { Empty, Failed, Loading } from '../ui/status.tsx';
import { TextsWaitingNotice } from './texts-waiting.tsx';
import { Body } from './body.tsx';
import { Conversation, threadOf } from './conversation.tsx';
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

/** The newer of two copies of a thread: the one whose last text came later. */
const newer = (a: DevText[] | undefined, b: DevText[] | undefined) =>
  (a?.at(-1)?.seq ?? 0) >= (b?.at(-1)?.seq ?? 0) ? a : b;

function Messages({ messages, conversations }: { messages: Message[]; conversations: DevConversation[] }) {
  const t = useWords('outbox');
  const strong = (chunks: ComponentChildren[]) => <strong>{chunks}</strong>;
  // The card whose conversation is open, and threads as the last reply typed here left them.
  const [open, setOpen] = useState<string | null>(null);
  const [typed, setTyped] = useState<Record<string, DevText[]>>({});
  const loaded = new Map(conversations.map((c) => [c.phone, c.texts]));
  return (
    <ul class="messages">
      {messages.map((m) => (
        <li class="card" key={m.id}>
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
          {m.channel === 'sms' && (
            <>
              <button
                type="button"
                aria-expanded={open === m.id}
                aria-controls={`conversation-${m.id}`}
                onClick={() => setOpen(open === m.id ? null : m.id)}
              >
                {t('conversation')}
              </button>
              {open === m.id && (
                <Conversation
                  id={m.id}
                  phone={m.to}
                  texts={threadOf(m, newer(typed[m.to], loaded.get(m.to)))}
                  onSent={(c) => setTyped((all) => ({ ...all, [c.phone]: c.texts }))}
                />
              )}
            </>
          )}
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
              <Messages messages={state.data.messages} conversations={state.data.conversations} />
            </>
          )}
        </>
      )}
    </>
  );
}
