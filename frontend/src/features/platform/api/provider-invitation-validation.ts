import type { ProviderKind } from './provider-invitations-api';

export type ProviderInviteValues = { email: string; displayName: string; kind: ProviderKind | '' };

export const PROVIDER_INVITE_FIELDS = ['email', 'displayName', 'kind'] as const;
export type ProviderInviteField = (typeof PROVIDER_INVITE_FIELDS)[number];
export const PROVIDER_INVITE_FIELD_IDS: Record<ProviderInviteField, string> = {
  email: 'provider-invite-email',
  displayName: 'provider-invite-name',
  kind: 'provider-invite-kind',
};

export const EMAIL_MAX = 254;
export const DISPLAY_NAME_MAX = 120;
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Translation keys of what is wrong, by field. */
export function validateProviderInvite(values: ProviderInviteValues): Partial<Record<ProviderInviteField, string>> {
  const errors: Partial<Record<ProviderInviteField, string>> = {};
  const email = values.email.trim();
  if (email === '') errors.email = 'platform.providerInvite.email.required';
  else if (email.length > EMAIL_MAX || !EMAIL_SHAPE.test(email)) errors.email = 'platform.providerInvite.email.malformed';
  const name = values.displayName.trim();
  if (name === '') errors.displayName = 'platform.providerInvite.name.required';
  else if (name.length > DISPLAY_NAME_MAX) errors.displayName = 'platform.providerInvite.name.tooLong';
  if (values.kind === '') errors.kind = 'platform.providerInvite.kind.required';
  return errors;
}
