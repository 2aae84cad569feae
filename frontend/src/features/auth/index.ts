export { SessionProvider, useSession } from './components/SessionProvider';
export { SignInPage } from './components/SignInPage';
export { SignOutButton } from './components/SignOutButton';
export { ROLES, type Me, type Role } from './api/types';
export { en as authEn } from './i18n/en';
export { es as authEs } from './i18n/es';
