import { Link } from 'react-router';

/** For a page the user's role may not see: the route guard, or the API answering 403 FORBIDDEN. */
interface NoAccessProps {
  /** Who the page is for, as a phrase: "admins", "recruiters and admins". */
  audience?: string;
}

export function NoAccess({ audience = 'admins' }: NoAccessProps) {
  return (
    <>
      <title>No access · Loopboard</title>
      <div className="page-header">
        <h1>{"You don't have access to this page"}</h1>
        <p className="lead">{`This page is for ${audience}. If you need it, ask an admin to change your role.`}</p>
      </div>
      <Link className="button button--primary" to="/roles">
        Go to roles
      </Link>
    </>
  );
}
