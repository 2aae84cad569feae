/**
 * Questionnaire wording: PHQ-9 and GAD-7 (Spitzer, Williams, Kroenke et al., no permission required)
 * and PCL-5 (National Center for PTSD, public domain), in their standard English wording.
 */
export const en = {
  'screening.heading': 'Questionnaires',
  'screening.lead':
    'Four short questionnaires about how you have been feeling and about your health. There are no right or wrong answers. Your employer never sees them.',
  'screening.progress': 'Questionnaire {position} of {total}',
  'screening.required': 'Please choose an answer.',
  'screening.missing': 'Please answer the questions marked below ({count} still without an answer).',
  'screening.submit': 'Send my answers',
  'screening.sending': 'Sending…',
  'screening.consentRequired.title': 'Please accept your consents first',
  'screening.consentRequired.detail': 'The questionnaires can start once all four consents are in place.',
  'screening.consentRequired.link': 'Go to your consents',

  'screening.name.PHQ9': 'PHQ-9 (mood)',
  'screening.name.GAD7': 'GAD-7 (worry and anxiety)',
  'screening.name.PCL5': 'PCL-5 (stress after a difficult experience)',
  'screening.name.CONTRAINDICATIONS': 'Health questions',

  'screening.PHQ9.stem': 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  'screening.PHQ9.item.0': 'Little interest or pleasure in doing things',
  'screening.PHQ9.item.1': 'Feeling down, depressed, or hopeless',
  'screening.PHQ9.item.2': 'Trouble falling or staying asleep, or sleeping too much',
  'screening.PHQ9.item.3': 'Feeling tired or having little energy',
  'screening.PHQ9.item.4': 'Poor appetite or overeating',
  'screening.PHQ9.item.5': 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
  'screening.PHQ9.item.6': 'Trouble concentrating on things, such as reading the newspaper or watching television',
  'screening.PHQ9.item.7':
    'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
  'screening.PHQ9.item.8': 'Thoughts that you would be better off dead or of hurting yourself in some way',
  'screening.PHQ9.option.0': 'Not at all',
  'screening.PHQ9.option.1': 'Several days',
  'screening.PHQ9.option.2': 'More than half the days',
  'screening.PHQ9.option.3': 'Nearly every day',

  'screening.GAD7.stem': 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  'screening.GAD7.item.0': 'Feeling nervous, anxious, or on edge',
  'screening.GAD7.item.1': 'Not being able to stop or control worrying',
  'screening.GAD7.item.2': 'Worrying too much about different things',
  'screening.GAD7.item.3': 'Trouble relaxing',
  'screening.GAD7.item.4': 'Being so restless that it is hard to sit still',
  'screening.GAD7.item.5': 'Becoming easily annoyed or irritable',
  'screening.GAD7.item.6': 'Feeling afraid, as if something awful might happen',
  'screening.GAD7.option.0': 'Not at all',
  'screening.GAD7.option.1': 'Several days',
  'screening.GAD7.option.2': 'More than half the days',
  'screening.GAD7.option.3': 'Nearly every day',

  'screening.PCL5.instructions':
    'Below is a list of problems that people sometimes have in response to a very stressful experience. Please read each problem carefully and then choose one of the answers to indicate how much you have been bothered by that problem in the past month.',
  'screening.PCL5.stem': 'In the past month, how much were you bothered by:',
  'screening.PCL5.item.0': 'Repeated, disturbing, and unwanted memories of the stressful experience?',
  'screening.PCL5.item.1': 'Repeated, disturbing dreams of the stressful experience?',
  'screening.PCL5.item.2':
    'Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)?',
  'screening.PCL5.item.3': 'Feeling very upset when something reminded you of the stressful experience?',
  'screening.PCL5.item.4':
    'Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)?',
  'screening.PCL5.item.5': 'Avoiding memories, thoughts, or feelings related to the stressful experience?',
  'screening.PCL5.item.6':
    'Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects, or situations)?',
  'screening.PCL5.item.7': 'Trouble remembering important parts of the stressful experience?',
  'screening.PCL5.item.8':
    'Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)?',
  'screening.PCL5.item.9': 'Blaming yourself or someone else for the stressful experience or what happened after it?',
  'screening.PCL5.item.10': 'Having strong negative feelings such as fear, horror, anger, guilt, or shame?',
  'screening.PCL5.item.11': 'Loss of interest in activities that you used to enjoy?',
  'screening.PCL5.item.12': 'Feeling distant or cut off from other people?',
  'screening.PCL5.item.13':
    'Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)?',
  'screening.PCL5.item.14': 'Irritable behavior, angry outbursts, or acting aggressively?',
  'screening.PCL5.item.15': 'Taking too many risks or doing things that could cause you harm?',
  'screening.PCL5.item.16': 'Being “superalert” or watchful or on guard?',
  'screening.PCL5.item.17': 'Feeling jumpy or easily startled?',
  'screening.PCL5.item.18': 'Having difficulty concentrating?',
  'screening.PCL5.item.19': 'Trouble falling or staying asleep?',
  'screening.PCL5.option.0': 'Not at all',
  'screening.PCL5.option.1': 'A little bit',
  'screening.PCL5.option.2': 'Moderately',
  'screening.PCL5.option.3': 'Quite a bit',
  'screening.PCL5.option.4': 'Extremely',

  'screening.CONTRAINDICATIONS.stem':
    'These questions help a prescriber decide what is safe for you. Answering “yes” does not rule you out.',
  'screening.CONTRAINDICATIONS.item.0':
    'Have you ever been told you have a psychotic illness (such as schizophrenia), or had an episode of mania?',
  'screening.CONTRAINDICATIONS.item.1': 'Are you pregnant, trying to become pregnant, or breastfeeding?',
  'screening.CONTRAINDICATIONS.item.2': 'Do you have high blood pressure that is not under control, or heart disease?',
  'screening.CONTRAINDICATIONS.item.3': 'Are you having a problem with alcohol or drug use right now?',
  'screening.CONTRAINDICATIONS.item.4': 'Do you have liver disease?',
  'screening.CONTRAINDICATIONS.item.5': 'Have you ever had a bad reaction to ketamine?',
  'screening.CONTRAINDICATIONS.item.6':
    'Do you take any medicines (prescribed, over the counter or herbal) that might interact with ketamine?',
  'screening.CONTRAINDICATIONS.option.0': 'No',
  'screening.CONTRAINDICATIONS.option.1': 'Yes',
  'screening.details.label': 'Anything else the prescriber should know? (optional)',
  'screening.details.hint': 'For example, the names of the medicines you take. Up to 1,000 characters.',

  'screening.result.heading': 'Your {name} result',
  'screening.result.score': 'Your score: {total} out of {maximum}.',
  'screening.result.yesCount': 'You answered “yes” to {total} of {maximum} questions.',
  'screening.result.reassurance':
    'A score is a starting point for a conversation with your provider, not a diagnosis. Many people begin the programme with high scores.',
  'screening.result.review': 'A prescriber will look at these answers with you; this does not rule you out.',

  'screening.band.PHQ9.MINIMAL': 'Minimal: few or no signs of depression.',
  'screening.band.PHQ9.MILD': 'Mild: some signs of depression.',
  'screening.band.PHQ9.MODERATE': 'Moderate: signs of depression that deserve attention.',
  'screening.band.PHQ9.MODERATELY_SEVERE': 'Moderately severe: depression that is weighing on you quite a lot.',
  'screening.band.PHQ9.SEVERE': 'Severe: depression that is weighing on you heavily. Support is available.',
  'screening.band.GAD7.MINIMAL': 'Minimal: little or no anxiety.',
  'screening.band.GAD7.MILD': 'Mild: some anxiety.',
  'screening.band.GAD7.MODERATE': 'Moderate: anxiety that deserves attention.',
  'screening.band.GAD7.SEVERE': 'Severe: anxiety that is weighing on you heavily. Support is available.',
  'screening.band.PCL5.BELOW_THRESHOLD': 'Below 33: fewer signs of post-traumatic stress.',
  'screening.band.PCL5.PROBABLE_PTSD':
    '33 or more: suggests probable PTSD (post-traumatic stress). This is a screening result, not a diagnosis.',
  'screening.band.CONTRAINDICATIONS.NONE_REPORTED': 'You did not report any of these health conditions.',
  'screening.band.CONTRAINDICATIONS.PRESCRIBER_REVIEW':
    'A prescriber will look at these answers with you; this does not rule you out.',

  'screening.complete.heading': 'You have finished the questionnaires. Thank you.',
  'screening.complete.summary': 'Your results',
  'screening.complete.next': 'Next: a medical provider reviews your answers',
  'screening.complete.nextText':
    'A prescriber licensed in your state will look at your answers and your health, and decide with you whether ketamine-assisted therapy is safe for you. Nobody is required to take any medicine.',
  'screening.complete.scoresLink': 'See my scores',
  'screening.complete.homeLink': 'Back to your journey',

  'scores.heading': 'My scores',
  'scores.lead':
    'Your questionnaire results over time, explained in plain words. Only you and the providers you are referred to can see them; your employer never does.',
  'scores.empty': 'You have not answered any questionnaires yet.',
  'scores.startLink': 'Start the questionnaires',
  'scores.about.PHQ9':
    'The PHQ-9 asks about your mood over the last 2 weeks. Scores go from 0 to 27; a higher score means more signs of depression.',
  'scores.about.GAD7':
    'The GAD-7 asks about worry and anxiety over the last 2 weeks. Scores go from 0 to 21; a higher score means more anxiety.',
  'scores.about.PCL5':
    'The PCL-5 asks how much stress after a very difficult experience bothered you in the past month. Scores go from 0 to 80. A score of 33 or more suggests probable PTSD; it is not a diagnosis, which only a clinician can make.',
  'scores.about.CONTRAINDICATIONS':
    'Health questions that help a prescriber decide what is safe for you. The score is the number of “yes” answers. A “yes” does not rule you out.',
  'scores.table.caption': '{name}: your results',
  'scores.table.date': 'Date',
  'scores.table.score': 'Score',
  'scores.table.meaning': 'What it means',
  'scores.table.scoreValue': '{total} of {maximum}',
  'scores.noResults': 'Not answered yet.',
  'scores.bands': 'What the scores mean',
  'scores.band.range': 'Score {range}',
  'scores.reassurance':
    'Scores are a starting point for a conversation with your provider, not a diagnosis. They are followed again after your sessions, and at 3 and 6 months.',

  'scores.history.heading': 'Your scores over time',
  'scores.history.lead':
    'The same questionnaires before your treatment, at its end, and 3 and 6 months later. A lower score means fewer symptoms.',
  'scores.history.caption': '{name}: over time',
  'scores.history.when': 'When',
  'scores.history.notYet': 'Not yet',
  'scores.timepoint.BASELINE': 'Before treatment',
  'scores.timepoint.END_OF_TREATMENT': 'End of treatment',
  'scores.timepoint.MONTH_3': '3 months later',
  'scores.timepoint.MONTH_6': '6 months later',
};
