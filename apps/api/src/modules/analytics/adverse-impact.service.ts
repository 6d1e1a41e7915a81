import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ETHNICITIES,
  ErrorCode,
  GENDERS,
  type AdverseImpactDimension,
  type AdverseImpactReport,
  type CandidateDemographics,
  type DemographicDimension,
  type Ethnicity,
  type Gender,
} from '@loopboard/contracts';
import { IMPACT_RATIO_THRESHOLD, MIN_REPORTED_GROUP_SIZE, adverseImpact, type GroupCounts } from '@loopboard/domain-scoring';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import type { RequestContext } from '../auth/actor.js';
import type { AnalyticsQueryDto, PutDemographicsDto } from './analytics.dto.js';
import { COMPOSITE_CTE, REACH_CTE, cohortCte, resolveScope } from './analytics-scope.js';

/** A raw composite at or above this meets the bar on the 1–4 scale ("3 = meets the bar"). */
export const SCORING_BAR = 3;

const NOT_A_GROUP = 'prefer_not_to_say';

/**
 * Volunteered demographics (admin-only writes) and the admin-only adverse-impact report. Nothing
 * here is exposed through candidate or application reads: only this service touches the table.
 */
@Injectable()
export class AdverseImpactService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async putDemographics(ctx: RequestContext, candidateId: string, body: PutDemographicsDto): Promise<CandidateDemographics> {
    return this.db.transaction(async (tx) => {
      const [candidate]: { erased_at: Date | null }[] = await tx.query(`SELECT erased_at FROM candidate WHERE id = $1 FOR UPDATE`, [
        candidateId,
      ]);
      if (!candidate) {
        throw new DomainError(ErrorCode.CANDIDATE_NOT_FOUND, `No candidate has id ${candidateId}`, [
          { field: 'candidateId', reason: 'no candidate has this id' },
        ]);
      }
      if (candidate.erased_at) {
        throw new DomainError(ErrorCode.CANDIDATE_ERASED, `Candidate ${candidateId} was erased on request; their data no longer exists`, [
          { field: 'candidateId', reason: 'was erased' },
        ]);
      }
      const [current]: { gender: Gender | null; ethnicity: Ethnicity | null }[] = await tx.query(
        `SELECT gender, ethnicity FROM candidate_demographic WHERE candidate_id = $1`,
        [candidateId],
      );
      const before = { gender: current?.gender ?? null, ethnicity: current?.ethnicity ?? null };
      const after = {
        gender: body.gender === undefined ? before.gender : body.gender,
        ethnicity: body.ethnicity === undefined ? before.ethnicity : body.ethnicity,
      };
      const changed = (['gender', 'ethnicity'] as const).filter((k) => before[k] !== after[k]);
      if (changed.length) {
        if (after.gender === null && after.ethnicity === null) {
          await tx.query(`DELETE FROM candidate_demographic WHERE candidate_id = $1`, [candidateId]);
        } else {
          await tx.query(
            `INSERT INTO candidate_demographic (candidate_id, gender, ethnicity) VALUES ($1, $2, $3)
             ON CONFLICT (candidate_id) DO UPDATE SET gender = EXCLUDED.gender, ethnicity = EXCLUDED.ethnicity, updated_at = now()`,
            [candidateId, after.gender, after.ethnicity],
          );
        }
        // Which answers changed, not their values: the log is read more widely than this table is.
        await this.audit.record(tx, ctx, {
          action: 'candidate.demographics_updated',
          entityType: 'candidate',
          entityId: candidateId,
          subject: { candidateId },
          changes: { fields: changed },
        });
      }
      return { candidateId, ...after };
    });
  }

  async report(query: AnalyticsQueryDto): Promise<AdverseImpactReport> {
    const resolved = await resolveScope(this.db.manager, query);
    const params: unknown[] = [];
    // Counts per (gender, ethnicity) over the cohort's applications; an erased candidate's answers
    // are not used (they count as not disclosed).
    const rows: {
      gender: Gender | null;
      ethnicity: Ethnicity | null;
      applicants: number;
      selected: number;
      scored: number;
      scored_high: number;
    }[] = await this.db.query(
      `WITH ${cohortCte(resolved, params)}, ${COMPOSITE_CTE}, ${REACH_CTE}
         SELECT d.gender, d.ethnicity, count(*)::int AS applicants, count(*) FILTER (WHERE p.final)::int AS selected,
                count(comp.composite)::int AS scored, count(*) FILTER (WHERE comp.composite >= ${SCORING_BAR})::int AS scored_high
           FROM progress p JOIN candidate c ON c.id = p.candidate_id
           LEFT JOIN candidate_demographic d ON d.candidate_id = p.candidate_id AND c.erased_at IS NULL
           LEFT JOIN comp ON comp.application_id = p.id
          GROUP BY d.gender, d.ethnicity`,
      params,
    );
    const dimension = (name: DemographicDimension, values: readonly string[]): AdverseImpactDimension => {
      const counts = new Map<string, GroupCounts>();
      let notDisclosed = 0;
      for (const r of rows) {
        const value = r[name];
        if (value === null || value === NOT_A_GROUP) {
          notDisclosed += Number(r.applicants);
          continue;
        }
        const g = counts.get(value) ?? { group: value, applicants: 0, selected: 0, scored: 0, scoredHigh: 0 };
        g.applicants += Number(r.applicants);
        g.selected += Number(r.selected);
        g.scored += Number(r.scored);
        g.scoredHigh += Number(r.scored_high);
        counts.set(value, g);
      }
      // In the contracts' list order, so the table reads the same every time.
      const ordered = values.flatMap((v) => (counts.has(v) ? [counts.get(v)!] : []));
      const report = adverseImpact(ordered, MIN_REPORTED_GROUP_SIZE);
      return {
        dimension: name,
        groups: report.groups,
        selectionReference: report.selectionReference,
        scoringReference: report.scoringReference,
        omittedGroups: report.omitted,
        omittedNote: report.omitted ? `omitted: ${report.omitted} group${report.omitted === 1 ? '' : 's'} too small` : null,
        notDisclosed,
      };
    };
    return {
      scope: resolved.scope,
      definitions: {
        selected: 'reached the final stage of its loop (an offer) or was hired',
        scored: `has a raw composite (role's current weights); scoring rate = share of those with composite ≥ ${SCORING_BAR}`,
        test: 'two-sided Fisher exact test of each group against the group with the highest rate',
      },
      minGroupSize: MIN_REPORTED_GROUP_SIZE,
      threshold: IMPACT_RATIO_THRESHOLD,
      dimensions: [dimension('gender', GENDERS), dimension('ethnicity', ETHNICITIES)],
    };
  }
}
