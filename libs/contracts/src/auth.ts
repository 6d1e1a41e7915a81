/** The four kinds of user (DESIGN.md "Who uses it"). */
export const USER_ROLES = ['admin', 'recruiter', 'hiring_manager', 'interviewer'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const USER_ROLE_LABELS: Record<UserRole, string> = {
  admin: 'Admin',
  recruiter: 'Recruiter',
  hiring_manager: 'Hiring manager',
  interviewer: 'Interviewer',
};

export interface User {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  active: boolean;
  createdAt: string;
  deactivatedAt: string | null;
}

/** An active user as the directory shows them to admins, recruiters and hiring managers (no email, no timestamps). */
export interface DirectoryUser {
  id: string;
  name: string;
  role: UserRole;
}

/** `GET /api/users/directory`: active users only, sorted by name; `role` narrows to one role. */
export interface UserDirectoryQuery {
  role?: UserRole;
}

export interface SignInRequest {
  email: string;
  password: string;
}

/**
 * The signed-in session. `csrfToken` must be sent as the `X-CSRF-Token` header
 * on every state-changing request (POST, PUT, PATCH, DELETE).
 */
export interface SessionResponse {
  user: User;
  csrfToken: string;
  expiresAt: string;
  idleTimeoutSeconds: number;
}

export interface CreateUserRequest {
  email: string;
  name: string;
  role: UserRole;
  password: string;
}

/** Only the fields given change. `active: false` ends the user's sessions at once. */
export interface UpdateUserRequest {
  name?: string;
  role?: UserRole;
  active?: boolean;
  password?: string;
}

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
