import { DataTable, QueryStatus, type Column } from '../../../components/ui';
import { formatDateTime, useLocale, useT, type Translate } from '../../../lib/i18n';
import { useApiQuery } from '../../../lib/use-api-query';
import { fetchMyIdentityViews, type IdentityView } from '../api/enrolment-api';

/** The server's word for the member themself, as a viewer. */
const SELF = 'You';

type Row = IdentityView & { key: string };

/** "Who has opened your details": every recorded opening of the member's identity, newest first. */
export function IdentityViews() {
  const t = useT();
  const { locale } = useLocale();
  const views = useApiQuery<IdentityView[]>('my-identity-views', fetchMyIdentityViews);

  const columns: Column<Row>[] = [
    { header: t('member.identityViews.when'), cell: (row) => formatDateTime(row.viewedAt, locale) },
    { header: t('member.identityViews.who'), cell: (row) => (row.viewer === SELF ? t('member.identityViews.you') : row.viewer) },
    { header: t('member.identityViews.role'), cell: (row) => roleText(row.role, t) },
    { header: t('member.identityViews.why'), cell: (row) => purposeText(row.purpose, t) },
  ];

  return (
    <section className="section" aria-labelledby="identity-views-heading" data-testid="identity-views">
      <h2 id="identity-views-heading">{t('member.identityViews.heading')}</h2>
      <p className="note">{t('member.identityViews.explanation')}</p>
      {views.status === 'success' ? (
        <DataTable
          caption={t('member.identityViews.caption')}
          columns={columns}
          rows={views.data.map((view, index) => ({ ...view, key: String(index) }))}
          rowKey={(row) => row.key}
          emptyText={t('member.identityViews.empty')}
          testId="identity-views-table"
        />
      ) : (
        <QueryStatus state={views} />
      )}
    </section>
  );
}

function roleText(role: string, t: Translate): string {
  switch (role) {
    case 'MEMBER':
      return t('member.identityViews.role.MEMBER');
    case 'PROVIDER':
      return t('member.identityViews.role.PROVIDER');
    default:
      return role;
  }
}

/** The purposes the app knows are translated; any other is shown as the server sent it. */
function purposeText(purpose: string, t: Translate): string {
  switch (purpose) {
    case 'medical clearance':
      return t('member.identityViews.purpose.clearance');
    case 'psychotherapy referral':
      return t('member.identityViews.purpose.referral');
    case 'member viewing own details':
      return t('member.identityViews.purpose.self');
    default:
      return purpose;
  }
}
