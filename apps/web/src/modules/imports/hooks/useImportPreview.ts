import type { ImportPreview } from '@loopboard/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { importsApi } from '../utils/importsApi';

export type UploadStage = { kind: 'idle' } | { kind: 'uploading'; sent: number; total: number } | { kind: 'processing' };

/** Uploads an import file for its preview, with how far the upload got, then "processing" while the server parses and matches. */
export function useImportPreview() {
  const [stage, setStage] = useState<UploadStage>({ kind: 'idle' });
  const mutation = useMutation({
    mutationFn: ({ json, bytes }: { json: string; bytes: number }): Promise<ImportPreview> => {
      setStage({ kind: 'uploading', sent: 0, total: bytes });
      return importsApi.preview(json, {
        onUploadProgress: (sent, total) => setStage({ kind: 'uploading', sent, total }),
        onUploaded: () => setStage({ kind: 'processing' }),
      });
    },
    onSettled: () => setStage({ kind: 'idle' }),
  });
  return { ...mutation, stage: mutation.isPending ? stage : ({ kind: 'idle' } as const) };
}
