export const en = {
  'employer.fallbackHeading': 'Your organization',
  'employer.intro': 'Your organization sponsors confidential ketamine-assisted psychotherapy for its people.',
  'employer.promise.heading': 'Our privacy promise to your employees',
  'employer.promise.lead':
    'You will see only totals of 11 or more people. You will never see who enrolled, what anyone answered, or anyone’s care.',
  'employer.promise.noNames': 'No names, e-mail addresses or other details that could identify a person.',
  'employer.promise.noAnswers': 'No questionnaire answers, scores, appointments, dates or providers of any one person.',
  'employer.promise.small': 'Any total under 11 people is shown as “fewer than 11”, and it cannot be worked out from other totals.',
  'employer.promise.why': 'This is what lets people use the benefit without worry. Please do not ask anyone whether they use it.',
  'employer.profile.heading': 'Organization profile',
  'employer.profile.displayName': 'Display name',
  'employer.profile.legalName': 'Legal name',
  'employer.profile.status': 'Status',
  'employer.status.ACTIVE': 'Active',
  'employer.status.SUSPENDED': 'Suspended',
  'employer.team.heading': 'Team',
  'employer.team.intro': 'The HR admins who manage your organization’s benefit. Invite a colleague or remove someone’s access here.',
};
