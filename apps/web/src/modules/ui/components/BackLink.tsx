import { Link } from 'react-router';

interface BackLinkProps {
  to: string;
  label: string;
}

export function BackLink({ to, label }: BackLinkProps) {
  return (
    <nav className="breadcrumb" aria-label="Breadcrumb">
      <Link to={to}>
        <span aria-hidden="true">← </span>
        {label}
      </Link>
    </nav>
  );
}
