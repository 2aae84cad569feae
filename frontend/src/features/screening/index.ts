export { ScreeningPage } from './components/ScreeningPage';
export { ScoresPage } from './components/ScoresPage';
export { QuestionnaireSequence, type QuestionnaireSequenceProps } from './components/QuestionnaireSequence';
export { en as screeningEn } from './i18n/en';
export { es as screeningEs } from './i18n/es';
