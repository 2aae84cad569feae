export { MemberDetailsPage } from './components/MemberDetailsPage';
export { MemberHome } from './components/MemberHome';
export { en as memberEn } from './i18n/en';
export { es as memberEs } from './i18n/es';
