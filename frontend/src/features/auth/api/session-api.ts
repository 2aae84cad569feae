import { api } from '../../../lib/api-client';
import type { Me, SignInRequest } from './types';

export function fetchMe(signal?: AbortSignal): Promise<Me> {
  // A visitor who is not signed in is an answer here, not a reason to leave the page.
  return api.get<Me>('/api/identity/me', { signal, redirectOnUnauthorized: false });
}

export async function signIn(request: SignInRequest): Promise<Me> {
  const { user } = await api.post<{ user: Me }>('/api/identity/sessions', request);
  return user;
}

export function signOut(): Promise<void> {
  return api.delete('/api/identity/sessions/current', { redirectOnUnauthorized: false });
}
