import type { en } from './en';

export const es: Record<keyof typeof en, string> = {
  'ui.skipToContent': 'Saltar al contenido principal',
  'ui.loading': 'Cargando…',
  'ui.loadFailed.title': 'No pudimos cargar esta información.',
  'ui.loadFailed.detail': 'Revisa tu conexión e inténtalo de nuevo.',
  'ui.tryAgain': 'Intentar de nuevo',
  'ui.cancel': 'Cancelar',
  'ui.print': 'Imprimir',
  'ui.copy': 'Copiar',
  'ui.copied': 'Copiado',
  'ui.cell.suppressedCount': 'Menos de 11',
  'ui.cell.suppressedDerived': 'No se muestra para proteger la privacidad',
  'ui.cell.notEnoughResponses': 'No hay suficientes respuestas',
  'ui.problem.validation': 'Corrige los campos marcados abajo.',
  'ui.problem.network.title': 'No pudimos conectarnos con el portal.',
  'ui.problem.network.detail': 'Revisa tu conexión a internet e inténtalo de nuevo.',
  'ui.problem.unexpected.title': 'Algo salió mal de nuestro lado.',
  'ui.problem.unexpected.detail': 'Inténtalo de nuevo en unos minutos.',
};
