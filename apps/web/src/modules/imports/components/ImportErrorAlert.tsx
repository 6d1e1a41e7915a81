import { ErrorCode } from '@loopboard/contracts';
import { isApiRequestError } from '../../api/ApiRequestError';
import { ErrorAlert } from '../../ui/components/ErrorAlert';
import { FieldErrorList } from '../../ui/components/FieldErrorList';

interface ImportErrorAlertProps {
  title: string;
  error: unknown;
}

/** A refused upload or commit: the server's message (it names the file and the problem), the fields it named, and the line. */
export function ImportErrorAlert({ title, error }: ImportErrorAlertProps) {
  if (!isApiRequestError(error)) {
    return (
      <ErrorAlert title={title}>
        <p>{error instanceof Error ? error.message : 'Something went wrong.'}</p>
      </ErrorAlert>
    );
  }
  const line = error.code === ErrorCode.IMPORT_FILE_INVALID ? error.numberDetail('line') : undefined;
  return (
    <ErrorAlert title={title}>
      <FieldErrorList fields={error.fields} fallback={error.message} />
      {line !== undefined && <p>{`The problem is on line ${line} of the file.`}</p>}
      {error.code === ErrorCode.IMPORT_CONFLICT && (
        <p>Nothing was written. Choose the people to import and leave out the ones in conflict, or merge those candidates first.</p>
      )}
    </ErrorAlert>
  );
}
