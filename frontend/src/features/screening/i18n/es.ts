import type { en } from './en';

/**
 * PHQ-9 and GAD-7 in their official Spanish (USA) versions and PCL-5 in its Spanish version: these
 * keep the wording (and the "usted") of the validated questionnaires; everything around them speaks "tú".
 */
export const es: Record<keyof typeof en, string> = {
  'screening.heading': 'Cuestionarios',
  'screening.lead':
    'Cuatro cuestionarios breves sobre cómo te has sentido y sobre tu salud. No hay respuestas correctas ni incorrectas. Tu empleador nunca los ve.',
  'screening.progress': 'Cuestionario {position} de {total}',
  'screening.required': 'Elige una respuesta, por favor.',
  'screening.missing': 'Contesta las preguntas marcadas abajo, por favor (faltan {count}).',
  'screening.submit': 'Enviar mis respuestas',
  'screening.sending': 'Enviando…',
  'screening.consentRequired.title': 'Primero acepta tus consentimientos',
  'screening.consentRequired.detail': 'Los cuestionarios se pueden empezar cuando los cuatro consentimientos estén aceptados.',
  'screening.consentRequired.link': 'Ir a tus consentimientos',

  'screening.name.PHQ9': 'PHQ-9 (estado de ánimo)',
  'screening.name.GAD7': 'GAD-7 (preocupación y ansiedad)',
  'screening.name.PCL5': 'PCL-5 (estrés después de una experiencia difícil)',
  'screening.name.CONTRAINDICATIONS': 'Preguntas sobre tu salud',

  'screening.PHQ9.stem': 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
  'screening.PHQ9.item.0': 'Poco interés o placer en hacer cosas',
  'screening.PHQ9.item.1': 'Se ha sentido decaído(a), deprimido(a) o sin esperanzas',
  'screening.PHQ9.item.2': 'Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado',
  'screening.PHQ9.item.3': 'Se ha sentido cansado(a) o con poca energía',
  'screening.PHQ9.item.4': 'Sin apetito o ha comido en exceso',
  'screening.PHQ9.item.5':
    'Se ha sentido mal con usted mismo(a) — o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia',
  'screening.PHQ9.item.6':
    'Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión',
  'screening.PHQ9.item.7':
    '¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario — muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal',
  'screening.PHQ9.item.8': 'Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera',
  'screening.PHQ9.option.0': 'Ningún día',
  'screening.PHQ9.option.1': 'Varios días',
  'screening.PHQ9.option.2': 'Más de la mitad de los días',
  'screening.PHQ9.option.3': 'Casi todos los días',

  'screening.GAD7.stem': 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
  'screening.GAD7.item.0': 'Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta',
  'screening.GAD7.item.1': 'No ha sido capaz de parar o controlar su preocupación',
  'screening.GAD7.item.2': 'Se ha preocupado demasiado por motivos diferentes',
  'screening.GAD7.item.3': 'Ha tenido dificultad para relajarse',
  'screening.GAD7.item.4': 'Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)',
  'screening.GAD7.item.5': 'Se ha molestado o irritado fácilmente',
  'screening.GAD7.item.6': 'Ha tenido miedo de que algo terrible fuera a pasar',
  'screening.GAD7.option.0': 'Ningún día',
  'screening.GAD7.option.1': 'Varios días',
  'screening.GAD7.option.2': 'Más de la mitad de los días',
  'screening.GAD7.option.3': 'Casi todos los días',

  'screening.PCL5.instructions':
    'Abajo hay una lista de problemas que las personas a veces tienen en respuesta a una experiencia muy estresante. Por favor lea cuidadosamente cada problema y luego elija una de las respuestas para indicar cuánto le ha molestado ese problema en el último mes.',
  'screening.PCL5.stem': 'En el último mes, ¿cuánto le ha molestado…',
  'screening.PCL5.item.0': '¿Recuerdos repetidos, perturbadores e indeseados de la experiencia estresante?',
  'screening.PCL5.item.1': '¿Sueños repetidos y perturbadores de la experiencia estresante?',
  'screening.PCL5.item.2':
    '¿De repente sentirse o actuar como si la experiencia estresante estuviera ocurriendo de nuevo (como si estuviera de vuelta allí, reviviéndola)?',
  'screening.PCL5.item.3': '¿Sentirse muy alterado(a) cuando algo le recordó la experiencia estresante?',
  'screening.PCL5.item.4':
    '¿Tener reacciones físicas fuertes cuando algo le recordó la experiencia estresante (por ejemplo, el corazón latiendo con fuerza, dificultad para respirar, sudor)?',
  'screening.PCL5.item.5': '¿Evitar recuerdos, pensamientos o sentimientos relacionados con la experiencia estresante?',
  'screening.PCL5.item.6':
    '¿Evitar cosas externas que le recuerdan la experiencia estresante (por ejemplo, personas, lugares, conversaciones, actividades, objetos o situaciones)?',
  'screening.PCL5.item.7': '¿Problemas para recordar partes importantes de la experiencia estresante?',
  'screening.PCL5.item.8':
    '¿Tener creencias negativas intensas sobre usted mismo(a), otras personas o el mundo (por ejemplo, tener pensamientos como: soy malo(a), hay algo muy mal en mí, no se puede confiar en nadie, el mundo es completamente peligroso)?',
  'screening.PCL5.item.9': '¿Culparse a sí mismo(a) o a otra persona por la experiencia estresante o por lo que pasó después?',
  'screening.PCL5.item.10': '¿Tener sentimientos negativos intensos como miedo, horror, enojo, culpa o vergüenza?',
  'screening.PCL5.item.11': '¿Perder el interés en actividades que antes disfrutaba?',
  'screening.PCL5.item.12': '¿Sentirse distante o alejado(a) de otras personas?',
  'screening.PCL5.item.13':
    '¿Problemas para sentir emociones positivas (por ejemplo, no poder sentir felicidad o sentimientos de cariño hacia las personas cercanas a usted)?',
  'screening.PCL5.item.14': '¿Comportamiento irritable, arrebatos de enojo o actuar de forma agresiva?',
  'screening.PCL5.item.15': '¿Tomar demasiados riesgos o hacer cosas que podrían hacerle daño?',
  'screening.PCL5.item.16': '¿Estar “súper alerta”, vigilante o en guardia?',
  'screening.PCL5.item.17': '¿Sentirse nervioso(a) o asustarse con facilidad?',
  'screening.PCL5.item.18': '¿Tener dificultad para concentrarse?',
  'screening.PCL5.item.19': '¿Problemas para quedarse dormido(a) o para permanecer dormido(a)?',
  'screening.PCL5.option.0': 'Nada',
  'screening.PCL5.option.1': 'Un poco',
  'screening.PCL5.option.2': 'Moderadamente',
  'screening.PCL5.option.3': 'Bastante',
  'screening.PCL5.option.4': 'Extremadamente',

  'screening.CONTRAINDICATIONS.stem':
    'Estas preguntas ayudan a quien receta a decidir qué es seguro para ti. Contestar “sí” no te excluye.',
  'screening.CONTRAINDICATIONS.item.0':
    '¿Alguna vez te dijeron que tienes una enfermedad psicótica (como la esquizofrenia), o has tenido un episodio de manía?',
  'screening.CONTRAINDICATIONS.item.1': '¿Estás embarazada, buscas embarazarte o estás amamantando?',
  'screening.CONTRAINDICATIONS.item.2': '¿Tienes la presión alta sin controlar, o alguna enfermedad del corazón?',
  'screening.CONTRAINDICATIONS.item.3': '¿Tienes ahora un problema con el alcohol o con alguna droga?',
  'screening.CONTRAINDICATIONS.item.4': '¿Tienes alguna enfermedad del hígado?',
  'screening.CONTRAINDICATIONS.item.5': '¿Alguna vez te cayó mal la ketamina o tuviste una mala reacción a ella?',
  'screening.CONTRAINDICATIONS.item.6':
    '¿Tomas algún medicamento (recetado, sin receta o de hierbas) que pueda interactuar con la ketamina?',
  'screening.CONTRAINDICATIONS.option.0': 'No',
  'screening.CONTRAINDICATIONS.option.1': 'Sí',
  'screening.details.label': '¿Hay algo más que deba saber quien te receta? (opcional)',
  'screening.details.hint': 'Por ejemplo, los nombres de los medicamentos que tomas. Hasta 1,000 caracteres.',

  'screening.result.heading': 'Tu resultado del {name}',
  'screening.result.score': 'Tu puntuación: {total} de {maximum}.',
  'screening.result.yesCount': 'Contestaste “sí” a {total} de {maximum} preguntas.',
  'screening.result.reassurance':
    'Una puntuación es un punto de partida para platicar con tu proveedor, no un diagnóstico. Muchas personas empiezan el programa con puntuaciones altas.',
  'screening.result.review': 'Un profesional que receta va a revisar estas respuestas contigo; esto no te excluye.',

  'screening.band.PHQ9.MINIMAL': 'Mínima: pocas o ninguna señal de depresión.',
  'screening.band.PHQ9.MILD': 'Leve: algunas señales de depresión.',
  'screening.band.PHQ9.MODERATE': 'Moderada: señales de depresión que vale la pena atender.',
  'screening.band.PHQ9.MODERATELY_SEVERE': 'Moderadamente grave: una depresión que te está pesando bastante.',
  'screening.band.PHQ9.SEVERE': 'Grave: una depresión que te está pesando mucho. Hay apoyo para ti.',
  'screening.band.GAD7.MINIMAL': 'Mínima: poca o ninguna ansiedad.',
  'screening.band.GAD7.MILD': 'Leve: algo de ansiedad.',
  'screening.band.GAD7.MODERATE': 'Moderada: ansiedad que vale la pena atender.',
  'screening.band.GAD7.SEVERE': 'Grave: una ansiedad que te está pesando mucho. Hay apoyo para ti.',
  'screening.band.PCL5.BELOW_THRESHOLD': 'Menos de 33: menos señales de estrés postraumático.',
  'screening.band.PCL5.PROBABLE_PTSD':
    '33 o más: sugiere un probable trastorno de estrés postraumático (TEPT). Es un resultado de evaluación, no un diagnóstico.',
  'screening.band.CONTRAINDICATIONS.NONE_REPORTED': 'No mencionaste ninguna de estas condiciones de salud.',
  'screening.band.CONTRAINDICATIONS.PRESCRIBER_REVIEW':
    'Un profesional que receta va a revisar estas respuestas contigo; esto no te excluye.',

  'screening.complete.heading': 'Terminaste los cuestionarios. Gracias.',
  'screening.complete.summary': 'Tus resultados',
  'screening.complete.next': 'Lo que sigue: un profesional médico revisa tus respuestas',
  'screening.complete.nextText':
    'Un profesional que receta, con licencia en tu estado, va a revisar tus respuestas y tu salud, y va a decidir contigo si la terapia asistida con ketamina es segura para ti. Nadie está obligado a tomar ningún medicamento.',
  'screening.complete.scoresLink': 'Ver mis puntuaciones',
  'screening.complete.homeLink': 'Volver a tu camino',

  'scores.heading': 'Mis puntuaciones',
  'scores.lead':
    'Tus resultados de los cuestionarios a lo largo del tiempo, explicados con palabras sencillas. Solo tú y los proveedores a quienes te refieran pueden verlos; tu empleador nunca.',
  'scores.empty': 'Todavía no has contestado ningún cuestionario.',
  'scores.startLink': 'Empezar los cuestionarios',
  'scores.about.PHQ9':
    'El PHQ-9 pregunta por tu estado de ánimo en las últimas 2 semanas. La puntuación va de 0 a 27; una puntuación más alta indica más señales de depresión.',
  'scores.about.GAD7':
    'El GAD-7 pregunta por la preocupación y la ansiedad en las últimas 2 semanas. La puntuación va de 0 a 21; una puntuación más alta indica más ansiedad.',
  'scores.about.PCL5':
    'El PCL-5 pregunta cuánto te ha molestado en el último mes el estrés después de una experiencia muy difícil. La puntuación va de 0 a 80. Una puntuación de 33 o más sugiere un probable TEPT; no es un diagnóstico, que solo puede hacer un profesional clínico.',
  'scores.about.CONTRAINDICATIONS':
    'Preguntas de salud que ayudan a quien receta a decidir qué es seguro para ti. La puntuación es el número de respuestas “sí”. Un “sí” no te excluye.',
  'scores.table.caption': '{name}: tus resultados',
  'scores.table.date': 'Fecha',
  'scores.table.score': 'Puntuación',
  'scores.table.meaning': 'Qué significa',
  'scores.table.scoreValue': '{total} de {maximum}',
  'scores.noResults': 'Todavía sin contestar.',
  'scores.bands': 'Qué significan las puntuaciones',
  'scores.band.range': 'Puntuación {range}',
  'scores.reassurance':
    'Las puntuaciones son un punto de partida para platicar con tu proveedor, no un diagnóstico. Se vuelven a medir después de tus sesiones, y a los 3 y a los 6 meses.',

  'scores.history.heading': 'Tus puntuaciones a lo largo del tiempo',
  'scores.history.lead':
    'Los mismos cuestionarios antes de tu tratamiento, al terminarlo, y 3 y 6 meses después. Una puntuación más baja significa menos síntomas.',
  'scores.history.caption': '{name}: a lo largo del tiempo',
  'scores.history.when': 'Cuándo',
  'scores.history.notYet': 'Todavía no',
  'scores.timepoint.BASELINE': 'Antes del tratamiento',
  'scores.timepoint.END_OF_TREATMENT': 'Al terminar el tratamiento',
  'scores.timepoint.MONTH_3': '3 meses después',
  'scores.timepoint.MONTH_6': '6 meses después',
};
