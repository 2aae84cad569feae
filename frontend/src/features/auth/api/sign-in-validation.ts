import type { SignInRequest } from './types';

export type SignInErrors = Partial<Record<keyof SignInRequest, string>>;

// Deliberately loose: the server has the final word, this only catches obvious slips early.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Returns translation keys for each invalid field; empty when the form may be sent. */
export function validateSignIn({ email, password }: SignInRequest): SignInErrors {
  const errors: SignInErrors = {};
  const trimmed = email.trim();
  if (trimmed === '') errors.email = 'auth.email.required';
  else if (trimmed.length > 254 || !EMAIL_SHAPE.test(trimmed)) errors.email = 'auth.email.malformed';
  if (password === '') errors.password = 'auth.password.required';
  else if (password.length > 200) errors.password = 'auth.password.tooLong';
  return errors;
}
