export { HrAccessPanel } from './HrAccessPanel';
