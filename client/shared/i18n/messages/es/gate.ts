import type { Catalogue } from '../../areas.ts';
import type en from '../en/gate.ts';

export default {
  signInTitle: 'Iniciar sesión en Sector Voice',
  email: 'Correo electrónico',
  password: 'Contraseña',
  enterEmail: 'Escriba su correo electrónico.',
  enterPassword: 'Escriba su contraseña.',
  signingIn: 'Iniciando sesión…',
  signIn: 'Iniciar sesión',
  setupTitle: 'Bienvenido a Sector Voice',
  setupIntro:
    'Esta es una instalación nueva. Cree la primera cuenta de administrador; puede invitar a sus colegas más tarde.',
  yourName: 'Su nombre',
  passwordHint: 'Al menos 12 caracteres.',
  creating: 'Creando…',
  createAdmin: 'Crear la cuenta de administrador',
  samePasswordTwice: 'Escriba la misma contraseña dos veces.',
  linkBroken: 'Este enlace de invitación no funciona',
  alreadyChose: 'Si ya eligió una contraseña, <link>inicie sesión</link>.',
  yourInvitation: 'su invitación',
  welcomeTitle: 'Bienvenido a Sector Voice, {name}',
  welcomeIntro:
    'Elija una contraseña para su cuenta. A partir de ahora iniciará sesión con su correo electrónico y esta contraseña. Este enlace funciona una sola vez, hasta el {until}.',
  passwordAgain: 'La misma contraseña otra vez',
  saving: 'Guardando…',
  savePassword: 'Guardar mi contraseña e iniciar sesión',
} satisfies Catalogue<typeof en>;
