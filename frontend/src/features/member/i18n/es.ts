import type { en } from './en';

export const es: Record<keyof typeof en, string> = {
  'member.heading': 'Tu camino',
  'member.greeting': 'Hola, {pseudonym}.',
  'member.sponsoredBy': '{employer} patrocina tu beneficio.',
  'member.steps.heading': 'Tus pasos',
  'member.step.number': 'Paso {number}:',
  'member.status.DONE': 'Completado',
  'member.status.CURRENT': 'Estás aquí',
  'member.status.UPCOMING': 'Próximo',
  'member.step.eligibility.title': 'Elegibilidad',
  'member.step.eligibility.description':
    'Confirma que el beneficio de tu empleador te cubre. Tu empleador no se entera.',
  'member.step.enrolment.title': 'Inscripción',
  'member.step.enrolment.description': 'Crea tu cuenta con un sobrenombre privado.',
  'member.step.consent.title': 'Consentimiento',
  'member.step.consent.description':
    'Da tu autorización para la telesalud, la coordinación de tu atención y para compartir información con tus proveedores. Puedes retirarla cuando quieras.',
  'member.step.screening.title': 'Evaluación inicial',
  'member.step.screening.description': 'Cuestionarios breves sobre tu estado de ánimo, tus preocupaciones, el estrés y tu salud.',
  'member.step.clearance.title': 'Autorización médica',
  'member.step.clearance.description':
    'Un profesional médico con licencia en tu estado revisa tu salud y decide contigo si la ketamina es segura para ti.',
  'member.step.routing.title': 'Asignación de terapeuta',
  'member.step.routing.description':
    'Te ponemos en contacto con un psicoterapeuta con licencia en tu estado y, si es posible, que hable tu idioma.',
  'member.step.care.title': 'Tus sesiones',
  'member.step.care.description':
    'Preparación (1 hora), sesiones con medicina (2 horas y media cada una) e integración (1 hora, dentro de los 4 días después de cada sesión con medicina).',
  'member.step.follow-up.title': 'Seguimiento',
  'member.step.follow-up.description': 'Cuestionarios breves después de tu última sesión y otra vez a los 3 y a los 6 meses.',
  'member.crisis.heading': '¿Necesitas ayuda ahora mismo?',
  'member.crisis.text':
    'Si estás pensando en hacerte daño, llama o envía un mensaje de texto al 988 (Línea de Prevención del Suicidio y Crisis), o llama al 911 si es una emergencia.',
  'member.crisis.availability': 'La ayuda es gratuita, confidencial y está disponible las 24 horas, los 7 días de la semana. Para hablar en español, llama al 988 y marca el 2.',
  'member.crisis.call988': 'Llamar al 988',
  'member.crisis.text988': 'Enviar un mensaje al 988',
  'member.crisis.call911': 'Llamar al 911',
  'member.confidential.heading': 'Tu privacidad',
  'member.confidential.employer':
    'Tu empleador nunca se entera de que te inscribiste. Solo ve totales de grupos de 11 personas o más.',
  'member.confidential.providers':
    'Solo los proveedores a quienes te refieran pueden saber quién eres, y solo con tu consentimiento.',
  'member.confidential.choice': 'Nadie está obligado a tomar ningún medicamento. Puedes detenerte en cualquier paso.',
};
