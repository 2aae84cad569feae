import type { en } from './en';

export const es: Record<keyof typeof en, string> = {
  'invitations.pageTitle': 'Tu invitación',
  'invitations.heading': 'Únete a {employer} en el Portal de Beneficios KAP',
  'invitations.intro': 'Hola, {name}. Te invitaron a administrar el beneficio de tu organización como administrador de RR. HH. Elige una contraseña para crear tu cuenta.',
  'invitations.promise':
    'Como administrador de RR. HH. solo verás totales de 11 personas o más, nunca quién se inscribió ni nada sobre su atención.',
  'invitations.email': 'El correo electrónico de tu cuenta',
  'invitations.password.label': 'Elige una contraseña',
  'invitations.password.hint': 'Al menos 12 caracteres. Unas cuantas palabras sin relación forman una contraseña segura y fácil de recordar.',
  'invitations.password.required': 'Elige una contraseña.',
  'invitations.password.tooShort': 'Usa al menos 12 caracteres.',
  'invitations.password.tooLong': 'La contraseña puede tener como máximo 200 caracteres.',
  'invitations.confirm.label': 'Escribe la contraseña otra vez',
  'invitations.confirm.required': 'Escribe la contraseña otra vez.',
  'invitations.confirm.mismatch': 'Las dos contraseñas no son iguales.',
  'invitations.expires': 'Esta invitación vence el {expiresAt}.',
  'invitations.submit': 'Crear mi cuenta',
  'invitations.submitting': 'Creando tu cuenta…',
  'invitations.done.heading': 'Tu cuenta está lista',
  'invitations.done.text': 'Ya puedes iniciar sesión con {email} y la contraseña que elegiste.',
  'invitations.done.signIn': 'Iniciar sesión',
  'invitations.invalid.heading': 'Este enlace de invitación no funciona',
  'invitations.invalid.text': 'Puede que haya vencido, que ya se haya usado o que se haya retirado.',
  'invitations.invalid.ask': 'Pídele un enlace nuevo a la persona que te invitó.',
  'invitations.provider.heading': 'Únete a la red de proveedores del Portal de Beneficios KAP',
  'invitations.provider.intro.PSYCHOTHERAPIST':
    'Hola, {name}. Te invitaron a unirte como psicoterapeuta, para ofrecer a los miembros sesiones de preparación y de integración. Elige una contraseña para crear tu cuenta.',
  'invitations.provider.intro.PRESCRIBER':
    'Hola, {name}. Te invitaron a unirte como profesional que receta, para revisar la autorización médica de los miembros. Elige una contraseña para crear tu cuenta.',
  'invitations.provider.promise':
    'Solo ves el nombre y los datos de contacto de un miembro en los referidos o casos que aceptas, y solo mientras su consentimiento esté vigente.',
  'invitations.provider.next':
    'Después de iniciar sesión, completa tu perfil y agrega tus licencias. Un administrador de la plataforma verifica cada licencia antes de que cuente.',
};
