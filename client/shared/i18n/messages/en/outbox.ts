// The development outbox (client/admin/outbox/), and its notice of texts waiting for texting hours
// that a campaign's progress also shows. ICU MessageFormat.
export default {
  title: 'Development outbox',
  adminOnly:
    'Only an administrator opens the development outbox: its links answer as the people they went to.',
  intro:
    'No email or SMS provider is configured, so messages stay here instead of being sent: open a link to answer as that person would. Set <code>SMTP_URL</code> and <code>TWILIO_*</code> to send for real.',
  noOutbox: 'Messages go out through your email and SMS providers; there is no development outbox.',
  theMessages: 'messages',
  waitingOnly: 'No message has gone yet: the texts above wait for texting hours.',
  noMessage: 'No message yet. Launch a campaign; messages appear here within a few seconds.',
  conversation: 'Conversation by text',
  conversationWith: 'Conversation by text with {phone}',
  conversationHint:
    'Play the worker’s phone: type what they would text back (1 to answer by text, an answer, STOP, HELP). Our replies appear as they go. Kept in this server’s memory only, for its last 500 texts.',
  workerSaid: 'The worker:',
  weSaid: 'We sent:',
  typeReply: 'Type the worker’s reply',
  send: 'Send',
  noTexts: 'No text yet with this phone.',
  refresh: 'Refresh',
  heading:
    '<strong>{channel, select, sms {Text} other {Email}}</strong> to {to} · {purpose, select, reminder {reminder} other {invitation}} · {status}',
  statusQueued: 'queued',
  statusSending: 'sending',
  statusSent: 'sent',
  statusDelivered: 'delivered',
  statusUndelivered: 'undelivered',
  statusFailed: 'failed',
  statusOptedOut: 'opted out',
  statusSkipped: 'skipped',
  textsWaiting:
    '{count, plural, one {# text waits} other {# texts wait}} for texting hours ({start}–{end} {timeZone}); {count, plural, one {it goes} other {they go}} at {time} {day, select, today {today} other {tomorrow}}.',
};
