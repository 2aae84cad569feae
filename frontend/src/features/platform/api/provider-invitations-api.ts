import { api } from '../../../lib/api-client';

export const PROVIDER_KINDS = ['PSYCHOTHERAPIST', 'PRESCRIBER'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

export type ProviderInvitationStatus = 'PENDING' | 'ACCEPTED' | 'REVOKED' | 'EXPIRED';

export type ProviderInvitation = {
  id: string;
  email: string;
  displayName: string;
  kind: ProviderKind;
  createdAt: string;
  expiresAt: string;
  status: ProviderInvitationStatus;
};

export type ProviderInvitationRequest = { email: string; displayName: string; kind: ProviderKind };

/** `acceptPath` (/invitations/provider/<token>) is shown once: the token is not stored readable. */
export type CreatedProviderInvitation = {
  id: string;
  email: string;
  displayName: string;
  kind: ProviderKind;
  expiresAt: string;
  acceptPath: string;
};

const BASE = '/api/providers/invitations';

export const fetchProviderInvitations = (signal: AbortSignal) => api.get<ProviderInvitation[]>(BASE, { signal });
export const inviteProvider = (request: ProviderInvitationRequest) =>
  api.post<CreatedProviderInvitation>(BASE, request);
export const revokeProviderInvitation = (id: string) => api.delete(`${BASE}/${encodeURIComponent(id)}`);
