import type { en } from './en';

export const es: Record<keyof typeof en, string> = {
  'location.label': '¿Dónde vas a estar durante tus sesiones?',
  'location.choose': 'Elige un lugar',
  'location.CA': 'California',
  'location.NY': 'Nueva York',
  'location.UT': 'Utah',
  'location.VT': 'Vermont',
  'location.OTHER': 'Otro estado u otro país',
};
