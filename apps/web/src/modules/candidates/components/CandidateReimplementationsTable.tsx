import type { CandidateReimplementation } from '@loopboard/contracts';

interface CandidateReimplementationsTableProps {
  reimplementations: CandidateReimplementation[];
}

const reproducedLabel = (reproduced: boolean | null) =>
  reproduced === null ? 'Not checked' : reproduced ? 'Reproduced' : 'Not reproduced';

export function CandidateReimplementationsTable({ reimplementations }: CandidateReimplementationsTableProps) {
  if (reimplementations.length === 0) return <p className="muted">No re-implementations recorded.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>Re-implementations</caption>
        <thead>
          <tr>
            <th scope="col">Repository</th>
            <th scope="col">Paper</th>
            <th scope="col">Kind</th>
            <th scope="col">Results</th>
          </tr>
        </thead>
        <tbody>
          {reimplementations.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <a href={item.repoUrl} target="_blank" rel="noreferrer noopener">
                  {item.repoUrl.replace(/^https?:\/\/(www\.)?/, '')}
                </a>
              </th>
              <td>{item.paperTitle}</td>
              <td>{item.official ? 'Official code' : 'Independent'}</td>
              <td>{reproducedLabel(item.reproduced)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
