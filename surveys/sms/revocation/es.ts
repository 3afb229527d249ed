/**
 * Spanish, the FCC's own example ("no más"). SALIR ("leave", "exit") is the keyword Spanish-language
 * SMS programs commonly give for opting out. ALTO, PARA, PARE and BAJA lead only bare or with
 * courtesy ("ALTO por favor"): PARA is also "for" ("para mañana"), PARE a subjunctive, BAJA "low"
 * and ALTO "high".
 */
import type { Book } from './book.js';
import { NEG } from './en.js';

const ABOUT = '(?:MENSAJ|TEXTO|MSJ|SMS|ENCUESTA|CORREO)';
const WHO = '(?:LA|SU|TU|SUS|TUS|ESTA) LISTAS?';

export const es: Book = {
  language: 'es',
  loose: 'PARAR PAREN DETENER DETENGAN CANCELAR DESUSCRIBIR BASTA NOMAS DARDEBAJA SALIR'.split(' '),
  bare: ['ALTO', 'PARA', 'PARE', 'BAJA'],
  compounds: [
    [/ NO MAS /g, ' NOMAS '],
    [/ DAR DE BAJA /g, ' DARDEBAJA '],
    [/ POR FAVOR /g, ' PORFAVOR '],
  ],
  courtesy: 'PORFAVOR PORFA XFAVOR GRACIAS YA AHORA HOLA SENOR SENORA'.split(' '),
  stopWhat: (
    'NOS LO LOS LAS LA EL DE MAS MENSAJE MENSAJES MENSAJITOS MSJ MSJS TEXTO TEXTOS ENCUESTA ENCUESTAS ' +
    'TODO TODOS TODAS ESTO ESTOS ESTAS ESO ESOS SU SUS TU TUS MI MIS SUSCRIPCION'
  ).split(' '),
  // PARA, ALTO and BAJA are too common in other senses to count.
  strong: ['PARAR', 'DETENER', 'CANCELAR', 'BASTA'],
  negators: ['NO', 'NUNCA'],
  revoking: [
    / (?:DEJ\S*|DEJEN(?:ME|NOS)) EN PAZ /,
    new RegExp(` NO MAS (?:\\S+ )?${ABOUT}`),
    / (?:YA )?NO (?:QUIERO|DESEO) (?:(?:MAS|QUE|ME|SUS|LOS|LAS|ESTOS|ESTAS|ESOS|TUS|SEGUIR) )*(?:MENSAJ|TEXTO|MSJ|SMS|ENCUESTA|RECIB|ESCRIB|MAND|ENVI|CONTACT|LLAM|MOLEST)/,
    / YA NO (?:QUIERO|DESEO|MAS|ME) /,
    / NO (?:ME |NOS )?(?:MANDE|ENVIE|ESCRIBA|TEXTEE|MOLESTE|CONTACTE|LLAME)/,
    / (?:DEJ\S*|PARA|PARE|PAREN|PARAR) DE (?:MANDAR|ENVIAR|ESCRIBIR|MOLESTAR|TEXTEAR|CONTACTAR|LLAMAR)/,
    / (?:DAR|DARME|DARSE|DENME|DEME|DAME) DE BAJA /,
    / (?:BORR|ELIMIN)(?:AME|ENME|EME|ARME|ANME) /,
    new RegExp(` (?:SAC|QUIT)(?:AME|ENME|EME|ARME|ANME) DE ${WHO} `),
    new RegExp(` SALIR(?:ME)? DE ${WHO} `),
    / (?:NUMERO EQUIVOCADO|PERSONA EQUIVOCADA|EQUIVOC\S* DE (?:NUMERO|PERSONA)) /,
    / NO (?:ME INTERESA|(?:ESTOY )?INTERESAD[OA]) /,
    new RegExp(`${NEG} (?:DESUSCRIB|DESINSCRIB)`),
    / ALTO A (?:LOS |ESTOS |SUS )?(?:MENSAJ|TEXTO)/,
  ],
  unclearCores: ['NO QUIERO'],
  unclear: [
    / QUIEN (?:ES|ERES|HABLA|SON|ME) /,
    / (?:COMO|DE DONDE) (?:CONSIGUI|OBTUV|TIEN|SAC)\S* MI (?:NUMERO|TELEFONO|CEL)/,
  ],
  markers: (
    'PORFAVOR POR FAVOR PORFA XFAVOR GRACIAS YA AHORA HOLA MAS MENSAJE MENSAJES MENSAJITOS TEXTOS ' +
    'ENCUESTA ENCUESTAS QUIERO QUIEN NUMERO EQUIVOCADO DEJEN'
  ).split(' '),
  stretchable: ['ALTO', 'BASTA', 'PARAR'],
  spellable: ['ALTO', 'BASTA'],
};
