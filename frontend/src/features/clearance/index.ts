export { CaseDetailPage } from './components/CaseDetailPage';
export { ClearanceQueuePage } from './components/ClearanceQueuePage';
export { MemberClearanceCard } from './components/MemberClearanceCard';
export { en as clearanceEn } from './i18n/en';
export { es as clearanceEs } from './i18n/es';
