export { EmployerDetailPage } from './components/EmployerDetailPage';
export { LicencesPage } from './components/LicencesPage';
export { NewEmployerPage } from './components/NewEmployerPage';
export { PlatformHome } from './components/PlatformHome';
export { ProviderInvitationsPage } from './components/ProviderInvitationsPage';
export { en as platformEn } from './i18n/en';
export { es as platformEs } from './i18n/es';
