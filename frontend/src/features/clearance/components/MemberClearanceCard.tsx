import { Card, QueryStatus } from '../../../components/ui';
import { formatDateTime, useLocale, useT } from '../../../lib/i18n';
import { useApiQuery } from '../../../lib/use-api-query';
import { fetchMyClearance, isKnown, SETTINGS, type MyClearance } from '../api/clearance-api';

/**
 * The member's medical clearance, for the member home. Before the questionnaires are finished
 * there is no case yet (404) and the card is left out.
 */
export function MemberClearanceCard() {
  const t = useT();
  const clearance = useApiQuery('my-clearance', fetchMyClearance);
  if (clearance.status === 'loading') return null;
  if (clearance.status === 'error') {
    if (clearance.problem.status === 404) return null;
    return (
      <Card title={t('clearance.member.heading')} testId="clearance-status">
        <QueryStatus state={clearance} />
      </Card>
    );
  }
  return (
    <Card title={t('clearance.member.heading')} testId="clearance-status">
      <ClearanceText clearance={clearance.data} />
    </Card>
  );
}

function ClearanceText({ clearance }: { clearance: MyClearance }) {
  const t = useT();
  const { locale } = useLocale();
  const message = clearance.messageToMember?.trim();
  const decidedOn = clearance.decidedAt && (
    <p className="muted">{t('clearance.member.decidedAt', { date: formatDateTime(clearance.decidedAt, locale) })}</p>
  );
  const quoted = message && (
    <>
      <p>{t('clearance.member.messageFrom')}</p>
      <p className="quoted-message" data-testid="clearance-message">
        {message}
      </p>
    </>
  );

  switch (clearance.status) {
    case 'CLEARED':
      return (
        <div data-clearance-status="CLEARED">
          <p>
            {clearance.setting && isKnown(SETTINGS, clearance.setting)
              ? t('clearance.member.cleared.withSetting', { setting: t(`clearance.member.setting.${clearance.setting}`) })
              : t('clearance.member.cleared')}
          </p>
          {quoted}
          <p>{t('clearance.member.cleared.next')}</p>
          {decidedOn}
        </div>
      );
    case 'NOT_CLEARED':
      return (
        <div data-clearance-status="NOT_CLEARED">
          <p>{t('clearance.member.notCleared')}</p>
          {quoted}
          <p data-testid="clearance-other-support">{t('clearance.member.otherSupport')}</p>
          {decidedOn}
        </div>
      );
    case 'MORE_INFORMATION':
      return (
        <div data-clearance-status="MORE_INFORMATION">
          <p>{t('clearance.member.moreInformation')}</p>
          {quoted}
          {decidedOn}
        </div>
      );
    default:
      return (
        <div data-clearance-status={clearance.status}>
          <p>{t('clearance.member.reviewing')}</p>
          <p className="muted">{t('clearance.member.reviewingNote')}</p>
        </div>
      );
  }
}
