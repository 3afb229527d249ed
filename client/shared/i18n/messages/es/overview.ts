import type { Catalogue } from '../../areas.ts';
import type en from '../en/overview.ts';

export default {
  overview: 'Resumen',
  noPartnership: 'Todavía no hay ninguna alianza.',
  startPartnership: 'Crear una alianza',
  askAdmin: 'Pida a un administrador que le añada a una.',
  theOverview: 'el resumen',
  openCampaigns: 'Campañas abiertas',
  noneOpen: 'Ninguna abierta. <link>Iniciar una campaña</link>.',
  progress: ': {completed} de {invited} respondieron ({rate})',
  latestReview: 'Último informe',
  noReviewYet: 'Todavía no hay informes: aparece uno cuando existe una campaña para un trimestre.',
  goals: 'Metas',
  noGoals: 'No hay metas.',
  goalCounts: '{met} cumplidas, {notMet} no cumplidas, {notEnough} sin suficientes respuestas.',
  openActions: 'Acciones abiertas',
  noneOpenActions: 'Ninguna abierta.',
  actionWho: '({owner}{due, select, none {} other {, fecha límite {due}}})',
  noOwner: 'sin responsable',
  latestTitle: 'Último informe: <link>{label}</link> ({status})',
  live: 'en curso',
  final: 'definitivo',
  noAnswersYet: 'Todavía no hay respuestas.',
  tooFew: 'Todavía hay muy pocas respuestas para informar (menos de {k}).',
  loadingDemo: 'Cargando la demostración…',
  loadDemo: 'Cargar la alianza de demostración',
  demoHelp:
    'Una alianza regional de manufactura con unos 200 trabajadores y un año de encuestas respondidas, para explorar antes de añadir la suya.',
  yourOrganization:
    'Su organización: <strong>{organization}</strong>. Su cuenta muestra los informes de la alianza con las cifras de su organización junto a las del sector entero.',
  theLatestReview: 'el último informe',
  noReviewScoped:
    'Todavía no hay informes: aparece uno cuando la alianza realiza una encuesta en un trimestre.',
  everyReview: 'Todos los informes',
  backups: 'Copias de seguridad',
  theBackups: 'las copias de seguridad',
  noBackup: 'Todavía no hay ninguna copia de seguridad.',
  lastBackup: 'Última copia {when}: {file}, {size}, comprobada ({rows} filas en {tables} tablas).',
  lastBackupFailed: 'La última copia, {when}, falló: {check}.',
  backupBy: 'Hecha {by, select, cli {desde la línea de comandos} other {por el servidor}}.',
  backupEvery: 'El servidor hace una cada {every} y conserva las {keep} más recientes.',
  everyDays: '{n, plural, one {día} other {# días}}',
  everyHours: '{n, plural, one {hora} other {# horas}}',
  everyMinutes: '{n, plural, one {minuto} other {# minutos}}',
  noSchedule:
    'Sin calendario: las copias se hacen a mano (<code>npm run cli -- backup</code>). Defina BACKUP_EVERY para que el servidor las haga.',
  backupOverdue:
    'La última copia correcta es más antigua que el calendario. Revise el registro del servidor y la carpeta de copias.',
  noGoodBackup: 'Todavía ninguna copia ha pasado su comprobación.',
  d1Backups:
    'En Cloudflare, D1 guarda las copias: Time Travel puede devolver la base de datos a cualquier minuto de los últimos 30 días, y <code>wrangler d1 export</code> la exporta como SQL. La sección «Backups» del README explica los pasos.',
} satisfies Catalogue<typeof en>;
