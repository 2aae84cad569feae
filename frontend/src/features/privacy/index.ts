export { EmployerViewPage } from './components/EmployerViewPage';
export { PrivacyPage } from './components/PrivacyPage';
export { en as privacyEn } from './i18n/en';
export { es as privacyEs } from './i18n/es';
