import type { en } from './en';

export const es: Record<keyof typeof en, string> = {
  'employer.fallbackHeading': 'Tu organización',
  'employer.intro': 'Tu organización patrocina psicoterapia asistida con ketamina, de forma confidencial, para su personal.',
  'employer.promise.heading': 'Nuestro compromiso de privacidad con tu personal',
  'employer.promise.lead':
    'Solo verás totales de 11 personas o más. Nunca verás quién se inscribió, qué respondió nadie ni la atención que recibe cada persona.',
  'employer.promise.noNames': 'Ni nombres, ni correos electrónicos, ni ningún otro dato que permita identificar a alguien.',
  'employer.promise.noAnswers': 'Ni respuestas a cuestionarios, ni puntuaciones, citas, fechas o proveedores de ninguna persona.',
  'employer.promise.small': 'Todo total de menos de 11 personas aparece como “menos de 11” y no se puede deducir a partir de otros totales.',
  'employer.promise.why': 'Así las personas pueden usar el beneficio con tranquilidad. Por favor, no le preguntes a nadie si lo usa.',
  'employer.profile.heading': 'Perfil de la organización',
  'employer.profile.displayName': 'Nombre comercial',
  'employer.profile.legalName': 'Razón social',
  'employer.profile.status': 'Estado',
  'employer.status.ACTIVE': 'Activo',
  'employer.status.SUSPENDED': 'Suspendido',
  'employer.team.heading': 'Equipo',
  'employer.team.intro': 'Los administradores de RR. HH. que gestionan el beneficio de tu organización. Aquí puedes invitar a un colega o quitarle el acceso a alguien.',
};
