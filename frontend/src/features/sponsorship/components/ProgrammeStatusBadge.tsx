import { StatusBadge } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import type { ProgrammeStatus } from '../api/types';

const TONE = { DRAFT: 'warning', ACTIVE: 'positive', CLOSED: 'neutral' } as const;

export function ProgrammeStatusBadge({ status }: { status: ProgrammeStatus }) {
  const t = useT();
  return (
    <StatusBadge tone={TONE[status]} testId="programme-status">
      {t(`sponsorship.status.${status}`)}
    </StatusBadge>
  );
}
