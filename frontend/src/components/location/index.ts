export { LocationSelect } from './LocationSelect';
export { LOCATIONS, SUPPORTED_STATES, isLocation, type Location } from './locations';
