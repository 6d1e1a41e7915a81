import type { User } from '@loopboard/contracts';
import { useState } from 'react';
import { NoAccess } from '../modules/auth/components/NoAccess';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { isForbidden } from '../modules/auth/utils/isForbidden';
import { ErrorState } from '../modules/ui/components/ErrorState';
import { LoadingState } from '../modules/ui/components/LoadingState';
import { NewUserForm } from '../modules/users/components/NewUserForm';
import { UserActionErrorAlert } from '../modules/users/components/UserActionErrorAlert';
import { UsersTable } from '../modules/users/components/UsersTable';
import { useUsers } from '../modules/users/hooks/useUsers';

export function UsersPage() {
  const users = useUsers();
  const me = useCurrentUser();
  const [status, setStatus] = useState('');
  const [actionError, setActionError] = useState<unknown>(null);

  if (isForbidden(users.error)) return <NoAccess />;

  function done(message: string) {
    setActionError(null);
    setStatus(message);
  }

  function failed(error: unknown) {
    setStatus('');
    setActionError(error);
  }

  let list;
  if (users.isError) {
    list = (
      <ErrorState
        title="The users could not be loaded."
        error={users.error}
        onRetry={() => void users.refetch()}
        retrying={users.isFetching}
      />
    );
  } else if (!users.data) {
    list = <LoadingState label="Loading users…" />;
  } else {
    list = <UsersTable users={users.data} currentUserId={me?.id} onDone={done} onError={failed} />;
  }

  return (
    <>
      <title>Users · Loopboard</title>
      <div className="page-header">
        <h1>Users</h1>
        <p className="lead">
          Who can sign in to Loopboard and what their role lets them do. Changing someone's role or deactivating them
          signs them out at once; a deactivated user can be reactivated later.
        </p>
      </div>
      <div className="admin-layout">
        <section className="card" aria-label="Users">
          {actionError !== null && <UserActionErrorAlert error={actionError} />}
          <p role="status" className="page-status">
            {status}
          </p>
          {list}
        </section>
        <section className="card" aria-labelledby="add-user-heading">
          <h2 id="add-user-heading">Add a user</h2>
          <NewUserForm onAdded={(user: User) => done(`Added ${user.name}`)} />
        </section>
      </div>
    </>
  );
}
