export { EnrolmentPage } from './components/EnrolmentPage';
export { en as enrolmentEn } from './i18n/en';
export { es as enrolmentEs } from './i18n/es';
