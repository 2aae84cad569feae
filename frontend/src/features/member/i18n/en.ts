export const en = {
  'member.heading': 'Your journey',
  'member.greeting': 'Hello, {pseudonym}.',
  'member.sponsoredBy': 'Your benefit is sponsored by {employer}.',
  'member.steps.heading': 'Your steps',
  'member.step.number': 'Step {number}:',
  'member.status.DONE': 'Done',
  'member.status.CURRENT': 'You are here',
  'member.status.UPCOMING': 'Coming up',
  'member.step.eligibility.title': 'Eligibility',
  'member.step.eligibility.description': 'Confirm that your employer’s benefit covers you. Your employer is not told.',
  'member.step.enrolment.title': 'Enrollment',
  'member.step.enrolment.description': 'Create your account under a private nickname.',
  'member.step.consent.title': 'Consent',
  'member.step.consent.description':
    'Agree to telehealth, to care coordination and to sharing information with your providers. You can withdraw your consent at any time.',
  'member.step.screening.title': 'Screening',
  'member.step.screening.description': 'Short questionnaires about your mood, worry, stress and health.',
  'member.step.clearance.title': 'Medical clearance',
  'member.step.clearance.description':
    'A medical provider licensed in your state reviews your health and decides with you whether ketamine is safe for you.',
  'member.step.routing.title': 'Matching with a therapist',
  'member.step.routing.description':
    'We connect you with a psychotherapist licensed in your state, in your language when possible.',
  'member.step.care.title': 'Your sessions',
  'member.step.care.description':
    'Preparation (1 hour), medicine sessions (2½ hours each) and integration (1 hour, within 4 days of each medicine session).',
  'member.step.follow-up.title': 'Follow-up',
  'member.step.follow-up.description': 'Short questionnaires after your last session, and again at 3 and 6 months.',
  'member.crisis.heading': 'Need help right now?',
  'member.crisis.text':
    'If you are thinking about harming yourself, call or text 988 (Suicide & Crisis Lifeline), or call 911 in an emergency.',
  'member.crisis.availability': 'Help is free, confidential and available 24 hours a day, 7 days a week.',
  'member.crisis.call988': 'Call 988',
  'member.crisis.text988': 'Text 988',
  'member.crisis.call911': 'Call 911',
  'member.confidential.heading': 'Your privacy',
  'member.confidential.employer':
    'Your employer never learns that you enrolled. They see only totals for groups of 11 or more people.',
  'member.confidential.providers':
    'Only the providers you are referred to can see who you are, and only with your consent.',
  'member.confidential.choice': 'Nobody is required to take any medicine. You can stop at any step.',
};
