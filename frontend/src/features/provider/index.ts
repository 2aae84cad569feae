export { ProviderHome } from './components/ProviderHome';
export { en as providerEn } from './i18n/en';
export { es as providerEs } from './i18n/es';
