export { HrAccessPanel } from './HrAccessPanel';
export { InviteForm, type InviteExtraFields } from './InviteForm';
export { OneTimeLink } from './OneTimeLink';
