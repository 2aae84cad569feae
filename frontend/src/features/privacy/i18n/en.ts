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
};
