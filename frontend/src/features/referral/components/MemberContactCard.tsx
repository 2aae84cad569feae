import { Card } from '../../../components/ui';
import { formatCalendarDate, useLocale, useT } from '../../../lib/i18n';
import type { ReferralDetail } from '../api/referral-api';

/** Who the member is, only once the psychotherapist accepted and while the member's consent holds. */
export function MemberContactCard({ detail }: { detail: ReferralDetail }) {
  const t = useT();
  const { locale } = useLocale();
  const identity = detail.identity;
  if (!identity) {
    const why = detail.identityWithheld ?? 'UNAVAILABLE';
    return (
      <Card title={t('referral.contact.heading')} testId="contact-withheld">
        <p data-withheld={why}>{t(`referral.contact.withheld.${why}`)}</p>
      </Card>
    );
  }
  const notGiven = <span className="muted">{t('referral.contact.notGiven')}</span>;
  return (
    <Card title={t('referral.contact.heading')} testId="member-contact">
      <p className="note">{t('referral.contact.recorded')}</p>
      <dl className="facts">
        <dt>{t('referral.contact.legalName')}</dt>
        <dd>{identity.legalName}</dd>
        <dt>{t('referral.contact.birthDate')}</dt>
        <dd>{identity.birthDate ? formatCalendarDate(identity.birthDate, locale) : notGiven}</dd>
        <dt>{t('referral.contact.email')}</dt>
        <dd>
          <a href={`mailto:${identity.email}`}>{identity.email}</a>
        </dd>
        <dt>{t('referral.contact.phone')}</dt>
        <dd>{identity.phone ? <a href={`tel:${identity.phone.replace(/[^\d+]/g, '')}`}>{identity.phone}</a> : notGiven}</dd>
        <dt>{t('referral.contact.address')}</dt>
        <dd className="pre-line">{identity.address || notGiven}</dd>
      </dl>
    </Card>
  );
}
