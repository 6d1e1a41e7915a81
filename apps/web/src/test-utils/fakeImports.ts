import {
  ErrorCode,
  IMPORT_MAX_BYTES,
  IMPORT_SELECTIONS,
  type CandidateDetail,
  type CommitImportRequest,
  type CreateImportRequest,
  type ImportBatch,
  type ImportCommitResult,
  type ImportFileFormat,
  type ImportPersonPreview,
  type ImportPreview,
  type ImportProgress,
  type ImportSkipReason,
  type User,
} from '@loopboard/contracts';
import { makeCandidate, makePaper } from './fakeCandidates';

/** What the fake API shares with these handlers: its candidates, its clock and its audit log. */
export interface FakeImportsContext {
  candidates: CandidateDetail[];
  now: () => string;
  recordBy: (actor: User, action: string, entityType: string, entityId: string | null, changes: Record<string, unknown>) => void;
}

interface Call {
  method: string;
  path: string;
  body: unknown;
}

type Answer = { status: number; body: unknown };

/** What a file holds, as the real API would find it; tests say it per file name. */
export interface FakeImportFile {
  format?: ImportFileFormat;
  people: ImportPersonPreview[];
  papers?: number;
  reimplementations?: number;
  skipped?: ImportSkipReason[];
  warnings?: string[];
}

interface StoredImport {
  preview: ImportPreview;
  createdBy: string;
  committedAt: string | null;
  result: ImportCommitResult | null;
}

const error = (status: number, code: ErrorCode, message: string, extra: Record<string, unknown> = {}): Answer => ({
  status,
  body: { code, message, requestId: 'req-fake', ...extra },
});
const forbidden = () => error(403, ErrorCode.FORBIDDEN, 'Your role does not allow this');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A person of a preview, as the API describes one, with a paper per title. */
export function importPerson(
  displayName: string,
  overrides: Partial<ImportPersonPreview> & { titles?: string[] } = {},
): ImportPersonPreview {
  const { titles = [], ...rest } = overrides;
  const firstAuthor = rest.firstAuthor ?? false;
  return {
    key: `name:${displayName.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}`,
    displayName,
    spellings: [displayName],
    ids: {},
    firstAuthor,
    papers: titles.map((title, index) => ({
      sourceRef: `entry${index + 1}`,
      title,
      year: 2021,
      venue: 'NeurIPS',
      position: firstAuthor ? 1 : 2,
      firstAuthor,
    })),
    reimplementations: [],
    match: null,
    possibleDuplicates: [],
    similarInFile: [],
    action: 'create',
    actionText: 'will create a new candidate',
    ...rest,
  };
}

/**
 * The imports API (preview, commit, progress, batch) over the fake API's candidates: a preview
 * answers with what the test said the file holds, a commit creates the selected people as
 * candidates, once, and nothing at all when one of them is in conflict.
 */
