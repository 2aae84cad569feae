import { api } from '../../../lib/api-client';

/** What every invitation shows before it is accepted. */
export type InvitationBase = { email: string; displayName: string; expiresAt: string };
export type InvitationPreview = InvitationBase & { employerDisplayName: string };
export type ProviderInvitationPreview = InvitationBase & { kind: 'PSYCHOTHERAPIST' | 'PRESCRIBER' };

const path = (token: string) => `/api/invitations/${encodeURIComponent(token)}`;
const providerPath = (token: string) => `/api/provider-invitations/${encodeURIComponent(token)}`;

// Anonymous endpoints: a 401 here is no reason to send the visitor to sign in.
const anonymous = { redirectOnUnauthorized: false } as const;

export const fetchInvitation = (token: string, signal: AbortSignal) =>
  api.get<InvitationPreview>(path(token), { signal, ...anonymous });
export const acceptInvitation = (token: string, password: string) =>
  api.post<{ email: string }>(`${path(token)}/accept`, { password }, anonymous);

export const fetchProviderInvitation = (token: string, signal: AbortSignal) =>
  api.get<ProviderInvitationPreview>(providerPath(token), { signal, ...anonymous });
export const acceptProviderInvitation = (token: string, password: string) =>
  api.post<{ email: string }>(`${providerPath(token)}/accept`, { password }, anonymous);

export type PasswordErrors = Partial<Record<'password' | 'confirm', string>>;

/** Returns translation keys for each invalid field; empty when the form may be sent. */
export function validatePasswords(password: string, confirm: string): PasswordErrors {
  const errors: PasswordErrors = {};
  if (password === '') errors.password = 'invitations.password.required';
  else if (password.length < 12) errors.password = 'invitations.password.tooShort';
  else if (password.length > 200) errors.password = 'invitations.password.tooLong';
  if (confirm === '') errors.confirm = 'invitations.confirm.required';
  else if (confirm !== password) errors.confirm = 'invitations.confirm.mismatch';
  return errors;
}
