export const ROLES = ['PLATFORM_ADMIN', 'HR_ADMIN', 'MEMBER', 'PROVIDER'] as const;
export type Role = (typeof ROLES)[number];

export type Me = {
  id: string;
  role: Role;
  displayName: string;
  /** Present for HR_ADMIN and MEMBER only. */
  employer: { id: string; displayName: string } | null;
};

export type SignInRequest = { email: string; password: string };
