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

/** Message text with its links made clickable; everything else stays plain text. */
function Body({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/\S+)/g);
  return <p class="message-body">{parts.map((p) => (/^https?:\/\//.test(p) ? <a href={p}>{p}</a> : p))}</p>;
}

function Messages({ messages }: { messages: Message[] }) {
  return (
    <ul class="messages">
      {messages.map((m) => (
        <li class="card">
          <p>
            <strong>{m.channel === 'sms' ? 'Text' : 'Email'}</strong> to {m.to} · {m.purpose} · {m.status}
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
  const campaignId = query.get('campaignId');
  const asked = { limit: '100', ...(campaignId && { campaignId }) };
  const state = useApi(admin ? `outbox?${new URLSearchParams(asked)}` : null, () =>
    read(server.api.dev.outbox.$get({ query: asked })),
  );
  if (!admin)
    return (
      <>
        <h1 tabIndex={-1}>Development outbox</h1>
        <p>
          Only an administrator opens the development outbox: its links answer as the people they went to.
        </p>
      </>
    );
  return (
    <>
      <h1 tabIndex={-1}>Development outbox</h1>
      <p>
        No email or SMS provider is configured, so messages stay here instead of being sent: open a link to
        answer as that person would. Set <code>SMTP_URL</code> and <code>TWILIO_*</code> to send for real.
      </p>
      {state.error ? (
        state.error.status === 404 ? (
          <Empty>Messages go out through your email and SMS providers; there is no development outbox.</Empty>
        ) : (
          <Failed error={state.error} retry={state.reload} />
        )
      ) : !state.data ? (
        <Loading what="messages" />
      ) : (
        <>
          <p class="form-error outbox-notice" role="note">
            <strong>{state.data.notice}</strong>
          </p>
          <TextsWaitingNotice waiting={state.data.textsWaiting} named={!campaignId} />
          {state.data.messages.length === 0 ? (
            <Empty>
              {state.data.textsWaiting.length > 0
                ? 'No message has gone yet: the texts above wait for texting hours.'
                : 'No message yet. Launch a campaign; messages appear here within a few seconds.'}
            </Empty>
          ) : (
            <>
              <div class="actions">
                <button type="button" onClick={state.reload} disabled={state.loading}>
                  Refresh
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
