export { EmployerHome } from './components/EmployerHome';
export { TeamPage } from './components/TeamPage';
export { en as employerEn } from './i18n/en';
export { es as employerEs } from './i18n/es';
