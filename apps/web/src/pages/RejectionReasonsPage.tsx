import { useState } from 'react';
import { NoAccess } from '../modules/auth/components/NoAccess';
import { isForbidden } from '../modules/auth/utils/isForbidden';
import { useRejectionReasons } from '../modules/openings/hooks/useRejectionReasons';
import { NewRejectionReasonForm } from '../modules/rejectionReasons/components/NewRejectionReasonForm';
import { RejectionReasonsTable } from '../modules/rejectionReasons/components/RejectionReasonsTable';
import { ErrorState } from '../modules/ui/components/ErrorState';
import { LoadingState } from '../modules/ui/components/LoadingState';

export function RejectionReasonsPage() {
  const reasons = useRejectionReasons();
  const [status, setStatus] = useState('');

  if (isForbidden(reasons.error)) return <NoAccess />;

  let table;
  if (reasons.isError && !reasons.data) {
    table = (
      <ErrorState
        title="The rejection reasons could not be loaded."
        error={reasons.error}
        onRetry={() => void reasons.refetch()}
        retrying={reasons.isFetching}
      />
    );
  } else if (!reasons.data) {
    table = <LoadingState label="Loading rejection reasons…" />;
  } else {
    table = <RejectionReasonsTable reasons={reasons.data} onSaved={setStatus} />;
  }

  return (
    <>
      <title>Rejection reasons · Loopboard</title>
      <div className="page-header">
        <h1>Rejection reasons</h1>
        <p className="lead">
          The reasons recruiters pick from when they reject an application. Renaming a reason changes its label everywhere, including on
          past applications. A deactivated reason stays on the applications already rejected with it, but is no longer offered when
          rejecting; reactivate it to offer it again.
        </p>
      </div>
      <div className="admin-layout">
        <section className="card" aria-label="Rejection reasons">
          <p role="status" className="page-status">
            {status}
          </p>
          {table}
        </section>
        <section className="card" aria-labelledby="add-rejection-reason-heading">
          <h2 id="add-rejection-reason-heading">Add a reason</h2>
          <NewRejectionReasonForm existing={reasons.data} onAdded={(added) => setStatus(`Added “${added.label}” (${added.key}).`)} />
        </section>
      </div>
    </>
  );
}
