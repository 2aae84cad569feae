export { CrisisResources } from './CrisisResources';
