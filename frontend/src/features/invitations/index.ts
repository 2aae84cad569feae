export { InvitationPage } from './components/InvitationPage';
export { ProviderInvitationPage } from './components/ProviderInvitationPage';
export { en as invitationsEn } from './i18n/en';
export { es as invitationsEs } from './i18n/es';
