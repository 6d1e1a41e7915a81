import { WriteErrorAlert } from '../../ui/components/WriteErrorAlert';
import { describeReasonField } from '../utils/reasonKey';

interface RejectionReasonErrorAlertProps {
  error: unknown;
  /** e.g. "Skills gap was not saved." */
  title: string;
  /** Only these fields' errors (the rest are shown elsewhere); all when omitted. */
  only?: (field: string) => boolean;
}

export function RejectionReasonErrorAlert({ error, title, only }: RejectionReasonErrorAlertProps) {
  return (
    <WriteErrorAlert
      error={error}
      title={title}
      forbidden="Only admins can change rejection reasons."
      describe={describeReasonField}
      only={only}
    />
  );
}
