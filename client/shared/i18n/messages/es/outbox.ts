import type { Catalogue } from '../../areas.ts';
import type en from '../en/outbox.ts';

export default {
  title: 'Bandeja de salida de desarrollo',
  adminOnly:
    'Solo un administrador abre la bandeja de salida de desarrollo: sus enlaces responden como las personas a las que se enviaron.',
  intro:
    'No hay ningún proveedor de correo electrónico ni de SMS configurado, así que los mensajes se quedan aquí en lugar de enviarse: abra un enlace para responder como lo haría esa persona. Configure <code>SMTP_URL</code> y <code>TWILIO_*</code> para enviarlos de verdad.',
  noOutbox:
    'Los mensajes salen por sus proveedores de correo electrónico y de SMS; no hay bandeja de salida de desarrollo.',
  theMessages: 'los mensajes',
  waitingOnly:
    'Todavía no ha salido ningún mensaje: los textos de arriba esperan el horario de envío de SMS.',
  noMessage: 'Todavía no hay mensajes. Inicie una campaña; los mensajes aparecen aquí en unos segundos.',
  conversation: 'Conversación por mensaje de texto',
  conversationWith: 'Conversación por mensaje de texto con {phone}',
  conversationHint:
    'Haga de teléfono del trabajador: escriba lo que respondería por mensaje (1 para responder por texto, una respuesta, STOP, HELP). Nuestras respuestas aparecen al enviarse. Solo se guardan en la memoria de este servidor, sus últimos 500 mensajes.',
  workerSaid: 'El trabajador:',
  weSaid: 'Enviamos:',
  typeReply: 'Escriba la respuesta del trabajador',
  send: 'Enviar',
  noTexts: 'Todavía no hay mensajes con este teléfono.',
  refresh: 'Actualizar',
  heading:
    '<strong>{channel, select, sms {SMS} other {Correo electrónico}}</strong> a {to} · {purpose, select, reminder {recordatorio} other {invitación}} · {status}',
  statusQueued: 'en cola',
  statusSending: 'enviándose',
  statusSent: 'enviado',
  statusDelivered: 'entregado',
  statusUndelivered: 'no entregado',
  statusFailed: 'fallido',
  statusOptedOut: 'dado de baja',
  statusSkipped: 'omitido',
  textsWaiting:
    '{count, plural, one {# SMS espera} other {# SMS esperan}} el horario de envío ({start}–{end} {timeZone}); {count, plural, one {sale} other {salen}} a las {time} {day, select, today {de hoy} other {de mañana}}.',
} satisfies Catalogue<typeof en>;
