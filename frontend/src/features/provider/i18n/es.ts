import type { en } from './en';

export const es: Record<keyof typeof en, string> = {
  'provider.heading': 'Tu consulta',
  'provider.kind': 'Tipo',
  'provider.kind.PSYCHOTHERAPIST': 'Psicoterapeuta',
  'provider.kind.PRESCRIBER': 'Profesional que receta',
  'provider.credentials': 'Títulos y credenciales',
  'provider.languages': 'Idiomas',
  'provider.timeZone': 'Zona horaria',
  'provider.licences.heading': 'Licencias',
  'provider.licences.why': 'Solo recibes referencias de miembros que se encuentran en un estado donde tu licencia está verificada y vigente.',
  'provider.licences.caption': 'Tus licencias',
  'provider.licences.empty': 'Todavía no hay licencias registradas.',
  'provider.licences.state': 'Estado',
  'provider.licences.type': 'Tipo',
  'provider.licences.number': 'Número',
  'provider.licences.expires': 'Vence',
  'provider.licences.verified': 'Verificada',
  'provider.licences.verifiedYes': 'Sí',
  'provider.licences.verifiedNo': 'No',
};
