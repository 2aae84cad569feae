import type { en } from './en';

export const es: Record<keyof typeof en, string> = {
  'auth.signIn.heading': 'Iniciar sesión',
  'auth.signIn.intro': 'Usa el correo electrónico y la contraseña de tu cuenta del Portal de Beneficios KAP.',
  'auth.signIn.submit': 'Iniciar sesión',
  'auth.signIn.submitting': 'Iniciando sesión…',
  'auth.signIn.privacyLink': 'Cómo protegemos tu privacidad',
  'auth.email.label': 'Correo electrónico',
  'auth.email.required': 'Escribe tu correo electrónico.',
  'auth.email.malformed': 'Escribe un correo electrónico como nombre@ejemplo.com.',
  'auth.password.label': 'Contraseña',
  'auth.password.required': 'Escribe tu contraseña.',
  'auth.password.tooLong': 'La contraseña puede tener como máximo 200 caracteres.',
  'auth.problem.invalidCredentials.title': 'El correo electrónico o la contraseña no son correctos.',
  'auth.problem.invalidCredentials.detail': 'Revisa los dos e inténtalo de nuevo.',
  'auth.problem.accountDisabled.title': 'Esta cuenta está desactivada.',
  'auth.problem.accountDisabled.detail': 'Comunícate con la persona que te dio acceso.',
  'auth.problem.tooManyAttempts.title': 'Demasiados intentos de inicio de sesión.',
  'auth.problem.tooManyAttempts.detail': 'Para proteger tu cuenta, espera un minuto antes de volver a intentarlo.',
  'auth.problem.tooManyAttempts.detailMinutes':
    'Para proteger tu cuenta, espera {minutes} minutos antes de volver a intentarlo.',
  'auth.problem.validation.title': 'Corrige los campos marcados abajo.',
  'auth.problem.network.title': 'No pudimos conectarnos con el portal.',
  'auth.problem.network.detail': 'Revisa tu conexión a internet e inténtalo de nuevo.',
  'auth.problem.unexpected.title': 'Algo salió mal de nuestro lado.',
  'auth.problem.unexpected.detail': 'Inténtalo de nuevo en unos minutos.',
  'auth.signOut': 'Cerrar sesión',
};