export function createFakeImports({ candidates, now, recordBy }: FakeImportsContext) {
  const files = new Map<string, FakeImportFile>();
  const imports = new Map<string, StoredImport>();
  const progressOverrides = new Map<string, ImportProgress>();
  let counter = 0;

  function preview(call: Call, actor: User): Answer {
    const request = (call.body ?? {}) as Partial<CreateImportRequest>;
    const fields = [];
    if (typeof request.fileName !== 'string' || request.fileName.length === 0) {
      fields.push({ field: 'fileName', reason: 'must be longer than or equal to 1 characters' });
    }
    if (typeof request.content !== 'string' || request.content.length === 0) {
      fields.push({ field: 'content', reason: 'must be longer than or equal to 1 characters' });
    }
    const { fileName, content } = request;
    if (fields.length || fileName === undefined || content === undefined) {
      return error(400, ErrorCode.VALIDATION_FAILED, 'The request is invalid', { fields });
    }
    if (JSON.stringify(request).length > IMPORT_MAX_BYTES)
      return error(413, ErrorCode.PAYLOAD_TOO_LARGE, 'Import files are limited to 20 MB');
    const file = files.get(fileName);
    if (!file) {
      return error(400, ErrorCode.IMPORT_FILE_INVALID, `${request.fileName}: Could not tell the format of this file; choose one`);
    }
    counter += 1;
    const id = `f0000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
    const people = structuredClone(file.people);
    const shown: ImportPreview = {
      id,
      fileName,
      format: request.format ?? file.format ?? 'bibtex',
      sha256: 'a'.repeat(64),
      status: 'preview',
      createdAt: now(),
      summary: {
        people: people.length,
        papers: file.papers ?? new Set(people.flatMap((p) => p.papers.map((paper) => paper.title))).size,
        reimplementations: file.reimplementations ?? 0,
        toCreate: people.filter((p) => p.action === 'create').length,
        toMerge: people.filter((p) => p.action === 'merge').length,
        conflicts: people.filter((p) => p.action === 'conflict').length,
        skipped: file.skipped?.length ?? 0,
      },
      people,
      skipped: file.skipped ?? [],
      warnings: file.warnings ?? [],
    };
    imports.set(id, { preview: shown, createdBy: actor.id, committedAt: null, result: null });
    return { status: 201, body: structuredClone(shown) };
  }

  function commit(stored: StoredImport, call: Call, actor: User): Answer {
    const request = (call.body ?? {}) as Partial<CommitImportRequest>;
    if (!IMPORT_SELECTIONS.includes(request.select as never)) {
      return error(400, ErrorCode.VALIDATION_FAILED, 'The request is invalid', {
        fields: [{ field: 'select', reason: `must be one of ${IMPORT_SELECTIONS.join(', ')}` }],
      });
    }
    if (stored.result) {
      return error(
        409,
        ErrorCode.IMPORT_ALREADY_COMMITTED,
        `Import ${stored.preview.fileName} was already committed at ${stored.committedAt}`,
      );
    }
    const { people } = stored.preview;
    const keys = new Set(request.personKeys ?? []);
    const selected = people.filter((p) =>
      request.select === 'all' ? true : request.select === 'first-authors' ? p.firstAuthor : keys.has(p.key),
    );
    const torn = selected.find((p) => p.action === 'conflict');
    if (torn) {
      return error(409, ErrorCode.IMPORT_CONFLICT, `${torn.displayName} matches 2 different candidates (on email); nothing was written`);
    }
    const createdIds: string[] = [];
    const mergedIds: string[] = [];
    for (const person of selected) {
      if (person.match && person.match.kind !== 'conflict') {
        if (!mergedIds.includes(person.match.candidateId)) mergedIds.push(person.match.candidateId);
        continue;
      }
      const candidate = makeCandidate(5000 + candidates.length, {
        displayName: person.displayName,
        emails: [],
        identities: [],
        primaryChannel: 'paper',
        papers: person.papers.map((paper, index) =>
          makePaper({
            id: `p0000000-0000-4000-8000-${String(5000 + candidates.length * 10 + index).padStart(12, '0')}`,
            title: paper.title,
            venue: paper.venue,
            year: paper.year,
            authorPosition: paper.position,
          }),
        ),
      });
      candidates.push(candidate);
      createdIds.push(candidate.id);
    }
    const result: ImportCommitResult = {
      id: stored.preview.id,
      created: createdIds.length,
      merged: mergedIds.length,
      papersCreated: stored.preview.summary.papers,
      papersMatched: 0,
      reimplementationsCreated: 0,
      reimplementationsMatched: 0,
      createdCandidateIds: createdIds,
      mergedCandidateIds: mergedIds,
      skipped: [
        ...stored.preview.skipped,
        ...people
          .filter((p) => !selected.includes(p))
          .map((p) => ({ sourceRef: p.key, reason: `${p.displayName}: not selected (${request.select})` })),
      ],
    };
    stored.result = result;
    stored.committedAt = now();
    recordBy(actor, 'import.committed', 'import_batch', stored.preview.id, { createdCandidateIds: createdIds });
    return { status: 200, body: structuredClone(result) };
  }

  function batch(stored: StoredImport): ImportBatch {
    const { preview: p } = stored;
    return {
      id: p.id,
      fileName: p.fileName,
      format: p.format,
      sha256: p.sha256,
      status: stored.result ? 'committed' : 'preview',
      createdAt: p.createdAt,
      createdBy: stored.createdBy,
      committedAt: stored.committedAt,
      summary: p.summary,
      result: stored.result,
    };
  }

  function progress(stored: StoredImport): ImportProgress {
    const override = progressOverrides.get(stored.preview.id);
    if (override) return override;
    if (!stored.result) return { importId: stored.preview.id, phase: 'idle', done: 0, total: 0 };
    const written = stored.result.created + stored.result.merged;
    return { importId: stored.preview.id, phase: 'done', done: written, total: written };
  }

  /** Answers the calls under /api/imports, or undefined to let the rest of the fake API answer. */
  function handle(call: Call, actor: User): Answer | undefined {
    if (!call.path.startsWith('/api/imports')) return undefined;
    if (actor.role !== 'admin' && actor.role !== 'recruiter') return forbidden();
    if (call.path === '/api/imports' && call.method === 'POST') return preview(call, actor);
    const match = /^\/api\/imports\/([^/]+)(?:\/(commit|progress))?$/.exec(call.path);
    if (!match) return error(404, ErrorCode.ROUTE_NOT_FOUND, 'No such API route');
    const importId = decodeURIComponent(match[1]);
    if (!UUID.test(importId)) {
      return error(400, ErrorCode.VALIDATION_FAILED, 'The request is invalid', {
        fields: [{ field: 'importId', reason: 'must be a UUID' }],
      });
    }
    const stored = imports.get(importId);
    if (!stored) return error(404, ErrorCode.IMPORT_NOT_FOUND, `No import ${importId}`);
    if (match[2] === 'commit' && call.method === 'POST') return commit(stored, call, actor);
    if (match[2] === 'progress' && call.method === 'GET') return { status: 200, body: progress(stored) };
    if (!match[2] && call.method === 'GET') return { status: 200, body: batch(stored) };
    return error(404, ErrorCode.ROUTE_NOT_FOUND, 'No such API route');
  }

  return {
    handle,
    controls: {
      /** What the API will find in a file of this name (any content); other names are refused as an unknown format. */
      importFile(fileName: string, file: FakeImportFile) {
        files.set(fileName, file);
      },
      /** Where a commit is, as the progress endpoint will say (until cleared with null). */
      setImportProgress(importId: string, value: Omit<ImportProgress, 'importId'> | null) {
        if (value) progressOverrides.set(importId, { importId, ...value });
        else progressOverrides.delete(importId);
      },
      /** The previews made so far, oldest first. */
      importIds: () => [...imports.keys()],
    },
  };
}

type Listener = ((event: ProgressEvent) => void) | null;

/**
 * XMLHttpRequest for the dashboard's upload (apiUpload), routed through the stubbed global
 * `fetch`, so the fake API answers it with the same session and CSRF rules. It reports the
 * upload in two halves, then that it is complete, then the answer.
 */
export class FakeXMLHttpRequest {
  status = 0;
  responseText = '';
  readyState = 0;
  withCredentials = false;
  onload: Listener = null;
  onerror: Listener = null;
  onabort: Listener = null;
  readonly upload: { onprogress: Listener; onload: Listener } = { onprogress: null, onload: null };
  private method = 'GET';
  private url = '';
  private readonly headers: Record<string, string> = {};
  private aborted = false;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
    this.readyState = 1;
  }

  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }

  abort() {
    this.aborted = true;
    this.onabort?.(new ProgressEvent('abort'));
  }

  send(body?: string) {
    const total = body?.length ?? 0;
    const progress = (loaded: number) => new ProgressEvent('progress', { lengthComputable: true, loaded, total });
    void (async () => {
      await Promise.resolve();
      this.upload.onprogress?.(progress(Math.floor(total / 2)));
      this.upload.onprogress?.(progress(total));
      this.upload.onload?.(new ProgressEvent('load'));
      try {
        const response = await fetch(this.url, { method: this.method, headers: this.headers, body });
        const text = await response.text();
        if (this.aborted) return;
        this.status = response.status;
        this.responseText = text;
        this.readyState = 4;
        this.onload?.(new ProgressEvent('load'));
      } catch {
        if (!this.aborted) this.onerror?.(new ProgressEvent('error'));
      }
    })();
  }
}
