export { PlatformHome } from './components/PlatformHome';
export { en as platformEn } from './i18n/en';
export { es as platformEs } from './i18n/es';
