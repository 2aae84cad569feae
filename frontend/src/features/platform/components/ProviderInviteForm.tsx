import { InviteForm } from '../../../components/hr-access';
import { SelectField } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import { inviteProvider, PROVIDER_KINDS, type ProviderKind } from '../api/provider-invitations-api';

const KIND_ID = 'provider-invite-kind';

/** The invitation form HR admins are invited with, plus the kind of provider and this page's words and ids. */
export function ProviderInviteForm({ onInvited }: { onInvited: () => void }) {
  const t = useT();
  return (
    <InviteForm
      submit={({ email, displayName, kind }) => inviteProvider({ email, displayName, kind: kind as ProviderKind })}
      onInvited={onInvited}
      ids={{ email: 'provider-invite-email', displayName: 'provider-invite-name' }}
      emailLabel={t('platform.providerInvite.email.label')}
      nameLabel={t('platform.providerInvite.name.label')}
      nameHint={t('platform.providerInvite.name.hint')}
      conflict={{
        title: t('platform.providerInvite.conflict.title'),
        detail: t('platform.providerInvite.conflict.detail'),
      }}
      testIds={{ form: 'provider-invite-form', submit: 'send-provider-invitation' }}
      extra={{
        ids: { kind: KIND_ID },
        initial: { kind: '' },
        validate: ({ kind }) => (kind === '' ? { kind: 'platform.providerInvite.kind.required' } : {}),
        render: ({ values, errorFor, change }) => (
          <SelectField
            id={KIND_ID}
            name="kind"
            label={t('platform.providerInvite.kind.label')}
            placeholder={t('platform.providerInvite.kind.choose')}
            options={PROVIDER_KINDS.map((kind) => ({ value: kind, label: t(`platform.providerKind.${kind}`) }))}
            required
            value={values.kind}
            error={errorFor('kind')}
            onValueChange={(value) => change('kind', value)}
          />
        ),
      }}
    />
  );
}
