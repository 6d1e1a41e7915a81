import { lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { RequireAdmin } from './modules/auth/components/RequireAdmin';
import { RequireAuth } from './modules/auth/components/RequireAuth';
import { RequireCandidateAccess } from './modules/candidates/components/RequireCandidateAccess';
import { RequireImportAccess } from './modules/imports/components/RequireImportAccess';
import { RequireOpeningAccess } from './modules/openings/components/RequireOpeningAccess';
import { AppLayout } from './modules/layout/components/AppLayout';
import { LandingRedirect } from './modules/dashboard/components/LandingRedirect';
import { RootLayout } from './modules/layout/components/RootLayout';
import { RouteErrorPage } from './pages/RouteErrorPage';

// Pages (and recharts with them) load on demand so the first download stays small.
const SignInPage = lazy(() => import('./pages/SignInPage').then((m) => ({ default: m.SignInPage })));
const RolesPage = lazy(() => import('./pages/RolesPage').then((m) => ({ default: m.RolesPage })));
const RolePage = lazy(() => import('./pages/RolePage').then((m) => ({ default: m.RolePage })));
const CandidatesPage = lazy(() => import('./pages/CandidatesPage').then((m) => ({ default: m.CandidatesPage })));
const CandidatePage = lazy(() => import('./pages/CandidatePage').then((m) => ({ default: m.CandidatePage })));
const ImportPage = lazy(() => import('./pages/ImportPage').then((m) => ({ default: m.ImportPage })));
const DuplicatesPage = lazy(() => import('./pages/DuplicatesPage').then((m) => ({ default: m.DuplicatesPage })));
const VenuesPage = lazy(() => import('./pages/VenuesPage').then((m) => ({ default: m.VenuesPage })));
const RejectionReasonsPage = lazy(() => import('./pages/RejectionReasonsPage').then((m) => ({ default: m.RejectionReasonsPage })));
const UsersPage = lazy(() => import('./pages/UsersPage').then((m) => ({ default: m.UsersPage })));
const AuditPage = lazy(() => import('./pages/AuditPage').then((m) => ({ default: m.AuditPage })));
const InterviewKitsPage = lazy(() => import('./pages/InterviewKitsPage').then((m) => ({ default: m.InterviewKitsPage })));
const InterviewKitPage = lazy(() => import('./pages/InterviewKitPage').then((m) => ({ default: m.InterviewKitPage })));
const OpeningsPage = lazy(() => import('./pages/OpeningsPage').then((m) => ({ default: m.OpeningsPage })));
const OpeningPage = lazy(() => import('./pages/OpeningPage').then((m) => ({ default: m.OpeningPage })));
const MyInterviewsPage = lazy(() => import('./pages/MyInterviewsPage').then((m) => ({ default: m.MyInterviewsPage })));
const ApplicationPage = lazy(() => import('./pages/ApplicationPage').then((m) => ({ default: m.ApplicationPage })));
const ScorecardPage = lazy(() => import('./pages/ScorecardPage').then((m) => ({ default: m.ScorecardPage })));
const LeaderboardPage = lazy(() => import('./pages/LeaderboardPage').then((m) => ({ default: m.LeaderboardPage })));
const CalibrationPage = lazy(() => import('./pages/CalibrationPage').then((m) => ({ default: m.CalibrationPage })));
const DashboardPage = lazy(() => import('./pages/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage').then((m) => ({ default: m.NotFoundPage })));

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { path: 'sign-in', element: <SignInPage /> },
      {
        path: '/',
        element: <RequireAuth />,
        children: [
          {
            element: <AppLayout />,
            children: [
              {
                // Errors inside a page render here, inside the layout, so the navigation stays usable.
                errorElement: <RouteErrorPage />,
                children: [
                  // Interviewers land on their own interviews, hiring managers on the dashboard; everyone else on the roles.
                  { index: true, element: <LandingRedirect /> },
                  // Admins, recruiters and hiring managers; the page (and the API) refuse everyone else.
                  { path: 'dashboard', element: <DashboardPage /> },
                  { path: 'my-interviews', element: <MyInterviewsPage /> },
                  // The API decides (interviewers only where they have an interview); a 403 shows the no-access page.
                  { path: 'applications/:applicationId', element: <ApplicationPage /> },
                  // The assigned interviewer's scorecard; the API decides who may file it.
                  { path: 'applications/:applicationId/interviews/:interviewId/scorecard', element: <ScorecardPage /> },
                  // Admins and hiring managers; the page (and the API) refuse everyone else.
                  { path: 'calibration', element: <CalibrationPage /> },
                  { path: 'roles', element: <RolesPage /> },
                  { path: 'roles/:roleId', element: <RolePage /> },
                  { path: 'roles/:roleId/leaderboard', element: <LeaderboardPage /> },
                  { path: 'interviews', element: <InterviewKitsPage /> },
                  { path: 'interviews/:key', element: <InterviewKitPage /> },
                  {
                    path: 'candidates',
                    element: <RequireCandidateAccess />,
                    children: [
                      { index: true, element: <CandidatesPage /> },
                      // A static segment outranks `:candidateId`, so this never reads as a candidate id.
                      { path: 'duplicates', element: <DuplicatesPage /> },
                      // One route for the whole wizard (optional id), so the page keeps its preview when the id joins the address.
                      { path: 'import/:importId?', element: <RequireImportAccess />, children: [{ index: true, element: <ImportPage /> }] },
                      { path: ':candidateId', element: <CandidatePage /> },
                    ],
                  },
                  {
                    path: 'openings',
                    element: <RequireOpeningAccess />,
                    children: [
                      { index: true, element: <OpeningsPage /> },
                      { path: ':openingId', element: <OpeningPage /> },
                      { path: ':openingId/leaderboard', element: <LeaderboardPage /> },
                    ],
                  },
                  {
                    path: 'admin',
                    element: <RequireAdmin />,
                    children: [
                      { index: true, element: <Navigate to="/admin/users" replace /> },
                      { path: 'users', element: <UsersPage /> },
                      { path: 'audit', element: <AuditPage /> },
                      { path: 'venues', element: <VenuesPage /> },
                      { path: 'rejection-reasons', element: <RejectionReasonsPage /> },
                      { path: '*', element: <NotFoundPage /> },
                    ],
                  },
                  { path: '*', element: <NotFoundPage /> },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
];
