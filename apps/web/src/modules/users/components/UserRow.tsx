import { USER_ROLE_LABELS, USER_ROLES, type User, type UserRole } from '@loopboard/contracts';
import { useEffect, useRef, useState } from 'react';
import { useUpdateUser } from '../hooks/useUpdateUser';

interface UserRowProps {
  user: User;
  isYou: boolean;
  onDone: (message: string) => void;
  onError: (error: unknown) => void;
}

/**
 * One user with their role and access. A role change saves at once (it is easy
 * to undo); deactivating signs the person out everywhere, so it asks first.
 */
export function UserRow({ user, isYou, onDone, onError }: UserRowProps) {
  const update = useUpdateUser(user.id);
  const [confirming, setConfirming] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  // The confirm buttons go away after answering; put focus back on the row's access button.
  useEffect(() => {
    if (!confirming && returnFocus.current) {
      returnFocus.current = false;
      toggleRef.current?.focus();
    }
  }, [confirming]);

  function changeRole(role: UserRole) {
    if (role === user.role) return;
    update.mutate(
      { role },
      {
        onSuccess: (saved) => onDone(`Changed ${saved.name}'s role to ${USER_ROLE_LABELS[saved.role]}`),
        onError,
      },
    );
  }

  function setActive(active: boolean) {
    update.mutate(
      { active },
      {
        onSuccess: (saved) => onDone(`${active ? 'Reactivated' : 'Deactivated'} ${saved.name}`),
        onError,
        onSettled: () => {
          returnFocus.current = true;
          setConfirming(false);
        },
      },
    );
  }

  function cancel() {
    returnFocus.current = true;
    setConfirming(false);
  }

  const shownRole = update.isPending && update.variables.role ? update.variables.role : user.role;
  return (
    <tr className={user.active ? undefined : 'row--inactive'}>
      <th scope="row">
        {user.name}
        {isYou && (
          <>
            {' '}
            <span className="tag tag--muted">you</span>
          </>
        )}
      </th>
      <td>{user.email}</td>
      <td>
        <select
          aria-label={`Role for ${user.name}`}
          value={shownRole}
          onChange={(event) => changeRole(event.target.value as UserRole)}
          disabled={update.isPending}
        >
          {USER_ROLES.map((role) => (
            <option key={role} value={role}>
              {USER_ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <span className={user.active ? 'status-pill status-pill--active' : 'status-pill status-pill--inactive'}>
          {user.active ? 'Active' : 'Deactivated'}
        </span>
      </td>
      <td className="user-actions">
        {confirming ? (
          <div className="inline-confirm" role="group" aria-label={`Deactivate ${user.name}?`}>
            <span className="inline-confirm__text">{`Deactivate ${user.name}? They are signed out at once.`}</span>
            <button
              type="button"
              className="button button--small button--danger"
              onClick={() => setActive(false)}
              disabled={update.isPending}
              // Moving focus here is what makes the question heard by screen reader users.
              autoFocus
            >
              Confirm deactivation
            </button>
            <button type="button" className="button button--small" onClick={cancel} disabled={update.isPending}>
              Cancel
            </button>
          </div>
        ) : (
          <button
            ref={toggleRef}
            type="button"
            className="button button--small"
            onClick={() => (user.active ? setConfirming(true) : setActive(true))}
            disabled={update.isPending}
          >
            {user.active ? 'Deactivate' : 'Reactivate'}
            <span className="visually-hidden">{` ${user.name}`}</span>
          </button>
        )}
      </td>
    </tr>
  );
}
