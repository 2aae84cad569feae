import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

// The build machine may be busy (e.g. a backend build alongside); give findBy* more than 1 s.
configure({ asyncUtilTimeout: 3000 });

beforeEach(() => {
  window.localStorage.clear();
  document.documentElement.lang = 'en';
  // Tests run as an English-speaking visitor unless they say otherwise.
  vi.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-US');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
