// Spanish: "usted" throughout, as a stranger asking a favor would. SMS texts avoid á, í, ó and ú
// (GSM-7 lacks them; one would make the text UCS-2 and cost up to four times as much).
import type { Words } from './types.js';

export const es: Words = {
  origin: {
    source:
      'Translated from the English by the project team, in US Spanish; no native speaker has reviewed it yet.',
    reviewed: null,
  },
  page: {
    start: 'Comenzar',
    next: 'Siguiente',
    back: 'Atrás',
    submit: 'Enviar mis respuestas',
    saveLater: 'Guardar y terminar después',
    savedTitle: 'Sus respuestas están guardadas',
    savedBody: 'Para terminar, abra otra vez el mismo enlace. Ahí estarán sus respuestas.',
    progress: 'Parte {n} de {total}',
    minutes: { one: 'Aproximadamente {n} minuto', other: 'Unos {n} minutos' },
    required: 'obligatoria',
    optional: 'opcional',
    errorSummary: 'Algunas respuestas necesitan corrección. Por favor, revise las preguntas marcadas abajo.',
    thanksTitle: '¡Gracias!',
    thanksBody: 'Recibimos sus respuestas. Gracias por su tiempo. Lo que nos dijo nos ayudará a mejorar.',
    usedTitle: 'Esta encuesta ya fue contestada',
    usedBody: 'Ya se enviaron respuestas desde este enlace. Cada enlace se puede usar una sola vez.',
    closedTitle: 'Esta encuesta ya cerró',
    closedBody: 'Ya terminó el plazo para contestar esta encuesta. Gracias por su interés.',
    notOpenTitle: 'Esta encuesta todavía no está abierta',
    notOpenBody: 'Por favor, intente abrir este enlace más tarde.',
    unknownTitle: 'No encontramos esta encuesta',
    unknownBody:
      'Es posible que el enlace esté mal o incompleto. Revise que copió el enlace completo de su mensaje.',
    busyTitle: 'Por favor, inténtelo de nuevo en un minuto',
    busyBody: 'Hay mucha gente contestando en este momento. Espere un minuto y vuelva a intentarlo.',
    otherLanguages: 'Otros idiomas',
    anonymityNote:
      'Sus respuestas son anónimas. Su empleador nunca verá su nombre junto con sus respuestas. ' +
      'Solo mostramos resultados de grupos de 5 personas o más.',
    chooseAll: 'Elija todas las que correspondan.',
    chooseUpTo: 'Elija hasta {max}.',
    charactersLeft: 'Le quedan {n} caracteres',
    errors: {
      required: 'Por favor, conteste esta pregunta.',
      invalid: 'Esta respuesta no es válida. Por favor, revísela.',
      too_long: 'Esta respuesta es demasiado larga. Por favor, hágala más corta.',
      too_many: 'Eligió demasiadas respuestas. Por favor, elija menos.',
    },
    dependsOn: 'Conteste esta pregunta solo si eligió {answers} arriba.',
    or: 'o',
    offline:
      'No pudimos conectar con el servidor. Sus respuestas siguen aquí. Revise su conexión e inténtelo otra vez.',
    tooFast:
      'Eso fue muy rápido. Tómese un momento para leer las preguntas y vuelva a enviar sus respuestas.',
    startOver: 'Empezar de nuevo (borra estas respuestas)',
    previewNotice: 'Vista previa: nada de lo que conteste aquí se guarda ni se envía.',
    previewMissing: '[Falta el texto en español]',
  },
  scales: {
    agree5: [
      'Muy en desacuerdo',
      'En desacuerdo',
      'Ni de acuerdo ni en desacuerdo',
      'De acuerdo',
      'Muy de acuerdo',
    ],
    likelihood: ['Nada probable', 'Muy probable'],
    rating10: ['Muy malo', 'Excelente'],
    yesno: ['Sí', 'No'],
  },
  asking: {
    from: 'Esta encuesta es de {name}.',
    until: 'Abierta hasta el final del {date} ({zone}).',
    call: '¿Preguntas? Llame al {contact}',
    email: '¿Preguntas? Escriba a {contact}',
    textKeyword: 'O envíe {keyword} por mensaje de texto al {number} para contestar por mensaje.',
  },
  problems: {
    form: {
      title: 'No pudimos leer lo que envió',
      body: 'Vuelva a la encuesta, revise sus respuestas y envíe la página otra vez.',
      back: 'Volver a la encuesta',
    },
    full: {
      title: 'No pudimos guardar sus respuestas',
      body: 'Nuestro servidor se quedó sin espacio. Inténtelo más tarde: su enlace sigue funcionando.',
      notice:
        'No pudimos guardar esta página: nuestro servidor se quedó sin espacio. Sus respuestas siguen aquí. Inténtelo más tarde con el mismo botón.',
      back: 'Volver a la encuesta',
    },
    unavailable: {
      title: 'No pudimos guardar sus respuestas ahora',
      body: 'Nuestro servidor no puede guardar respuestas en este momento. Inténtelo en unos minutos: su enlace sigue funcionando.',
      notice:
        'No pudimos guardar esta página: nuestro servidor no puede guardar respuestas en este momento. Sus respuestas siguen aquí. Inténtelo en unos minutos con el mismo botón.',
      back: 'Volver a la encuesta',
    },
  },
  posterLimit: {
    title: 'Por favor, inténtelo más tarde',
    body:
      'Esta encuesta se ha abierto muchas veces desde la misma conexión a internet. Inténtelo de ' +
      'nuevo más tarde, o cambie su teléfono del wifi a los datos móviles.',
  },
  shortCode: {
    title: 'Abra su encuesta',
    intro: 'Escriba el código impreso en su tarjeta.',
    label: 'Código',
    hint: ['10 letras y números, como', 'Los guiones, espacios y minúsculas no importan.'],
    go: 'Abrir mi encuesta',
    malformed: 'Esto no es un código de tarjeta. Un código tiene 10 letras y números, como K7QX-9MHP-2T.',
    unknown: 'Ninguna tarjeta tiene este código. Revise cada carácter e inténtelo de nuevo.',
    limitTitle: 'Por favor, inténtelo más tarde',
    limitBody: {
      one:
        'Se escribieron muchos códigos desde esta conexión a internet. Inténtelo de nuevo en {n} minuto, ' +
        'escanee el código QR de su tarjeta, o cambie su teléfono del wifi a los datos móviles.',
      other:
        'Se escribieron muchos códigos desde esta conexión a internet. Inténtelo de nuevo en {n} minutos, ' +
        'escanee el código QR de su tarjeta, o cambie su teléfono del wifi a los datos móviles.',
    },
    card: {
      title: 'Su opinión cuenta',
      go: 'En su teléfono, vaya a',
      type: 'y escriba este código:',
      scan: 'O escanee el cuadro con su cámara. La encuesta es anónima; el código sirve una vez.',
    },
  },
  unsubscribe: {
    askTitle: '¿Dejar de recibir estos correos?',
    ask: '{email} no recibirá más correos de encuestas de {org}.',
    button: 'Darme de baja',
    doneTitle: 'Se ha dado de baja',
    done: 'No recibirá más correos de encuestas de {org}. Si cambia de opinión, pida a {org} que le vuelva a agregar.',
    unknownTitle: 'Este enlace no funciona',
    unknown: 'Revise que abrió el enlace completo del correo.',
  },
  sms: {
    invitation:
      '{org}: Hola{name}, conteste nuestra encuesta privada de 5 min: {link} Responda STOP para salir',
    reminder:
      '{org}: Hola{name}, su encuesta privada de 5 min sigue abierta: {link} Responda STOP para salir',
    invitationBoth:
      '{org}: Hola{name}, encuesta privada: {link} o responda {reply} y conteste por mensaje. STOP para salir',
    reminderBoth:
      '{org}: Hola{name}, encuesta abierta: {link} o responda {reply} y conteste por mensaje. STOP para salir',
    invitationText:
      '{org}: Hola{name}, conteste nuestra encuesta privada de 5 min. Responda {reply} para contestar por mensaje. Responda STOP para salir',
    reminderText:
      '{org}: Hola{name}, su encuesta privada de 5 min sigue abierta. Responda {reply} para contestar por mensaje. Responda STOP para salir',
    optOut: '{product}: ya no le enviaremos mensajes de texto. Para recibirlos de nuevo, responda START.',
    optIn:
      '{product}: de nuevo le enviaremos encuestas por mensaje de texto. Responda AYUDA para ayuda o STOP para salir.',
    help: '{product} hace encuestas breves y privadas para {org}.{contact} Responda STOP para salir o START para volver.',
    helpOrgFallback: 'su alianza de empleo',
    helpContact: ' Preguntas: {contact}.',
    clarify: '{product}: Responda STOP para dejar de recibir estos mensajes.',
  },
  smsSurvey: {
    start:
      'Gracias por contestar por mensaje. Responda a cada pregunta con un numero o una palabra. SALTAR para omitir, ATRAS para volver, STOP para salir.',
    retryScale: 'Perdon, no entendimos. Responda con un numero del {lo} al {hi}.',
    retryYesNo: 'Perdon, no entendimos. Responda S para decir si o N para decir no.',
    retryOne: 'Perdon, no entendimos. Responda con un solo numero del 1 al {n}.',
    retrySeveral:
      'Perdon, no entendimos. Responda con los numeros de sus opciones, del 1 al {n}, por ejemplo 1 3.',
    retryText: 'Perdon, es muy largo. Escriba menos de {max} caracteres o responda SALTAR.',
    cannotSkip: 'Esta pregunta necesita una respuesta y no se puede saltar. Por favor, respondala.',
    thanks:
      '¡Gracias! Sus respuestas se guardan sin su nombre ni su numero. Su empleador nunca sabe quien dijo que: los resultados solo se ven por grupos.',
  },
  email: {
    subjectInvitation: '{org} quiere conocer su opinión',
    subjectReminder: 'Recordatorio: su encuesta de {org} sigue abierta',
    greeting: 'Hola {name}:',
    greetingNoName: 'Hola:',
    leadInvitation:
      '{org} pregunta a las personas con quienes trabaja cómo van las cosas y usa sus respuestas para decidir qué mejorar. Por favor conteste nuestra breve encuesta; toma unos 5 minutos.',
    leadReminder:
      'Hace unos días {org} le invitó a una breve encuesta. Si tiene un momento, sus respuestas todavía cuentan; toma unos 5 minutos.',
    button: 'Contestar la encuesta',
    privacy:
      'Sus respuestas son privadas: se guardan sin su nombre, correo ni teléfono, y los resultados solo se muestran para grupos de {min} personas o más.',
    personal: 'Este enlace es solo para usted. Funciona hasta el {date}.',
    unsubscribe: 'Dejar de recibir estos correos',
  },
  // ALTO is the word US carriers require Spanish-language programs to honour (with AYUDA for help);
  // PARA/PARAR, DETENER, CANCELAR, BAJA/DAR DE BAJA and DESUSCRIBIR are the others Spanish-language
  // programs commonly honour. ALTA is BAJA's opposite ("dar de alta"), SI the counterpart of YES.
  keywords: {
    optOut: ['ALTO', 'PARA', 'PARAR', 'DETENER', 'CANCELAR', 'BAJA', 'DARDEBAJA', 'DESUSCRIBIR'],
    optIn: ['ALTA', 'SI'],
    help: ['AYUDA'],
    back: ['ATRAS', 'VOLVER', 'REGRESAR'],
    skip: ['SALTAR', 'OMITIR', 'PASAR'],
  },
  // Written without á, í, ó, ú, as the invitations are: one of them would make a message UCS-2.
  replies: {
    yes: ['SI', 'S', 'CLARO'],
    no: ['NO', 'N'],
    and: ['Y', 'E'],
  },
};
