export { ConsentsPage } from './components/ConsentsPage';
export { en as consentEn } from './i18n/en';
export { es as consentEs } from './i18n/es';
