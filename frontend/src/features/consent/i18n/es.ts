import type { en } from './en';

export const es: Record<keyof typeof en, string> = {
  'consent.heading': 'Tus consentimientos',
  'consent.lead':
    'Antes de los cuestionarios, lee estos cuatro documentos y dinos si estás de acuerdo. Puedes cambiar de opinión cuando quieras: si retiras un consentimiento, el cambio es inmediato, y tu empleador nunca se entera.',
  'consent.progress': '{accepted} de {total} aceptados',
  'consent.version': 'Versión {version}, publicada el {date}',
  'consent.status.NOT_ACCEPTED': 'Todavía sin aceptar',
  'consent.status.ACCEPTED': 'Aceptado',
  'consent.status.REVOKED': 'Retirado',
  'consent.status.ACCEPTED_EARLIER_VERSION': 'Hay una versión nueva para leer',
  'consent.acceptedOn': 'Aceptaste la versión {version} el {date}.',
  'consent.revokedNote': 'Retiraste este consentimiento. Puedes volver a aceptarlo cuando quieras.',
  'consent.newVersion.title': 'Hay una versión nueva de este documento',
  'consent.newVersion.text':
    'Aceptaste la versión {accepted} el {date}, y esa aceptación sigue valiendo para esa versión. Lee la versión {version} aquí abajo y acéptala para continuar.',
  'consent.accept': 'Estoy de acuerdo',
  'consent.acceptNew': 'Estoy de acuerdo con la versión nueva',
  'consent.revoke': 'Retirar mi consentimiento',
  'consent.revoke.question': '¿Quieres retirar tu consentimiento para “{title}”?',
  'consent.revoke.effect.RELEASE_OF_INFORMATION':
    'Si retiras la autorización para compartir tu información, las nuevas referencias se detienen de inmediato: ningún proveedor nuevo va a recibir tu información. Esto no deshace lo que ya se compartió.',
  'consent.revoke.effect':
    'Los pasos que necesitan este consentimiento, como los cuestionarios, quedan en pausa hasta que lo vuelvas a aceptar. Lo que ya se hizo queda en tu expediente. Tu empleador no se entera.',
  'consent.revoke.confirm': 'Sí, retirarlo',
  'consent.accepted.done': 'Gracias. Tu consentimiento quedó registrado.',
  'consent.revoked.done': 'Retiraste tu consentimiento. El cambio ya está en vigor.',
  'consent.stale.title': 'Un documento se acaba de actualizar.',
  'consent.stale.detail': 'Te mostramos la versión más reciente. Léela y acéptala si estás de acuerdo.',
  'consent.allDone.title': 'Ya aceptaste los cuatro consentimientos.',
  'consent.allDone.text': 'Ahora siguen unos cuestionarios breves sobre cómo te has sentido y sobre tu salud.',
  'consent.goToScreening': 'Continuar a los cuestionarios',
  'consent.empty': 'Por ahora no hay documentos para mostrar. Vuelve a intentarlo más tarde.',
};
