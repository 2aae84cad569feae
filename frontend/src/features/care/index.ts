export { AvailabilityPage } from './components/AvailabilityPage';
export { CarePage } from './components/CarePage';
export { FollowUpPage, type FollowUpQuestionnairesProps } from './components/FollowUpPage';
export { MemberCareCard } from './components/MemberCareCard';
export { ProviderSessionsPage } from './components/ProviderSessionsPage';
export { en as careEn } from './i18n/en';
export { es as careEs } from './i18n/es';
