export { MemberEmployerReport } from './components/MemberEmployerReport';
export { PrintReportPage } from './components/PrintReportPage';
export { ReportsCard } from './components/ReportsCard';
export { ReportsOverviewPage } from './components/ReportsOverviewPage';
export { ReportsPage } from './components/ReportsPage';
export { en as reportingEn } from './i18n/en';
export { es as reportingEs } from './i18n/es';
