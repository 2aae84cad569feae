import { api } from '../../lib/api-client';

/**
 * The same calls serve the platform operator (`/api/employers/{id}`) and an HR admin
 * (`/api/employers/current`); the caller passes the employer's base path.
 */
export type HrAdmin = { id: string; displayName: string; status: 'ACTIVE' | 'DISABLED'; you: boolean };

export type InvitationStatus = 'PENDING' | 'ACCEPTED' | 'EXPIRED' | 'REVOKED';
export type Invitation = {
  id: string;
  email: string;
  displayName: string;
  createdAt: string;
  expiresAt: string;
  status: InvitationStatus;
};
export type InvitationRequest = { email: string; displayName: string };
export type CreatedInvitation = { id: string; email: string; displayName: string; expiresAt: string; acceptPath: string };

export const fetchHrAdmins = (base: string, signal: AbortSignal) => api.get<HrAdmin[]>(`${base}/hr-admins`, { signal });
export const deactivateHrAdmin = (base: string, accountId: string) =>
  api.post<void>(`${base}/hr-admins/${encodeURIComponent(accountId)}/deactivate`);
export const fetchInvitations = (base: string, signal: AbortSignal) =>
  api.get<Invitation[]>(`${base}/invitations`, { signal });
export const createInvitation = (base: string, request: InvitationRequest) =>
  api.post<CreatedInvitation>(`${base}/invitations`, request);
export const revokeInvitation = (base: string, invitationId: string) =>
  api.delete(`${base}/invitations/${encodeURIComponent(invitationId)}`);
