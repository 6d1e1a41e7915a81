import type { CandidateSignals, SignalsExplanation } from '@loopboard/contracts';
import { TIER_LABELS } from '../utils/candidateVocabulary';
import { formatCredit, formatShare } from '../utils/formatSignals';

interface CandidateSignalsPanelProps {
  signals: CandidateSignals;
  explanation: SignalsExplanation;
}

const paperLabel = (ref: { title: string; venue: string | null; year: number | null }) =>
  [ref.title, [ref.venue, ref.year].filter(Boolean).join(' ')].filter(Boolean).join(' — ');

/** The headline numbers, each with the papers or repositories behind it; raw paper count is deliberately absent. */
export function CandidateSignalsPanel({ signals, explanation }: CandidateSignalsPanelProps) {
  return (
    <section className="card" aria-labelledby="signals-heading">
      <h2 id="signals-heading">Signals</h2>
      <dl className="signal-grid">
        <div className="signal">
          <dt>First-author top-tier papers</dt>
          <dd className="signal__value">{signals.firstAuthorTopTier}</dd>
        </div>
        <div className="signal">
          <dt>Credit-adjusted papers</dt>
          <dd className="signal__value">{formatCredit(signals.creditAdjusted)}</dd>
        </div>
        <div className="signal">
          <dt>Best venue tier</dt>
          <dd className="signal__value">{signals.bestVenueTier ? TIER_LABELS[signals.bestVenueTier] : 'None'}</dd>
        </div>
        <div className="signal">
          <dt>Reproduced re-implementations</dt>
          <dd className="signal__value">{signals.reproducedReimplementations}</dd>
        </div>
      </dl>

      <h3 className="signal-explanation__heading">How these are counted</h3>
      {explanation.rules.length > 0 && (
        <ul className="signal-rules">
          {explanation.rules.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      )}
      <div className="signal-explanation">
        <section aria-labelledby="why-first-author">
          <h4 id="why-first-author">First-author top-tier</h4>
          {explanation.firstAuthorTopTier.length === 0 ? (
            <p className="muted">No first-author paper at a tier-1 venue counts yet.</p>
          ) : (
            <ul>
              {explanation.firstAuthorTopTier.map((ref) => (
                <li key={ref.paperId}>{paperLabel(ref)}</li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="why-credit">
          <h4 id="why-credit">Credit-adjusted</h4>
          {explanation.creditAdjusted.length === 0 ? (
            <p className="muted">No counted papers.</p>
          ) : (
            <ul>
              {explanation.creditAdjusted.map((ref) => (
                <li key={ref.paperId}>{`${paperLabel(ref)}: 1/${ref.authorCount} = ${formatShare(ref.credit)}`}</li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="why-tier">
          <h4 id="why-tier">Best tier</h4>
          {explanation.bestVenueTier ? (
            <p>{`${TIER_LABELS[explanation.bestVenueTier.tier]}, from ${paperLabel(explanation.bestVenueTier)}`}</p>
          ) : (
            <p className="muted">No counted paper at a ranked venue.</p>
          )}
        </section>
        <section aria-labelledby="why-reproduced">
          <h4 id="why-reproduced">Reproduced re-implementations</h4>
          {explanation.reproducedReimplementations.length === 0 ? (
            <p className="muted">None reproduced a paper's results yet.</p>
          ) : (
            <ul>
              {explanation.reproducedReimplementations.map((ref) => (
                <li key={ref.reimplementationId}>
                  <a href={ref.repoUrl} target="_blank" rel="noreferrer noopener">
                    {ref.repoUrl}
                  </a>
                  {` reproduces ${ref.paperTitle}`}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </section>
  );
}
