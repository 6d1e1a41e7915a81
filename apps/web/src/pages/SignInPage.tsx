import { ErrorCode } from '@loopboard/contracts';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { isApiRequestError } from '../modules/api/ApiRequestError';
import { SignInErrorAlert } from '../modules/auth/components/SignInErrorAlert';
import { useAuth } from '../modules/auth/hooks/useAuth';
import { useSignIn } from '../modules/auth/hooks/useSignIn';
import { safeNextPath } from '../modules/auth/utils/safeNextPath';

export function SignInPage() {
  const id = useId();
  const { user, signedOutReason } = useAuth();
  const [searchParams] = useSearchParams();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const passwordRef = useRef<HTMLInputElement>(null);

  // Signed in, whether just now or already on arrival: go where the user was headed.
  if (user) return <Navigate to={safeNextPath(searchParams.get('next'))} replace />;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signIn.isPending) return;
    signIn.mutate(
      { email: email.trim(), password },
      {
        onError: (error) => {
          if (isApiRequestError(error) && error.code === ErrorCode.INVALID_CREDENTIALS) {
            setPassword('');
            passwordRef.current?.focus();
          }
        },
      },
    );
  }

  return (
    <div className="auth-page">
      <title>Sign in · Loopboard</title>
      <main className="auth-card card">
        <p className="auth-card__brand">
          <span className="brand__mark" aria-hidden="true" />
          Loopboard
        </p>
        <h1>Sign in to Loopboard</h1>
        {signedOutReason === 'expired' && (
          <p className="notice" role="status">
            Your session has expired. Sign in again to continue.
          </p>
        )}
        <form className="auth-form" onSubmit={submit}>
          <div className="field">
            <label htmlFor={`${id}-email`}>Email</label>
            <input
              id={`${id}-email`}
              name="email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-password`}>Password</label>
            <input
              id={`${id}-password`}
              ref={passwordRef}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </div>
          {signIn.isError && <SignInErrorAlert error={signIn.error} />}
          <button type="submit" className="button button--primary auth-form__submit" disabled={signIn.isPending} aria-busy={signIn.isPending}>
            {signIn.isPending && <span className="spinner spinner--on-accent" aria-hidden="true" />}
            {signIn.isPending ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
        <p className="hint">No account yet? Ask a Loopboard admin to add you.</p>
      </main>
    </div>
  );
}
