import { api } from '../../../lib/api-client';

/** The server's check of the audit log's hash chain. */
export type AuditVerification = {
  records: number;
  intact: boolean;
  /** The first record whose link does not match; null while the chain is intact. */
  firstBrokenId: number | null;
};

export const verifyAuditChain = () => api.get<AuditVerification>('/api/audit/verify');
