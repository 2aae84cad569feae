import type { Role } from '../features/auth';

export const HOME_PATH: Record<Role, string> = {
  PLATFORM_ADMIN: '/admin',
  HR_ADMIN: '/hr',
  MEMBER: '/member',
  PROVIDER: '/provider',
};
