export const en = {
  'welcome.pageTitle': 'About the benefit',
  'welcome.heading': 'Ketamine-assisted psychotherapy, offered by your employer',
  'welcome.lead':
    'Your employer offers this benefit to support your mental health. Here is what it is, how it works and how your privacy is protected, so you can decide calmly whether it is right for you.',
  'welcome.enrol': 'Enroll',
  'welcome.enrolNote': 'Enrolling takes about 5 minutes. You will need the enrollment code from your employer’s announcement.',
  'welcome.what.heading': 'What ketamine-assisted psychotherapy is',
  'welcome.what.is':
    'Ketamine-assisted psychotherapy (KAP) is psychotherapy supported by a low dose of ketamine, prescribed by a medical provider. The therapy is at the heart of it: the medicine can help you look at what weighs on you from a new angle, and your therapist helps you make sense of it.',
  'welcome.what.isNot.heading': 'What it is not',
  'welcome.what.isNot.recreational': 'It is not a recreational experience.',
  'welcome.what.isNot.quickFix': 'It is not a quick fix. Change comes from the work you do with your therapist before and after.',
  'welcome.what.isNot.everyone':
    'It is not for everyone. A medical provider checks first whether it is safe for you, and it is fine if it is not.',
  'welcome.steps.heading': 'How it works, step by step',
  'welcome.steps.enrol.title': 'Confidential enrollment',
  'welcome.steps.enrol.text':
    'You check that the benefit covers you and create a private account under a nickname. Your employer is not told.',
  'welcome.steps.questionnaires.title': 'Questionnaires',
  'welcome.steps.questionnaires.text': 'Short questionnaires about your mood, worry, stress and health.',
  'welcome.steps.assessment.title': 'A medical assessment',
  'welcome.steps.assessment.text':
    'A prescriber licensed in your state reviews your health and decides whether KAP is safe for you. Nothing else happens before this.',
  'welcome.steps.preparation.title': 'Preparation with your therapist (1 hour)',
  'welcome.steps.preparation.text': 'You meet your psychotherapist to get ready and set your goals.',
  'welcome.steps.medicine.title': 'Medicine sessions (2½ hours each)',
  'welcome.steps.medicine.text':
    'The medicine is a lozenge or tablet that dissolves under your tongue. You take it in an office where you are monitored, or at home in your own bed with a sober sitter you choose.',
  'welcome.steps.integration.title': 'Integration (1 hour)',
  'welcome.steps.integration.text':
    'Within 4 days after each medicine session, you meet your psychotherapist again to make sense of the experience and bring it into daily life.',
  'welcome.steps.followUp.title': 'Follow-up',
  'welcome.steps.followUp.text':
    'The same short questionnaires again at 3 and 6 months, so you and your providers can see what has changed.',
  'welcome.choice.heading': 'Your choice, your pace',
  'welcome.choice.noMedicine': 'Nobody is required to take any medicine. You can stop at any step.',
  'welcome.choice.harmReduction':
    'We follow harm reduction: the least medicine for the most benefit, with your safety checked first.',
  'welcome.compare.heading': 'How it compares',
  'welcome.compare.intro': 'You may have heard of other ways ketamine is used. Here is how they differ.',
  'welcome.compare.infusion.title': 'IV infusion clinics',
  'welcome.compare.infusion.text':
    'An infusion takes about 40 minutes and costs USD 500–1,500 a session. It is usually not covered by insurance, and often comes without therapy.',
  'welcome.compare.spravato.title': 'Spravato',
  'welcome.compare.spravato.text':
    'Esketamine as a nasal spray, given in a certified clinic where you stay for 2 hours of monitoring.',
  'welcome.compare.benefit.title': 'This benefit',
  'welcome.compare.benefit.text':
    'Psychotherapy comes first, with medicine only when a prescriber finds it safe for you. Your employer sponsors the package.',
  'welcome.package.heading': 'What your employer sponsors',
  'welcome.package.text': 'A package of up to 18 hours of support from a psychotherapist.',
  'welcome.package.details':
    'When you check your eligibility, you will see the name of your employer’s programme and where its care is offered.',
  'welcome.privacy.heading': 'Our promise about your privacy',
  'welcome.privacy.never': 'Your employer never learns whether you enrolled.',
  'welcome.privacy.totals': 'Your employer only sees totals for groups of 11 or more people.',
  'welcome.privacy.identity':
    'Your identity is encrypted. Only you, and the providers you are referred to, can see it.',
  'welcome.privacy.more': 'More about privacy and confidentiality',
  'welcome.where.heading': 'Where care is offered',
  'welcome.where.text':
    'Sessions are by telehealth, only for people who are in California, New York, Utah or Vermont at the time of their sessions.',
  'welcome.where.elsewhere':
    'If you are somewhere else, you can still enroll and keep your account, and update your location when you are in one of these states.',
  'welcome.ready.heading': 'Ready when you are',
  'welcome.ready.text': 'There is no rush. You can enroll now, or come back to this page whenever you like.',
  'welcome.ready.already': 'Already enrolled?',
  'welcome.ready.signIn': 'Sign in',
};
