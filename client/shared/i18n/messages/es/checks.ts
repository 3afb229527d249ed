import type { Catalogue } from '../../areas.ts';
import type en from '../en/checks.ts';

// Las comprobaciones del editor de encuestas: un mensaje por código de hallazgo.
export default {
  BAD_ID:
    '{what, select, survey {El id de encuesta “{id}” no es válido: use solo minúsculas, cifras y -, empezando por una letra (como worker-voice-plant).} section {El id de sección “{id}” no es válido: use solo minúsculas, cifras y _, empezando por una letra (como pay_fair).} question {El id de pregunta “{id}” no es válido: use solo minúsculas, cifras y _, empezando por una letra (como pay_fair).} dimension {El id de dimensión “{id}” no es válido: use solo minúsculas, cifras y _, empezando por una letra (como pay_fair).} scored {La dimensión {id} tiene un id que no es válido: cámbiele el nombre.} measure {La medida “{id}” de {question} no es válida: use minúsculas, cifras y _ (como nps).} option {El valor “{id}” de una opción de {question} no es válido: use minúsculas, cifras y _ (como child_care).} smsOption {El mensaje de texto de la pregunta {question} numera la respuesta “{id}”, cuyo valor no es válido: cambie el valor de esa opción.} other {La pregunta {id} necesita antes un id válido.}}',
  DUPLICATE_ID:
    '{what, select, section {Ya hay otra sección llamada “{id}”: cambie el nombre de esta.} question {Una pregunta anterior ya tiene el id “{id}”: dele a esta un id propio.} dimension {Ya hay otra dimensión llamada “{id}”: cambie el nombre de esta.} smsOption {El mensaje de texto de la pregunta {question} numera dos veces la respuesta “{id}”: quite una de la lista.} other {La pregunta {question} tiene dos opciones “{id}”: cambie el nombre de una.}}',
  NO_SECTIONS: 'La encuesta no tiene secciones: añada una con una pregunta.',
  EMPTY_SECTION: 'La sección {section} no tiene preguntas: añada una o quite la sección.',
  DIMENSION_EMPTY:
    'Ninguna pregunta puntúa en la dimensión {dimension}: añádale una pregunta de acuerdo o desacuerdo, o quite la dimensión.',
  OPTIONS_NEEDED: 'La pregunta {question} es de opciones: dele al menos dos.',
  OPTIONS_NOT_ALLOWED:
    'La pregunta {question} es de tipo “{type}”, que no lleva opciones: quítelas o conviértala en una pregunta de opciones.',
  MAX_NOT_ALLOWED:
    'Solo las preguntas de “Elegir varias opciones” tienen un máximo de respuestas: quíteselo a {question}.',
  MAX_TOO_HIGH:
    'La pregunta {question} deja elegir hasta {max}, pero tiene {count, plural, one {# opción} other {# opciones}}: bájelo a {count} o menos.',
  MAX_LENGTH_NOT_ALLOWED:
    'Solo las respuestas escritas tienen un límite de longitud: quíteselo a {question}.',
  REVERSE_NOT_ALLOWED:
    'Solo las preguntas de acuerdo o desacuerdo pueden ser invertidas: desmarque “invertida” en {question}.',
  DIMENSION_NOT_ALLOWED:
    'Solo puntúan las preguntas de acuerdo o desacuerdo: saque {question} de la dimensión {dimension} o conviértala en una de acuerdo o desacuerdo.',
  UNKNOWN_DIMENSION:
    'La pregunta {question} puntúa en la dimensión {dimension}, que la encuesta no tiene: elija una de sus dimensiones o añada {dimension}.',
  SHOW_IF_SELF:
    'La pregunta {question} se muestra según su propia respuesta: elija una pregunta anterior a ella, o baje {question}.',
  SHOW_IF_LATER:
    'La pregunta {question} se muestra según {control}, que viene después: elija una pregunta anterior a ella, o baje {question}.',
  SHOW_IF_UNKNOWN:
    'La pregunta {question} se muestra según {control}, que la encuesta no tiene: elija una pregunta anterior a ella, o baje {question}.',
  UNREACHABLE_ANSWER:
    'La pregunta {question} espera la respuesta {value} a {control}, que esa pregunta no puede tener (sus respuestas: {possible, select, range {números enteros del {from} al {to}} values {{values}} noOptions {ninguna todavía} other {ninguna: una respuesta escrita no puede mostrar ni ocultar una pregunta}}): elija una de ellas.',
  LANGUAGE_REQUIRED:
    'Toda encuesta está en {language}, el idioma con el que se leen sus informes. Añádalo a los idiomas de la encuesta y escriba sus textos.',
  MISSING_TEXT:
    'El texto en {language} de {item, select, title {el título de la encuesta} intro {la introducción de la encuesta} dimension {el nombre de la dimensión {id}} sectionTitle {el título de la sección {id}} sectionIntro {la introducción de la sección {id}} question {la pregunta {id}} help {la ayuda de la pregunta {id}} sms {el mensaje de texto de la pregunta {id}} other {la opción {id} de la pregunta {question}}} {state, select, blank {está en blanco} other {falta}}: escríbalo{optional, select, yes {, o quite este texto en todos los idiomas} other {}}.',
  MISSING_ESTIMATE:
    'Indique cuántos minutos se dice a quienes responden que dura la encuesta; las comprobaciones calculan {about, plural, one {# minuto} other {unos # minutos}}.',
  TOO_LONG:
    'Esta encuesta para trabajadores dura unos {about, plural, one {# minuto} other {# minutos}}, más de {limit}: se responde en un descanso, con el teléfono. Quite preguntas o combínelas, o acorte los textos más largos.',
  ESTIMATED_LENGTH:
    '{about, plural, one {Se responde en # minuto aproximadamente} other {Se responde en unos # minutos}} (a quienes responden se les dice {told}).',
  READING_GRADE:
    '{item, select, intro {La introducción de la encuesta} section {La introducción de la sección {id}} other {La pregunta {id}}} se lee en {language} con un grado de lectura de {grade, number}; procure un grado {limit} o menos (alrededor de 6 es adecuado para la mayoría de los trabajadores): use frases más cortas y palabras de todos los días.',
  FACTOR_MISSING:
    'Ninguna pregunta mide “{label}”, uno de los ocho factores de calidad del empleo: añada una pregunta de acuerdo o desacuerdo que puntúe en {factor} (el banco de preguntas tiene algunas). Sin ella, el índice de calidad del empleo se basa en menos factores y no se puede comparar con el de otras encuestas.',
  REVERSED_ITEM:
    'La pregunta {question} está invertida: estar en desacuerdo es el extremo bueno, y sus respuestas se invierten antes de puntuar. Si cambia la redacción para que estar de acuerdo sea lo bueno, desmárquela.',
  LOOKS_REVERSED:
    'La pregunta {question} parece redactada en negativo en {language} ({cues}), así que estar de acuerdo puede ser el extremo malo, pero se puntúa como si estar de acuerdo fuera lo bueno: márquela como invertida o cambie la redacción.',
  SMS_OPTIONS_NOT_ALLOWED:
    'La pregunta {question} es de tipo “{type}”, que no lleva opciones: quite las respuestas numeradas de su mensaje de texto.',
  SMS_OPTIONS_FEW:
    'El mensaje de texto de la pregunta {question} numera {count, plural, =0 {ninguna respuesta} one {una sola respuesta} other {# respuestas}}: numere al menos dos, o quite la lista para numerarlas todas.',
  SMS_OPTION_UNKNOWN:
    'El mensaje de texto de la pregunta {question} numera la respuesta “{value}”, que la pregunta no tiene: elija una de sus respuestas o quítela de la lista.',
  SMS_SEGMENTS:
    'El mensaje de texto en {language} de la pregunta {question} ocupa {segments} segmentos ({length} caracteres; un segmento admite {limit}{cause, select, char { en cuanto el texto lleva “{char}”, que el alfabeto GSM no tiene} other {}}): cada segmento se cobra por cada trabajador que responde. Acórtelo a uno si puede.',
  SMS_OPTIONS_LEFT_OUT:
    'El mensaje de texto de la pregunta {question} numera {count} de sus {total} respuestas: por mensaje de texto nadie puede responder {left}. Compruebe que el texto enumera esas mismas {count}, en este orden.',
  SMS_NEVER_ASKED:
    '{why, select, noText {La pregunta {question} tiene mensaje de texto, pero solo se muestra tras una respuesta a {control}, que no lo tiene: por mensaje de texto nunca se pregunta {control}, así que tampoco {question}. Dele también un mensaje de texto a {control}, o quite este.} hidden {La pregunta {question} tiene mensaje de texto, pero solo se muestra tras una respuesta a {control}, que tampoco se pregunta nunca por mensaje de texto: así que {question} tampoco. Corrija primero {control}, o quite este mensaje de texto.} other {La pregunta {question} tiene mensaje de texto, pero solo se muestra tras las respuestas {values} a {control}, que su mensaje de texto no numera: por mensaje de texto nunca se pregunta {question}. Numere una de ellas en el mensaje de texto de {control}, o quite este.}}',
  SMS_REQUIRED_LEFT_OUT:
    '{count, plural, one {# pregunta obligatoria no se hace} other {# preguntas obligatorias no se hacen}} por mensaje de texto ({questions}): una respuesta por mensaje de texto está completa sin ellas, porque una conversación solo exige lo que pregunta, y sus cifras cuentan solo las respuestas web. Dele un mensaje de texto a alguna si toda respuesta la necesita.',
  SMS_FACTOR_MISSING:
    'Ninguna pregunta que se hace por mensaje de texto mide “{label}”, uno de los ocho factores de calidad del empleo: dele un mensaje de texto a una de sus preguntas de acuerdo o desacuerdo (las que puntúan en {factor}), para que las respuestas por mensaje de texto también lo cubran.',
} satisfies Catalogue<typeof en>;
