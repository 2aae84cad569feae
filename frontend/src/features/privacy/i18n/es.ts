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
  'privacy.employerViewLink': 'Mira exactamente qué puede ver tu empleador y qué no',
  'employerView.heading': 'Lo que puede ver tu empleador',
  'employerView.lead':
    'Tu empleador paga este beneficio, pero nunca sabe quién lo usa. Aquí está todo lo que contienen sus informes, y lo que nunca contienen.',
  'employerView.sees.heading': 'Lo que ve tu empleador',
  'employerView.sees.intro': 'Solo totales, de periodos completos y solo de grupos de 11 personas o más:',
  'employerView.sees.enrolled': 'Cuántas personas se inscribieron en el programa.',
  'employerView.sees.stages': 'Cuántas personas hay en cada etapa (por ejemplo, evaluación o sesiones).',
  'employerView.sees.seats': 'Cuántos lugares se usan y cuántos quedan.',
  'employerView.sees.spend': 'Las horas de los paquetes que se usaron y el gasto total.',
  'employerView.sees.outcomes':
    'Los promedios del PHQ-9 (estado de ánimo), GAD-7 (ansiedad) y PCL-5 (estrés) al inicio, a los 3 meses y a los 6 meses.',
  'employerView.sees.improving': 'El porcentaje de personas que están mejorando.',
  'employerView.never.heading': 'Lo que tu empleador nunca ve',
  'employerView.never.who': 'Si te inscribiste, tu nombre, tu sobrenombre o cualquier cosa que pueda señalarte.',
  'employerView.never.answers': 'Tus respuestas a cualquier cuestionario o pregunta de salud.',
  'employerView.never.scores': 'Tus puntuaciones, ni las de ninguna otra persona.',
  'employerView.never.dates': 'Tus fechas: cuándo te inscribiste, tus citas o tus sesiones.',
  'employerView.never.providers': 'Quiénes son tus proveedores.',
  'employerView.never.small': 'Ninguna cifra sobre menos de 11 personas: solo aparece como “menos de 11”.',
  'employerView.rule.heading': 'La regla de las 11 personas',
  'employerView.rule.text':
    'Cualquier total que cuente menos de 11 personas se oculta, y también se ocultan otros totales si con ellos se pudiera calcular. No hay filtros, ni filas por persona, ni descargas de filas.',
  'employerView.statements': 'Los estados de cuenta muestran lugares y horas en total. Un estado de cuenta nunca menciona a una persona.',
  'employerView.privacyLink': 'Leer más sobre la privacidad',
};
