export const en = {
  'privacy.heading': 'Privacy and confidentiality',
  'privacy.lead':
    'This benefit is paid for by employers, but your care is yours. Here is what that means in practice.',
  'privacy.employer.heading': 'Your employer does not know you enrolled',
  'privacy.employer.text':
    'Employers see only totals for groups of 11 or more people: how many seats are used and how outcomes change overall. They never see names, answers, scores, appointments or providers, and any number under 11 is hidden.',
  'privacy.identity.heading': 'You use a private nickname',
  'privacy.identity.text':
    'Inside the portal you are known by a nickname. Your name and contact details are kept encrypted and separate from everything else.',
  'privacy.providers.heading': 'Only your providers see who you are',
  'privacy.providers.text':
    'A provider can see your details only when you have been referred to them and your consent is in place. Every such view is recorded.',
  'privacy.consent.heading': 'Your consent, your choice',
  'privacy.consent.text': 'You decide what you agree to, and you can withdraw your consent at any time.',
  'privacy.choice.heading': 'Safety first',
  'privacy.choice.text':
    'Screening and medical clearance come before anything else. Nobody is required to take any medicine.',
  'privacy.employerViewLink': 'See exactly what your employer can and cannot see',
  'employerView.heading': 'What your employer can see',
  'employerView.lead':
    'Your employer pays for this benefit, but they never learn who uses it. Here is everything their reports contain, and what they never contain.',
  'employerView.sees.heading': 'What your employer sees',
  'employerView.sees.intro': 'Only totals, for whole reporting periods, and only for groups of 11 or more people:',
  'employerView.sees.enrolled': 'How many people have enrolled in the programme.',
  'employerView.sees.stages': 'How many people are at each stage (for example, screening or sessions).',
  'employerView.sees.seats': 'How many seats are used and how many remain.',
  'employerView.sees.spend': 'The package hours used and the total spend.',
  'employerView.sees.outcomes': 'Average PHQ-9 (mood), GAD-7 (anxiety) and PCL-5 (stress) scores at the start, at 3 months and at 6 months.',
  'employerView.sees.improving': 'The share of people who are improving.',
  'employerView.never.heading': 'What your employer never sees',
  'employerView.never.who': 'Whether you enrolled, your name, your nickname or anything that could point to you.',
  'employerView.never.answers': 'Your answers to any questionnaire or health question.',
  'employerView.never.scores': 'Your own scores, or anyone else’s.',
  'employerView.never.dates': 'Your dates: when you enrolled, your appointments or your sessions.',
  'employerView.never.providers': 'Who your providers are.',
  'employerView.never.small': 'Any number about fewer than 11 people: it is shown only as “fewer than 11”.',
  'employerView.rule.heading': 'The rule of 11',
  'employerView.rule.text':
    'Any total that counts fewer than 11 people is hidden, and other totals are hidden too when they could be used to work it out. There are no filters, no per-person rows and no downloads of rows.',
  'employerView.statements': 'Billing statements list seats and hours in total. A statement never lists a person.',
  'employerView.privacyLink': 'Read more about privacy',
};
