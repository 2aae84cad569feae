import type { en } from './en';

export const es: Record<keyof typeof en, string> = {
  'ui.skipToContent': 'Saltar al contenido principal',
  'ui.loading': 'Cargando…',
  'ui.loadFailed.title': 'No pudimos cargar esta información.',
  'ui.loadFailed.detail': 'Revisa tu conexión e inténtalo de nuevo.',
  'ui.tryAgain': 'Intentar de nuevo',
};
