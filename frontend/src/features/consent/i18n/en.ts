export const en = {
  'consent.heading': 'Your consents',
  'consent.lead':
    'Before the questionnaires, please read these four documents and tell us whether you agree. You can change your mind at any time: revoking a consent takes effect at once, and your employer is never told.',
  'consent.progress': '{accepted} of {total} accepted',
  'consent.version': 'Version {version}, published {date}',
  'consent.status.NOT_ACCEPTED': 'Not accepted yet',
  'consent.status.ACCEPTED': 'Accepted',
  'consent.status.REVOKED': 'Revoked',
  'consent.status.ACCEPTED_EARLIER_VERSION': 'New version to read',
  'consent.acceptedOn': 'You accepted version {version} on {date}.',
  'consent.revokedNote': 'You revoked this consent. You can accept it again whenever you wish.',
  'consent.newVersion.title': 'There is a new version of this document',
  'consent.newVersion.text':
    'You accepted version {accepted} on {date}, and that acceptance still counts for that version. Please read version {version} below and accept it to continue.',
  'consent.accept': 'I agree',
  'consent.acceptNew': 'I agree to the new version',
  'consent.revoke': 'Revoke my consent',
  'consent.revoke.question': 'Revoke your consent to “{title}”?',
  'consent.revoke.effect.RELEASE_OF_INFORMATION':
    'Revoking release of information stops new referrals at once: no new provider will receive your information. It does not undo what was shared before.',
  'consent.revoke.effect':
    'Steps that need this consent, such as the questionnaires, pause until you accept it again. What was already done stays in your record. Your employer is not told.',
  'consent.revoke.confirm': 'Yes, revoke',
  'consent.accepted.done': 'Thank you. Your consent is recorded.',
  'consent.revoked.done': 'Your consent is revoked. This took effect right away.',
  'consent.stale.title': 'A document was just updated.',
  'consent.stale.detail': 'We are showing you the newest version. Please read it and accept it if you agree.',
  'consent.allDone.title': 'All four consents are in place.',
  'consent.allDone.text': 'Next come a few short questionnaires about how you have been feeling and about your health.',
  'consent.goToScreening': 'Continue to the questionnaires',
  'consent.empty': 'There are no documents to show right now. Please try again later.',
};
