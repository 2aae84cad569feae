export { HrAccessPanel } from './HrAccessPanel';
export { OneTimeLink } from './OneTimeLink';
