import type { CommitImportRequest, ImportBatch, ImportCommitResult, ImportPreview, ImportProgress } from '@loopboard/contracts';
import { apiFetch } from '../../api/apiFetch';
import { apiUpload, type ApiUploadOptions } from '../../api/apiUpload';

const importPath = (importId: string) => `/imports/${encodeURIComponent(importId)}`;

export const importsApi = {
  /** The body is serialised by the caller, which checks its size against the limit first. */
  preview: (json: string, options: ApiUploadOptions = {}) => apiUpload<ImportPreview>('/imports', json, options),
  get: (importId: string, signal?: AbortSignal) => apiFetch<ImportBatch>(importPath(importId), { signal }),
  commit: (importId: string, body: CommitImportRequest) =>
    apiFetch<ImportCommitResult>(`${importPath(importId)}/commit`, { method: 'POST', body }),
  progress: (importId: string, signal?: AbortSignal) => apiFetch<ImportProgress>(`${importPath(importId)}/progress`, { signal }),
};
