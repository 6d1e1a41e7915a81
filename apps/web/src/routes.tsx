import { lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { AppLayout } from './modules/layout/components/AppLayout';
import { RouteErrorPage } from './pages/RouteErrorPage';

// Pages (and recharts with them) load on demand so the first download stays small.
const RolesPage = lazy(() => import('./pages/RolesPage').then((m) => ({ default: m.RolesPage })));
const RolePage = lazy(() => import('./pages/RolePage').then((m) => ({ default: m.RolePage })));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage').then((m) => ({ default: m.NotFoundPage })));

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        // Errors inside a page render here, inside the layout, so the navigation stays usable.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <Navigate to="/roles" replace /> },
          { path: 'roles', element: <RolesPage /> },
          { path: 'roles/:roleId', element: <RolePage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
