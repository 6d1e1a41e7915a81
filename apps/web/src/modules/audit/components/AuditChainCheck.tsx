import type { AuditVerification } from '@loopboard/contracts';
import { useVerifyAuditChain } from '../hooks/useVerifyAuditChain';

/**
 * Each entry's hash covers its content and the previous entry's hash, so the
 * server can tell whether any entry was changed, removed or reordered since.
 */
export function AuditChainCheck() {
  const verify = useVerifyAuditChain();
  const result = verify.data;
  return (
    <div className="chain-check">
      <button
        type="button"
        className="button"
        onClick={() => verify.mutate()}
        disabled={verify.isPending}
        aria-busy={verify.isPending}
      >
        {verify.isPending && <span className="spinner" aria-hidden="true" />}
        Verify hash chain
      </button>
      {/* Present before the result arrives, so screen readers announce it when it does. */}
      <p role="status" className="chain-check__ok">
        {result?.ok ? intactMessage(result) : ''}
      </p>
      {result && !result.ok && (
        <p role="alert" className="chain-check__broken">
          {brokenMessage(result)}
        </p>
      )}
      {verify.isError && (
        <p role="alert" className="chain-check__broken">
          {`The hash chain could not be verified: ${verify.error.message}`}
        </p>
      )}
    </div>
  );
}

function intactMessage({ checked }: AuditVerification): string {
  return `Hash chain intact: ${checked} ${checked === 1 ? 'entry' : 'entries'} checked.`;
}

function brokenMessage({ firstBrokenId, reason }: AuditVerification): string {
  const where = firstBrokenId ? ` at entry ${firstBrokenId}` : '';
  return `Hash chain broken${where}: ${reason ?? 'no reason given'}`;
}
