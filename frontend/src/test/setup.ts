import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

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
