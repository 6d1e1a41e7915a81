import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { AuthProvider } from '../../auth/components/AuthProvider';
import { LoadingState } from '../../ui/components/LoadingState';

/** Every route, signed in or not, knows the session; pages outside the app frame (sign-in) load lazily here. */
export function RootLayout() {
  return (
    <AuthProvider>
      <Suspense
        fallback={
          <div className="auth-splash">
            <LoadingState label="Loading page…" />
          </div>
        }
      >
        <Outlet />
      </Suspense>
    </AuthProvider>
  );
}
