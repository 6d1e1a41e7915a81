import type { User } from '@loopboard/contracts';
import { UserRow } from './UserRow';

interface UsersTableProps {
  users: User[];
  currentUserId: string | undefined;
  onDone: (message: string) => void;
  onError: (error: unknown) => void;
}

export function UsersTable({ users, currentUserId, onDone, onError }: UsersTableProps) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>All users</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <UserRow key={user.id} user={user} isYou={user.id === currentUserId} onDone={onDone} onError={onError} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
