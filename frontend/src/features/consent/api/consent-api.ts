import { api } from '../../../lib/api-client';
import type { Locale } from '../../../lib/i18n';

export const CONSENT_KINDS = ['TELEHEALTH', 'CARE_COORDINATION', 'RELEASE_OF_INFORMATION', 'EMPLOYER_REPORTS'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];
export type ConsentStatus = 'NOT_ACCEPTED' | 'ACCEPTED' | 'REVOKED' | 'ACCEPTED_EARLIER_VERSION';

export type ConsentDocument = {
  kind: ConsentKind;
  version: number;
  language: Locale;
  title: string;
  /** Plain text; paragraphs are separated by a blank line. */
  body: string;
  publishedAt: string;
  status: ConsentStatus;
  acceptedVersion: number | null;
  acceptedAt: string | null;
};

export const fetchConsents = (language: Locale, signal: AbortSignal) =>
  api.get<ConsentDocument[]>(`/api/consents?language=${language}`, { signal });

export const acceptConsent = (kind: ConsentKind, version: number) =>
  api.post<ConsentDocument>(`/api/consents/${kind}/accept`, { version });

export const revokeConsent = (kind: ConsentKind) => api.post<ConsentDocument>(`/api/consents/${kind}/revoke`);

export const paragraphsOf = (body: string) =>
  body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
