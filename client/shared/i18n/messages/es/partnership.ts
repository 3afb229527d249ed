import type { Catalogue } from '../../areas.ts';
import type en from '../en/partnership.ts';

export default {
  // The screen and a new partnership
  partnership: 'Alianza',
  noPartnership: 'Todavía no hay ninguna alianza.',
  startPartnership: 'Iniciar una alianza',
  startAnother: 'Iniciar otra alianza',
  onlyAdminSettings: 'Solo un administrador puede cambiar esta configuración.',
  saveSettings: 'Guardar la configuración',
  newPartnership: 'Nueva alianza',
  onlyAdminStart: 'Solo un administrador puede iniciar una alianza.',
  createPartnership: 'Crear la alianza',

  // Its settings
  settings: 'Configuración',
  name: 'Nombre',
  sector: 'Sector',
  sectorHint: 'Por ejemplo: Manufactura avanzada',
  region: 'Región',
  timeZone: 'Zona horaria',
  timeZoneHint: 'Una zona IANA como America/Chicago; los SMS se envían de día en esa zona.',
  reviewsBy: 'Informes por',
  programYear: 'Año del programa (de julio a junio)',
  calendarYear: 'Año calendario',
  minGroupSize: 'Tamaño mínimo de grupo',
  minGroupSizeHint: 'Nunca se muestran los grupos con menos personas que respondieron (al menos 3).',
  textsFrom: 'SMS desde',
  textsUntil: 'SMS hasta',
  fallbackLanguage: 'Idioma de respaldo',
  fallbackHint:
    'Los contactos que hablan un idioma en el que la encuesta no está escrita la reciben en este idioma, con enlaces a sus otros idiomas.',
  helpContact: 'Contacto de ayuda (opcional)',
  helpContactHint:
    'Un teléfono con su código de país (+1 312 555 0100) o un correo electrónico. Las páginas de las encuestas y los carteles lo indican para consultas.',
  saving: 'Guardando…',
  save: 'Guardar',
  saved: 'Guardado.',
  cancel: 'Cancelar',

  // What the forms' checks say
  errHelpEmail: 'Escriba un correo electrónico como ayuda@ejemplo.org.',
  errHelpPhone:
    'Escriba un número de teléfono con su código de país, como +1 312 555 0100, o un correo electrónico.',
  errTimeZone: 'Escriba una zona horaria IANA como America/Chicago.',
  errMinGroupSize: 'El tamaño mínimo de grupo nunca es menor que 3.',
  errStartTime: 'Escriba una hora como 08:00.',
  errEndTime: 'Escriba una hora como 20:00 (24:00 para el final del día).',
  errWindow: 'El horario debe terminar después de empezar.',
  errCommentMin: 'El mínimo para comentarios nunca es menor que 3.',
  errEmpty: 'Este campo no puede quedar vacío.',
  errTooLong: 'Escriba como máximo {max} caracteres.',
  errNumber: 'Escriba un número.',
  errWhole: 'Escriba un número entero.',
  errTooBig: 'Escriba un número no mayor que {max}.',

  // Comments in reviews
  commentsInReviews: 'Comentarios en los informes',
  theReviewSettings: 'la configuración de los informes',
  commentMinimum: 'Mínimo para comentarios',
  commentMinLabel: 'Mostrar los comentarios de las encuestas con al menos esta cantidad de respuestas',
  commentMinHint: 'Nunca menos de 3, ni menos que el tamaño mínimo de grupo ({min}).',

  // Organizations
  organizations: 'Organizaciones',
  theOrganizations: 'las organizaciones',
  noOrganizations: 'Todavía no hay organizaciones. Añada abajo los empleadores y los socios.',
  addOrganizationTitle: 'Añadir una organización',
  kind: 'Tipo',
  kindName:
    '{kind, select, employer {empleador} education {educación} workforce_board {junta laboral} community {comunidad} labor {sindicato} economic_development {desarrollo económico} other {otro}}',
  addOrganization: 'Añadir la organización',
  addedOrganization: 'Se añadió {name}.',
  savedOrganization: 'Se guardó {name} ({kind}).',
  editNamed: 'Editar {name}',
  edit: 'Editar<sr> {name}</sr>',
  remove: 'Quitar<sr> {name}</sr>',
  yesRemove: 'Sí, quitar<sr> {name}</sr>',
  keep: 'Conservar<sr> {name}</sr>',
  askRemoveOrganization: '¿Quitar {name}?',
  contactsReleased:
    '{n, plural, =0 {Ningún contacto pertenece a ella.} one {# contacto conserva sus datos y enlaces, pero ya no pertenece a ninguna organización.} other {# contactos conservan sus datos y enlaces, pero ya no pertenecen a ninguna organización.}}',
  accountsLoseAccess:
    '{n, plural, one {# cuenta de empleador pierde} other {# cuentas de empleador pierden}} el acceso a esta alianza: {accounts}.',
  pastReviewsKeep:
    'Los informes anteriores conservan su nombre y sus cifras; ya no se ofrece para nuevos contactos ni cuentas.',
  onlyAdminRemove: 'Solo un administrador puede quitarla mientras haya cuentas que dependan de ella.',
  removedOrganization: 'Se quitó {name}. Los informes anteriores la siguen mostrando.',

  // Members
  members: 'Miembros',
  membersIntro:
    'Los administradores ven todas las alianzas. Los analistas y lectores ven aquellas de las que son miembros; un lector limitado a una organización ve solo los informes, con esa organización junto al sector entero.',
  theMembers: 'los miembros',
  noMembers: 'Todavía no trabaja ningún analista ni lector en esta alianza.',
  membersCaption: 'Miembros de esta alianza',
  email: 'Correo electrónico',
  role: 'Función',
  sees: 'Ve',
  actions: 'Acciones',
  roleName: '{role, select, admin {administrador} analyst {analista} viewer {lector} other {{role}}}',
  onlyBeside: 'Solo {organization}, junto al sector entero',
  oneOrganization: 'una organización',
  wholePartnership: 'La alianza entera',
  memberRemoved: '{name} ya no trabaja en esta alianza.',
  memberAdded: '{name} ya puede trabajar en esta alianza.',
  removeMember: 'Quitar<sr> a {name} de esta alianza</sr>',
  askRemoveMember: '¿Quitar a {name} de esta alianza?',

  // Adding a member
  theStaffAccounts: 'las cuentas del personal',
  everyoneIsMember:
    'Todos los analistas y lectores ya trabajan en esta alianza. Añada más cuentas en <link>Usuarios</link>.',
  addMemberTitle: 'Añadir un miembro',
  staffMember: 'Miembro del personal',
  choose: 'Elija…',
  memberOption: '{name} ({role}, {email})',
  whatTheySee: 'Lo que ve',
  whatTheySeeHint: 'El personal de un empleador: solo su organización, junto al sector entero.',
  loadingOrganizations: 'Cargando las organizaciones…',
  onlyOrganization: 'Solo {organization}',
  addToPartnership: 'Añadir a esta alianza',
  organizationsFailed: 'No se pudieron cargar las organizaciones: {message}',

  // Datos de contacto que caducan (contact-retention.tsx)
  retentionTitle: 'Datos de contacto que caducan',
  retentionWhat:
    'Puede hacer que los datos de contacto se borren solos un tiempo después de que cierre la última encuesta a la que se invitó a la persona (o después de que se añadiera, si nunca se la invitó). Se borran su nombre, correo electrónico, teléfono, organización y otros datos como el oficio, y los enlaces que recibió dejan de funcionar. No se borra a nadie invitado a una encuesta que sigue abierta.',
  retentionKept:
    'Nada de lo que informa cambia: todas las respuestas se quedan, igual que las cifras de invitaciones, respuestas y mensajes, las tasas de respuesta, las revisiones, las metas y las exportaciones.',
  retentionStop:
    'Un STOP o una baja nunca se olvidan: se guardan como un código que no permite recuperar el número ni la dirección, así que si se vuelve a añadir a la misma persona, tampoco se le envían mensajes ni correos.',
  retentionChoice: 'Conservar los datos de contacto',
  retentionOff: 'Hasta que alguien los borre (lo predeterminado)',
  retentionOn: 'Un número de días después de que cierre la última encuesta a la que se invitó a la persona',
  retentionDays: 'Días que se conservan',
  retentionDaysHint: 'De 30 a 3650 días. Por ejemplo, 180 los conserva unos seis meses.',
  retentionDueTitle: 'Se borrarán en los próximos {days, number} días',
  theRetentionList: 'los contactos que se borrarán',
  retentionNoneOff: 'Los datos de contacto se conservan hasta que alguien los borre, así que no se borrará a nadie.',
  retentionNoneDue: 'No se borrará a nadie en los próximos {days, number} días.',
  retentionDueCaption:
    '{total, plural, one {Se borrará # contacto} other {Se borrarán # contactos}}, primero los más próximos',
  retentionErasedFrom: 'Se borra desde el',
  previousPage: 'Anterior',
  nextPage: 'Siguiente',
} satisfies Catalogue<typeof en>;
