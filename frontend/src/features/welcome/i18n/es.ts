import type { en } from './en';

export const es: Record<keyof typeof en, string> = {
  'welcome.pageTitle': 'Sobre el beneficio',
  'welcome.heading': 'Psicoterapia asistida con ketamina, un beneficio de tu empleador',
  'welcome.lead':
    'Tu empleador ofrece este beneficio para apoyar tu salud mental. Aquí te contamos qué es, cómo funciona y cómo protegemos tu privacidad, para que decidas con calma si es para ti.',
  'welcome.enrol': 'Inscribirme',
  'welcome.enrolNote':
    'Inscribirte toma unos 5 minutos. Vas a necesitar el código de inscripción que aparece en el anuncio de tu empleador.',
  'welcome.what.heading': 'Qué es la psicoterapia asistida con ketamina',
  'welcome.what.is':
    'La psicoterapia asistida con ketamina (KAP, por sus siglas en inglés) es psicoterapia acompañada de una dosis baja de ketamina, recetada por un profesional médico. Lo central es la terapia: la medicina puede ayudarte a ver lo que te pesa desde otro ángulo, y tu terapeuta te ayuda a darle sentido.',
  'welcome.what.isNot.heading': 'Lo que no es',
  'welcome.what.isNot.recreational': 'No es una experiencia recreativa.',
  'welcome.what.isNot.quickFix':
    'No es una solución rápida. El cambio viene del trabajo que haces con tu terapeuta antes y después.',
  'welcome.what.isNot.everyone':
    'No es para todos. Primero, un profesional médico revisa si es seguro para ti, y está bien si no lo es.',
  'welcome.steps.heading': 'Cómo funciona, paso a paso',
  'welcome.steps.enrol.title': 'Inscripción confidencial',
  'welcome.steps.enrol.text':
    'Confirmas que el beneficio te cubre y creas una cuenta privada con un sobrenombre. Tu empleador no se entera.',
  'welcome.steps.questionnaires.title': 'Cuestionarios',
  'welcome.steps.questionnaires.text':
    'Cuestionarios breves sobre tu estado de ánimo, tus preocupaciones, el estrés y tu salud.',
  'welcome.steps.assessment.title': 'Una evaluación médica',
  'welcome.steps.assessment.text':
    'Un profesional que receta, con licencia en tu estado, revisa tu salud y decide si la KAP es segura para ti. Antes de esto no pasa nada más.',
  'welcome.steps.preparation.title': 'Preparación con tu terapeuta (1 hora)',
  'welcome.steps.preparation.text': 'Te reúnes con tu psicoterapeuta para prepararte y definir tus metas.',
  'welcome.steps.medicine.title': 'Sesiones con medicina (2 horas y media cada una)',
  'welcome.steps.medicine.text':
    'La medicina es una pastilla o tableta que se disuelve debajo de la lengua. La tomas en un consultorio, donde te acompañan y vigilan, o en casa, en tu propia cama, con una persona sobria de tu confianza que tú eliges.',
  'welcome.steps.integration.title': 'Integración (1 hora)',
  'welcome.steps.integration.text':
    'Dentro de los 4 días después de cada sesión con medicina, te reúnes otra vez con tu psicoterapeuta para darle sentido a la experiencia y llevarla a tu vida diaria.',
  'welcome.steps.followUp.title': 'Seguimiento',
  'welcome.steps.followUp.text':
    'Los mismos cuestionarios breves otra vez a los 3 y a los 6 meses, para que tú y tus proveedores vean qué ha cambiado.',
  'welcome.choice.heading': 'Tu decisión, a tu ritmo',
  'welcome.choice.noMedicine': 'Nadie está obligado a tomar ningún medicamento. Puedes detenerte en cualquier paso.',
  'welcome.choice.harmReduction':
    'Trabajamos con reducción de daños: la menor cantidad de medicina para el mayor beneficio, y siempre revisando primero tu seguridad.',
  'welcome.compare.heading': 'Cómo se compara',
  'welcome.compare.intro': 'Quizás has oído de otras formas de usar la ketamina. Así es como se diferencian.',
  'welcome.compare.infusion.title': 'Clínicas de infusión intravenosa',
  'welcome.compare.infusion.text':
    'Una infusión dura unos 40 minutos y cuesta entre 500 y 1,500 dólares por sesión. Por lo general el seguro no la cubre y muchas veces no incluye terapia.',
  'welcome.compare.spravato.title': 'Spravato',
  'welcome.compare.spravato.text':
    'Esketamina en aerosol nasal, que se aplica en una clínica certificada donde te quedas 2 horas en observación.',
  'welcome.compare.benefit.title': 'Este beneficio',
  'welcome.compare.benefit.text':
    'La psicoterapia va primero, y la medicina solo cuando un profesional que receta considera que es segura para ti. Tu empleador patrocina el paquete.',
  'welcome.package.heading': 'Lo que patrocina tu empleador',
  'welcome.package.text': 'Un paquete de hasta 18 horas de acompañamiento con un psicoterapeuta.',
  'welcome.package.details':
    'Cuando confirmes tu elegibilidad, verás el nombre del programa de tu empleador y en qué estados se ofrece la atención.',
  'welcome.privacy.heading': 'Nuestro compromiso con tu privacidad',
  'welcome.privacy.never': 'Tu empleador nunca se entera de si te inscribiste.',
  'welcome.privacy.totals': 'Tu empleador solo ve totales de grupos de 11 personas o más.',
  'welcome.privacy.identity':
    'Tus datos personales se guardan cifrados. Solo tú, y los proveedores a quienes te refieran, pueden verlos.',
  'welcome.privacy.more': 'Más sobre privacidad y confidencialidad',
  'welcome.where.heading': 'Dónde se ofrece la atención',
  'welcome.where.text':
    'Las sesiones son por telesalud, solo para personas que están en California, Nueva York, Utah o Vermont al momento de sus sesiones.',
  'welcome.where.elsewhere':
    'Si estás en otro lugar, igual puedes inscribirte y conservar tu cuenta, y actualizar tu ubicación cuando estés en uno de estos estados.',
  'welcome.ready.heading': 'Cuando quieras empezar',
  'welcome.ready.text': 'No hay prisa. Puedes inscribirte ahora o volver a esta página cuando quieras.',
  'welcome.ready.already': '¿Ya te inscribiste?',
  'welcome.ready.signIn': 'Inicia sesión',
};
