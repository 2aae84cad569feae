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
  'member.confidential.heading': 'Tu privacidad',
  'member.confidential.employer':
    'Tu empleador nunca se entera de que te inscribiste. Solo ve totales de grupos de 11 personas o más.',
  'member.confidential.providers':
    'Solo los proveedores a quienes te refieran pueden saber quién eres, y solo con tu consentimiento.',
  'member.confidential.choice': 'Nadie está obligado a tomar ningún medicamento. Puedes detenerte en cualquier paso.',
  'member.enrolment.heading': 'Tu inscripción',
  'member.enrolment.programme': 'Programa',
  'member.enrolment.sponsor': 'Patrocinado por',
  'member.enrolment.location': 'Dónde vas a estar durante tus sesiones',
  'member.enrolment.status': 'Estado',
  'member.enrolment.status.ENROLLED': 'Inscripción activa',
  'member.enrolment.status.WITHDRAWN': 'Saliste del programa',
  'member.enrolment.enrolledAt': 'Fecha de inscripción',
  'member.enrolment.detailsLink': 'Ver o cambiar tus datos',
  'member.location.unsupported.title': 'La atención por telesalud no está disponible donde estás',
  'member.location.unsupported.text':
    'La atención por telesalud solo se puede ofrecer a personas que están en California, Nueva York, Utah o Vermont. Puedes conservar tu cuenta y actualizar tu ubicación cuando estés en uno de estos estados.',
  'member.details.heading': 'Mis datos',
  'member.details.lead': 'Lo que guardamos sobre ti, dónde vas a estar para tus sesiones y cómo salir del programa.',
  'member.identity.heading': 'Tus datos personales',
  'member.identity.note':
    'Solo tú, y los proveedores a quienes te refieran mientras tu consentimiento esté vigente, pueden ver estos datos. Cada consulta queda registrada.',
  'member.identity.legalName': 'Nombre legal',
  'member.identity.birthDate': 'Fecha de nacimiento',
  'member.identity.email': 'Correo personal',
  'member.identity.phone': 'Teléfono',
  'member.identity.address': 'Dirección',
  'member.identity.notGiven': 'No lo diste',
  'member.location.heading': 'Tu ubicación',
  'member.location.intro':
    'Dinos dónde vas a estar durante tus sesiones, para ponerte en contacto con proveedores con licencia en ese lugar.',
  'member.location.required': 'Elige dónde vas a estar durante tus sesiones.',
  'member.location.save': 'Guardar mi ubicación',
  'member.location.saved': 'Listo. Tu ubicación ahora es: {place}.',
  'member.withdraw.heading': 'Salir del programa',
  'member.withdraw.intro': 'Puedes salir del programa cuando quieras. Si lo haces:',
  'member.withdraw.retention.account': 'Tu cuenta sigue activa, así que puedes iniciar sesión y ver tus registros.',
  'member.withdraw.retention.seat': 'Tu lugar en el programa se libera si todavía no has tenido ninguna sesión.',
  'member.withdraw.retention.identity':
    'Tus datos personales se guardan cifrados durante 7 años, como exigen las normas de EE. UU. sobre expedientes de salud, y después se eliminan.',
  'member.withdraw.retention.employer': 'Tu empleador nunca se entera.',
  'member.withdraw.button': 'Salir del programa',
  'member.withdraw.question': '¿Quieres salir del programa?',
  'member.withdraw.confirmNote': 'Con esto termina tu participación. Vas a poder seguir iniciando sesión.',
  'member.withdraw.confirm': 'Sí, salir del programa',
  'member.withdraw.done.title': 'Saliste del programa.',
  'member.withdraw.done.seatReleased': 'Tu lugar quedó libre. Tu empleador no se entera.',
  'member.withdraw.done.seatKept':
    'Como ya tuviste una sesión, tu lugar se sigue contando como usado. Tu empleador no sabe quién salió del programa.',
  'member.withdraw.done.kept':
    'Puedes seguir iniciando sesión y ver tus registros. Tus datos personales siguen cifrados durante 7 años y después se eliminan.',
  'member.withdraw.already': 'Saliste del programa. Puedes seguir iniciando sesión y ver tus registros.',
  'member.next.heading': 'Tu siguiente paso',
  'member.next.consent.text': 'Lee los cuatro documentos de consentimiento y dinos si estás de acuerdo. Toma unos minutos.',
  'member.next.consent.action': 'Leer y aceptar tus consentimientos',
  'member.next.screening.text':
    'Contesta cuatro cuestionarios breves sobre cómo te has sentido y sobre tu salud. Toma unos 10 minutos.',
  'member.next.screening.action': 'Empezar los cuestionarios',
};
