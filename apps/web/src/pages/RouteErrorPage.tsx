import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/** Shown when rendering a route throws, e.g. a page's code chunk failed to download after a deploy. */
export function RouteErrorPage() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <div className="error-page" role="alert">
      <title>Something went wrong · Loopboard</title>
      <h1>Something went wrong</h1>
      <p className="lead">This page failed to load. Reloading usually fixes it.</p>
      <p className="hint">{detail}</p>
      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          Reload page
        </button>
        <Link className="button" to="/roles" reloadDocument>
          Go to roles
        </Link>
      </div>
    </div>
  );
}
