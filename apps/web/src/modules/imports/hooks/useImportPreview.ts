import type { ImportPreview } from '@loopboard/contracts';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { importsApi } from '../utils/importsApi';

export type UploadStage = { kind: 'idle' } | { kind: 'uploading'; sent: number; total: number } | { kind: 'processing' };

/** Whether an error is the upload being cancelled (by the user, or by leaving the page). */
export const isAbortError = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * Uploads an import file for its preview, with how far the upload got, then "processing" while
 * the server parses and matches. Each upload has its own AbortController: `cancel()` aborts it,
 * and so does unmounting (leaving the page).
 */
export function useImportPreview() {
  const [stage, setStage] = useState<UploadStage>({ kind: 'idle' });
  const controllerRef = useRef<AbortController | null>(null);
  const mutation = useMutation({
    mutationFn: ({ json, bytes }: { json: string; bytes: number }): Promise<ImportPreview> => {
      controllerRef.current?.abort();
      const controller = new AbortController();
      controllerRef.current = controller;
      setStage({ kind: 'uploading', sent: 0, total: bytes });
      return importsApi.preview(json, {
        signal: controller.signal,
        onUploadProgress: (sent, total) => setStage({ kind: 'uploading', sent, total }),
        onUploaded: () => setStage({ kind: 'processing' }),
      });
    },
    onSettled: () => setStage({ kind: 'idle' }),
  });

  useEffect(
    () => () => {
      controllerRef.current?.abort();
    },
    [],
  );

  const { reset } = mutation;
  return {
    ...mutation,
    stage: mutation.isPending ? stage : ({ kind: 'idle' } as const),
    /** A cancelled upload is no error to show. */
    isError: mutation.isError && !isAbortError(mutation.error),
    cancel: () => {
      controllerRef.current?.abort();
      controllerRef.current = null;
      reset();
    },
  };
}
