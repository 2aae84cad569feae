export { CrisisNow } from './CrisisNow';
export { CrisisResources } from './CrisisResources';
