export const en = {
  'crisis.heading': 'Need help right now?',
  'crisis.text':
    'If you are thinking about harming yourself, call or text 988 (Suicide & Crisis Lifeline), or call 911 in an emergency.',
  'crisis.availability': 'Help is free, confidential and available 24 hours a day, 7 days a week.',
  'crisis.call988': 'Call 988',
  'crisis.text988': 'Text 988',
  'crisis.call911': 'Call 911',
  'crisis.now.heading': 'Please reach out now',
  'crisis.now.text':
    'You said you have had thoughts that you would be better off dead or of hurting yourself. You are not alone. Call or text 988 (Suicide & Crisis Lifeline) now, any time, in English or Spanish; call 911 in an emergency. A clinician will review your answers promptly.',
  'crisis.now.continue': 'When you are ready, you can go on with the questionnaires below.',
};
