import type { en } from './en';

export const es: Record<keyof typeof en, string> = {
  'crisis.heading': '¿Necesitas ayuda ahora mismo?',
  'crisis.text':
    'Si estás pensando en hacerte daño, llama o envía un mensaje de texto al 988 (Línea de Prevención del Suicidio y Crisis), o llama al 911 si es una emergencia.',
  'crisis.availability':
    'La ayuda es gratuita, confidencial y está disponible las 24 horas, los 7 días de la semana. Para hablar en español, llama al 988 y marca el 2.',
  'crisis.call988': 'Llamar al 988',
  'crisis.text988': 'Enviar un mensaje al 988',
  'crisis.call911': 'Llamar al 911',
  'crisis.now.heading': 'Busca apoyo ahora',
  'crisis.now.text':
    'Nos dijiste que has tenido pensamientos de que estarías mejor muerto o muerta, o de hacerte daño. No estás solo ni sola. Llama o envía un mensaje de texto al 988 (Línea de Prevención del Suicidio y Crisis) ahora mismo, a cualquier hora, en inglés o en español; si es una emergencia, llama al 911. Un profesional clínico va a revisar tus respuestas muy pronto.',
  'crisis.now.continue': 'Cuando te sientas listo o lista, puedes seguir con los cuestionarios aquí abajo.',
};
