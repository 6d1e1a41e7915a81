import { Link } from 'react-router';

/** For a page the user's role may not see: the route guard, or the API answering 403 FORBIDDEN. */
export function NoAccess() {
  return (
    <>
      <title>No access · Loopboard</title>
      <div className="page-header">
        <h1>{"You don't have access to this page"}</h1>
        <p className="lead">This page is for admins. If you need it, ask an admin to change your role.</p>
      </div>
      <Link className="button button--primary" to="/roles">
        Go to roles
      </Link>
    </>
  );
}
