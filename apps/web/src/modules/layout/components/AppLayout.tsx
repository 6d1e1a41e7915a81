import { Suspense } from 'react';
import { Link, NavLink, Outlet } from 'react-router';
import { UserMenu } from '../../auth/components/UserMenu';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { isAdmin } from '../../auth/utils/isAdmin';
import { canReadCandidates } from '../../candidates/utils/candidateAccess';
import { canReadDashboard } from '../../dashboard/utils/dashboardAccess';
import { canReadOpenings } from '../../openings/utils/openingAccess';
import { canReadCalibration } from '../../scorecards/utils/scorecardAccess';
import { LoadingState } from '../../ui/components/LoadingState';

export function AppLayout() {
  const user = useCurrentUser();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <div className="topbar__inner">
          <Link to="/roles" className="brand">
            <span className="brand__mark" aria-hidden="true" />
            Loopboard
          </Link>
          <nav aria-label="Main">
            <ul className="nav-links">
              <li>
                <NavLink to="/my-interviews" className="nav-link">
                  My interviews
                </NavLink>
              </li>
              {canReadDashboard(user) && (
                <li>
                  <NavLink to="/dashboard" className="nav-link">
                    Dashboard
                  </NavLink>
                </li>
              )}
              <li>
                <NavLink to="/roles" className="nav-link">
                  Roles
                </NavLink>
              </li>
              <li>
                <NavLink to="/interviews" className="nav-link">
                  Interview kits
                </NavLink>
              </li>
              {canReadCandidates(user) && (
                <li>
                  <NavLink to="/candidates" className="nav-link">
                    Candidates
                  </NavLink>
                </li>
              )}
              {canReadOpenings(user) && (
                <li>
                  <NavLink to="/openings" className="nav-link">
                    Openings
                  </NavLink>
                </li>
              )}
              {canReadCalibration(user) && (
                <li>
                  <NavLink to="/calibration" className="nav-link">
                    Calibration
                  </NavLink>
                </li>
              )}
              {isAdmin(user) && (
                <>
                  <li>
                    <NavLink to="/admin/users" className="nav-link">
                      Users
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/admin/venues" className="nav-link">
                      Venues
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/admin/rejection-reasons" className="nav-link">
                      Rejection reasons
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/admin/audit" className="nav-link">
                      Audit log
                    </NavLink>
                  </li>
                </>
              )}
            </ul>
          </nav>
          <UserMenu />
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <Suspense fallback={<LoadingState label="Loading page…" />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
