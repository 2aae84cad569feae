import { Link } from 'react-router-dom';
import { Card, ConfirmAction } from '../../../components/ui';
import { useT } from '../../../lib/i18n';

type Props = { programmeId: string; code: string; onRotate: () => Promise<unknown> };

export function EnrolmentCodeCard({ programmeId, code, onRotate }: Props) {
  const t = useT();
  return (
    <Card title={t('sponsorship.code.heading')} testId="enrolment-code-card">
      <p>{t('sponsorship.code.intro')}</p>
      <p className="code" data-testid="enrolment-code" translate="no">
        {code}
      </p>
      <div className="actions">
        <Link to={`/hr/programmes/${encodeURIComponent(programmeId)}/announcement`} className="button button--primary">
          {t('sponsorship.code.announcement')}
        </Link>
        <ConfirmAction
          label={t('sponsorship.code.rotate')}
          triggerTestId="rotate-code"
          question={t('sponsorship.code.rotateQuestion')}
          explanation={<p>{t('sponsorship.code.rotateExplanation')}</p>}
          confirmLabel={t('sponsorship.code.rotateConfirm')}
          onConfirm={onRotate}
        />
      </div>
    </Card>
  );
}
