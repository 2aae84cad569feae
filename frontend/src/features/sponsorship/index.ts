export { AnnouncementPage } from './components/AnnouncementPage';
export { ProgrammeDetailPage } from './components/ProgrammeDetailPage';
export { EditProgrammePage, NewProgrammePage } from './components/ProgrammeFormPages';
export { ProgrammesPage } from './components/ProgrammesPage';
export { ProgrammesSummary } from './components/ProgrammesSummary';
export { StatementPage } from './components/StatementPage';
export { en as sponsorshipEn } from './i18n/en';
export { es as sponsorshipEs } from './i18n/es';
