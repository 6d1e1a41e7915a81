import type { CreateUserRequest, UpdateUserRequest, User } from '@loopboard/contracts';
import { apiFetch } from '../../api/apiFetch';

const userPath = (userId: string) => `/users/${encodeURIComponent(userId)}`;

export const usersApi = {
  list: (signal?: AbortSignal) => apiFetch<User[]>('/users', { signal }),
  create: (body: CreateUserRequest) => apiFetch<User>('/users', { method: 'POST', body }),
  update: (userId: string, body: UpdateUserRequest) => apiFetch<User>(userPath(userId), { method: 'PATCH', body }),
};
