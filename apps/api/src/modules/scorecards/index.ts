export { leaderboardSql, type LeaderboardSqlRow } from './scores.service.js';
export { recomputeApplicationAggregates } from './score-aggregates.js';
