import { Link, useLocation } from 'react-router';

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <>
      <title>Page not found · Loopboard</title>
      <div className="page-header">
        <h1>Page not found</h1>
        <p className="lead">
          Nothing lives at <code>{pathname}</code>. The link may be out of date.
        </p>
      </div>
      <Link className="button button--primary" to="/roles">
        Go to roles
      </Link>
    </>
  );
}
