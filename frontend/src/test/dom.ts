import { act } from '@testing-library/react';

/**
 * Sets an input the way a browser test does with JavaScript: the native value setter, then an
 * `input` event. React must pick this up (it does for controlled inputs).
 */
export function setNativeValue(element: HTMLElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => {
    setter?.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
