export { MemberReferralCard } from './components/MemberReferralCard';
export { ReferralDetailPage } from './components/ReferralDetailPage';
export { ReferralQueuePage } from './components/ReferralQueuePage';
export { TherapistPage } from './components/TherapistPage';
export { en as referralEn } from './i18n/en';
export { es as referralEs } from './i18n/es';
