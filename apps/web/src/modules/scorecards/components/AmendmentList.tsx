import type { ScorecardAmendment } from '@loopboard/contracts';
import type { CompetencyNames } from '../../roles/utils/competencyNames';
import { formatDateTime } from '../../ui/utils/formatDateTime';
import { formatRating, formatRecommendation } from '../utils/scorecardVocabulary';

interface AmendmentListProps {
  amendments: ScorecardAmendment[];
  names: CompetencyNames;
}

/** Corrections after submission, oldest first: who, when, why, and what changed (before → after). */
export function AmendmentList({ amendments, names }: AmendmentListProps) {
  if (amendments.length === 0) return null;
  return (
    <ol className="amendment-list" aria-label="Amendments">
      {amendments.map((a) => {
        const changes = a.after.ratings.flatMap((after) => {
          const before = a.before.ratings.find((b) => b.competency === after.competency);
          const lines: string[] = [];
          if (before?.rating !== after.rating)
            lines.push(`${names[after.competency]}: ${formatRating(before?.rating ?? null)} → ${formatRating(after.rating)}`);
          if ((before?.evidence ?? '') !== after.evidence)
            lines.push(`${names[after.competency]} evidence: “${before?.evidence ?? ''}” → “${after.evidence}”`);
          return lines;
        });
        if (a.before.recommendation !== a.after.recommendation)
          changes.push(
            `Recommendation: ${formatRecommendation(a.before.recommendation)} → ${formatRecommendation(a.after.recommendation)}`,
          );
        return (
          <li key={a.id} className="amendment">
            <p>
              <strong>{`Amended by ${a.author.name}`}</strong> <span className="hint">{formatDateTime(a.createdAt)}</span>
            </p>
            <p>{`Reason: ${a.reason}`}</p>
            {changes.length > 0 ? (
              <ul>
                {changes.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            ) : (
              <p className="hint">No values changed.</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
