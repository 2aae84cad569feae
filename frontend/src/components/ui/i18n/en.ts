export const en = {
  'ui.skipToContent': 'Skip to main content',
  'ui.loading': 'Loading…',
  'ui.loadFailed.title': 'This information could not be loaded.',
  'ui.loadFailed.detail': 'Please check your connection and try again.',
  'ui.tryAgain': 'Try again',
};
