import type { ReactNode } from 'react';

interface ErrorAlertProps {
  title?: string;
  tone?: 'error' | 'warning';
  children?: ReactNode;
}

/** The app's one alert box: announced to screen readers, with an optional bold first line. */
export function ErrorAlert({ title, tone = 'error', children }: ErrorAlertProps) {
  return (
    <div className={`alert alert--${tone}`} role="alert">
      {title && <p className="alert__title">{title}</p>}
      {children}
    </div>
  );
}
