import { Link } from 'react-router-dom';
import { Card } from '../../../components/ui';
import { formatDateTime, useLocale, useT } from '../../../lib/i18n';
import type { MyEnrolment } from '../api/enrolment-api';

/** The member's own enrolment: programme, sponsor, where they will be. */
export function EnrolmentSummary({ enrolment }: { enrolment: MyEnrolment }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <Card title={t('member.enrolment.heading')} testId="my-enrolment">
      <dl className="facts">
        <dt>{t('member.enrolment.programme')}</dt>
        <dd data-testid="enrolment-programme">{enrolment.programmeName}</dd>
        <dt>{t('member.enrolment.sponsor')}</dt>
        <dd>{enrolment.employerDisplayName}</dd>
        <dt>{t('member.enrolment.location')}</dt>
        <dd data-testid="enrolment-location">{t(`location.${enrolment.state}`)}</dd>
        <dt>{t('member.enrolment.status')}</dt>
        <dd>{t(`member.enrolment.status.${enrolment.status}`)}</dd>
        <dt>{t('member.enrolment.enrolledAt')}</dt>
        <dd>{formatDateTime(enrolment.enrolledAt, locale)}</dd>
      </dl>
      <p className="after-form">
        <Link to="/member/details">{t('member.enrolment.detailsLink')}</Link>
      </p>
    </Card>
  );
}
