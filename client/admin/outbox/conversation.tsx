// A worker's conversation by text in the development outbox: every text to and from their phone as
// the development SMS sender remembers it (worker's on one side, ours on the other), and a box to type
// what the worker would text back, acted on as if it had come in from their phone. New texts are
// announced (the thread is a polite live region), so a screen reader hears the next question.
import { useRef, useState } from 'preact/hooks';
import type { DevConversation, DevText } from '../../../server/distribution/contract.ts';
import { read, server } from '../api.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useForm } from '../use-form.ts';
import { Field, FormMessage } from '../ui/field.tsx';
import { Body } from './body.tsx';

interface Props {
  /** Names the form's fields (an outbox message's id). */
  id: string;
  phone: string;
  /** The texts as known now, oldest first. */
  texts: DevText[];
  onSent: (conversation: DevConversation) => void;
}

export function Conversation({ id, phone, texts, onSent }: Props) {
  const t = useWords('outbox');
  const form = useForm();
  const [draft, setDraft] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  const field = `reply-${id}`;
  async function send(e: Event) {
    e.preventDefault();
    if (draft.trim() === '') return;
    const json = { from: phone, body: draft };
    const sent = await form.submit(() => read(server.api.dev.outbox.reply.$post({ json })));
    if (!sent) return;
    setDraft('');
    onSent(sent.conversation);
    // The next reply is typed at once, whether this one went by the button or by Enter.
    box.current?.focus();
  }
  return (
    <section class="conversation" id={`conversation-${id}`} aria-label={t('conversationWith', { phone })}>
      <p class="small muted">{t('conversationHint')}</p>
      {texts.length === 0 && <p>{t('noTexts')}</p>}
      <ol class="thread" aria-live="polite" aria-relevant="additions">
        {texts.map((x) => (
          <li key={x.seq} class={`text ${x.direction === 'in' ? 'from-worker' : 'from-us'}`}>
            <span class="sr-only">{x.direction === 'in' ? t('workerSaid') : t('weSaid')} </span>
            <Body text={x.body} />
          </li>
        ))}
      </ol>
      <form class="reply" onSubmit={send}>
        <Field id={field} label={t('typeReply')} error={form.errors.body ?? form.errors.from}>
          {(describedBy, invalid) => (
            <textarea
              ref={box}
              id={field}
              name="body"
              rows={2}
              maxLength={1600}
              required
              value={draft}
              onInput={(e) => setDraft(e.currentTarget.value)}
              onKeyDown={(e) => {
                // Enter sends, as on a phone; Shift+Enter starts a new line.
                if (e.key === 'Enter' && !e.shiftKey) void send(e);
              }}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
            />
          )}
        </Field>
        <FormMessage message={form.message} />
        <button type="submit" disabled={form.busy}>
          {t('send')}
        </button>
      </form>
    </section>
  );
}

/**
 * The thread a message's card shows: the sender's log for the phone, with the message itself first
 * when the log lacks it (another process sent it, or this server restarted since).
 */
export function threadOf(message: { id: string; body: string }, logged: DevText[] | undefined): DevText[] {
  const texts = logged ?? [];
  if (texts.some((x) => x.direction === 'out' && x.body === message.body)) return texts;
  return [{ seq: 0, direction: 'out', body: message.body }, ...texts];
}
