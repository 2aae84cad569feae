import type { en } from './en';

export const es: Record<keyof typeof en, string> = {
  'platform.heading': 'Operaciones de la plataforma',
  'platform.intro': 'Los empleadores que patrocinan el beneficio y los proveedores de la red.',
  'platform.employers.heading': 'Empleadores',
  'platform.employers.caption': 'Empleadores patrocinadores',
  'platform.employers.empty': 'Todavía no se ha agregado ningún empleador.',
  'platform.employers.displayName': 'Nombre comercial',
  'platform.employers.legalName': 'Razón social',
  'platform.employers.status': 'Estado',
  'platform.employers.hrAdmins': 'Administradores de RR. HH.',
  'platform.employerStatus.ACTIVE': 'Activo',
  'platform.employerStatus.SUSPENDED': 'Suspendido',
  'platform.providers.heading': 'Proveedores',
  'platform.providers.caption': 'Proveedores de la red',
  'platform.providers.empty': 'Todavía no se ha agregado ningún proveedor.',
  'platform.providers.name': 'Nombre',
  'platform.providers.kind': 'Tipo',
  'platform.providers.languages': 'Idiomas',
  'platform.providers.states': 'Estados con licencia',
  'platform.providerKind.PSYCHOTHERAPIST': 'Psicoterapeuta',
  'platform.providerKind.PRESCRIBER': 'Profesional que receta',
};
