export const en = {
  'invitations.pageTitle': 'Your invitation',
  'invitations.heading': 'Join {employer} on KAP Benefit Portal',
  'invitations.intro': 'Hello, {name}. You have been invited to manage your organization’s benefit as an HR admin. Choose a password to set up your account.',
  'invitations.promise':
    'As an HR admin you will see only totals of 11 or more people, never who enrolled or anything about their care.',
  'invitations.email': 'Your account’s e-mail address',
  'invitations.password.label': 'Choose a password',
  'invitations.password.hint': 'At least 12 characters. A few unrelated words make a strong, memorable password.',
  'invitations.password.required': 'Choose a password.',
  'invitations.password.tooShort': 'Use at least 12 characters.',
  'invitations.password.tooLong': 'Passwords are at most 200 characters long.',
  'invitations.confirm.label': 'Type the password again',
  'invitations.confirm.required': 'Type the password again.',
  'invitations.confirm.mismatch': 'The two passwords are not the same.',
  'invitations.expires': 'This invitation expires on {expiresAt}.',
  'invitations.submit': 'Create my account',
  'invitations.submitting': 'Creating your account…',
  'invitations.done.heading': 'Your account is ready',
  'invitations.done.text': 'You can now sign in with {email} and the password you chose.',
  'invitations.done.signIn': 'Sign in',
  'invitations.invalid.heading': 'This invitation link does not work',
  'invitations.invalid.text': 'It may have expired, been used already, or been withdrawn.',
  'invitations.invalid.ask': 'Please ask the person who invited you for a new link.',
  'invitations.provider.heading': 'Join the KAP Benefit Portal provider network',
  'invitations.provider.intro.PSYCHOTHERAPIST':
    'Hello, {name}. You have been invited to join as a psychotherapist, to offer preparation and integration sessions to members. Choose a password to set up your account.',
  'invitations.provider.intro.PRESCRIBER':
    'Hello, {name}. You have been invited to join as a prescriber, to review members’ medical clearance. Choose a password to set up your account.',
  'invitations.provider.promise':
    'You see a member’s name and contact details only for the referrals or cases you accept, and only while the member’s consent is in force.',
  'invitations.provider.next':
    'After signing in, complete your profile and add your licenses. A platform administrator verifies each license before it counts.',
};
