import type { en } from './en';

export const es: Record<keyof typeof en, string> = {
  'privacy.heading': 'Privacidad y confidencialidad',
  'privacy.lead':
    'Tu empleador paga este beneficio, pero tu atención es solo tuya. Esto es lo que significa en la práctica.',
  'privacy.employer.heading': 'Tu empleador no sabe que te inscribiste',
  'privacy.employer.text':
    'Los empleadores solo ven totales de grupos de 11 personas o más: cuántos lugares se usan y cómo cambian los resultados en general. Nunca ven nombres, respuestas, puntuaciones, citas ni proveedores, y cualquier cifra menor de 11 se oculta.',
  'privacy.identity.heading': 'Usas un sobrenombre privado',
  'privacy.identity.text':
    'Dentro del portal te conocemos por un sobrenombre. Tu nombre y tus datos de contacto se guardan cifrados y separados de todo lo demás.',
  'privacy.providers.heading': 'Solo tus proveedores saben quién eres',
  'privacy.providers.text':
    'Un proveedor puede ver tus datos solo si te refirieron a su consulta y tu consentimiento está vigente. Cada vez que alguien los consulta, queda registrado.',
  'privacy.consent.heading': 'Tu consentimiento, tu decisión',
  'privacy.consent.text': 'Tú decides qué autorizas, y puedes retirar tu consentimiento cuando quieras.',
  'privacy.choice.heading': 'Primero, tu seguridad',
  'privacy.choice.text':
    'La evaluación y la autorización médica van antes que todo. Nadie está obligado a tomar ningún medicamento.',
};
