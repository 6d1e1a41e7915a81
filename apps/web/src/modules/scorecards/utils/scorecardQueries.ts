import { queryOptions } from '@tanstack/react-query';
import { scorecardsApi, type LeaderboardScope } from './scorecardsApi';

export const scorecardQueryKeys = {
  mine: (interviewId: string) => ['interviews', interviewId, 'scorecard'] as const,
  // Under the application, so invalidating an application refreshes its scorecards and score.
  ofApplication: (applicationId: string) => ['applications', applicationId, 'scorecards'] as const,
  score: (applicationId: string) => ['applications', applicationId, 'score'] as const,
  leaderboards: ['leaderboards'] as const,
  leaderboard: (scope: LeaderboardScope, search: string) => ['leaderboards', scope.kind, scope.id, search] as const,
  calibration: (roleId: string) => ['calibration', roleId] as const,
};

export const scorecardQueries = {
  mine: (interviewId: string) =>
    queryOptions({ queryKey: scorecardQueryKeys.mine(interviewId), queryFn: ({ signal }) => scorecardsApi.mine(interviewId, signal) }),
  ofApplication: (applicationId: string) =>
    queryOptions({
      queryKey: scorecardQueryKeys.ofApplication(applicationId),
      queryFn: ({ signal }) => scorecardsApi.ofApplication(applicationId, signal),
    }),
  score: (applicationId: string) =>
    queryOptions({
      queryKey: scorecardQueryKeys.score(applicationId),
      queryFn: ({ signal }) => scorecardsApi.score(applicationId, signal),
    }),
  leaderboard: (scope: LeaderboardScope, search: string) =>
    queryOptions({
      queryKey: scorecardQueryKeys.leaderboard(scope, search),
      queryFn: ({ signal }) => scorecardsApi.leaderboard(scope, search, signal),
    }),
  calibration: (roleId: string) =>
    queryOptions({ queryKey: scorecardQueryKeys.calibration(roleId), queryFn: ({ signal }) => scorecardsApi.calibration(roleId, signal) }),
};
