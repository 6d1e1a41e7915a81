import type { CandidatePaper } from '@loopboard/contracts';
import { ACCEPTANCE_LABELS, TIER_LABELS } from '../utils/candidateVocabulary';
import { formatAuthorPosition } from '../utils/formatSignals';

interface CandidatePapersTableProps {
  papers: CandidatePaper[];
}

export function CandidatePapersTable({ papers }: CandidatePapersTableProps) {
  if (papers.length === 0) return <p className="muted">No papers recorded.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>Papers</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Venue</th>
            <th scope="col">Year</th>
            <th scope="col">Acceptance</th>
            <th scope="col">Author position</th>
          </tr>
        </thead>
        <tbody>
          {papers.map((paper) => (
            <tr key={paper.id}>
              <th scope="row">
                {paper.links[0] ? (
                  <a href={paper.links[0].url} target="_blank" rel="noreferrer noopener">
                    {paper.title}
                  </a>
                ) : (
                  paper.title
                )}
              </th>
              <td>
                {paper.venue ?? <span className="muted">—</span>}
                {paper.venueTier && <span className="tag tag--muted paper-tier">{TIER_LABELS[paper.venueTier]}</span>}
              </td>
              <td>{paper.year ?? <span className="muted">—</span>}</td>
              <td>{ACCEPTANCE_LABELS[paper.acceptance]}</td>
              <td>{formatAuthorPosition(paper.authorPosition, paper.authorCount, paper.authorsTruncated)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
