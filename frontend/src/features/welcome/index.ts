export { WelcomePage } from './components/WelcomePage';
export { en as welcomeEn } from './i18n/en';
export { es as welcomeEs } from './i18n/es';
