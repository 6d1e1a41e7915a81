import type { AuditPage, CandidateDetail, CandidatePage, ImportCommitResult, ImportPreview } from '@loopboard/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiClient, type TestApi } from '../support/api-app.js';

let api: TestApi;
let recruiter: ApiClient;
let manager: ApiClient;
beforeAll(async () => {
  api = await startApi();
  recruiter = await api.as('recruiter');
  manager = await api.as('hiring_manager');
});
afterAll(async () => {
  await api?.close();
});

const suffix = () =>
  Math.random()
    .toString(36)
    .replace(/[^a-z]/g, '')
    .slice(0, 6);

describe('a candidate’s history', () => {
  it('lists what happened to the candidate, newest first, with who did it and what changed', async () => {
    const created = (
      await recruiter.post<CandidateDetail>('/api/candidates', { name: `Hilda History${suffix()}`, primaryChannel: 'referral' })
    ).body;
    const edited = await recruiter.patch<CandidateDetail>(`/api/candidates/${created.id}`, { version: created.version, location: 'Lyon' });
    expect(edited.status).toBe(200);
    const archived = await recruiter.post<CandidateDetail>(`/api/candidates/${created.id}/archive`, { version: edited.body.version });
    expect(archived.status).toBe(200);

    const history = await manager.get<AuditPage>(`/api/candidates/${created.id}/history`);
    expect(history.status).toBe(200);
    expect(history.body.items.map((e) => e.action)).toEqual(['candidate.archived', 'candidate.updated', 'candidate.created']);
    expect(history.body.items.every((e) => e.actorEmail === api.users.recruiter.email)).toBe(true);
    // Stored sealed under the candidate's key, shown in the clear while the candidate exists.
    expect(history.body.items[1]!.changes).toMatchObject({ location: { from: null, to: 'Lyon' } });

    // Pages with a cursor.
    const first = await manager.get<AuditPage>(`/api/candidates/${created.id}/history?limit=2`);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).not.toBeNull();
    const second = await manager.get<AuditPage>(`/api/candidates/${created.id}/history?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((e) => e.action)).toEqual(['candidate.created']);
    expect(second.body.nextCursor).toBeNull();
  });

  it('shows the import that created the candidate', async () => {
    const family = `Importer${suffix()}`;
    const bib = `@inproceedings{x, author = {${family}, Ida}, title = {History of {${family}}}, booktitle = {ICML}, year = {2024}}`;
    const preview = await recruiter.post<ImportPreview>('/api/imports', { fileName: 'history.bib', content: bib });
    expect(preview.status).toBe(201);
    const done = await recruiter.post<ImportCommitResult>(`/api/imports/${preview.body.id}/commit`, { select: 'all' });
    const [id] = done.body.createdCandidateIds;
    const history = await recruiter.get<AuditPage>(`/api/candidates/${id}/history`);
    expect(history.body.items).toEqual([expect.objectContaining({ action: 'import.committed', entityId: preview.body.id })]);
    expect(history.body.items[0]!.changes).toMatchObject({ format: 'bibtex', created: 1 });
    const listed = await recruiter.get<CandidatePage>(`/api/candidates?q=${family}`);
    expect(listed.body.items.map((c) => c.id)).toEqual([id]);
  });

  it('answers 404 for an unknown candidate and 400 naming a bad cursor or limit', async () => {
    const unknown = await recruiter.get('/api/candidates/5a0c3f3e-6d5e-4f41-9a57-3c1d2b0a9e11/history');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('CANDIDATE_NOT_FOUND');
    const created = (await recruiter.post<CandidateDetail>('/api/candidates', { name: `Bad Query${suffix()}`, primaryChannel: 'other' }))
      .body;
    const badCursor = await recruiter.get(`/api/candidates/${created.id}/history?cursor=abc`);
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.fields).toEqual([expect.objectContaining({ field: 'cursor' })]);
    const overflow = await recruiter.get(`/api/candidates/${created.id}/history?cursor=9999999999999999999`);
    expect(overflow.status).toBe(400);
    expect(overflow.body.fields).toEqual([expect.objectContaining({ field: 'cursor' })]);
    const badLimit = await recruiter.get(`/api/candidates/${created.id}/history?limit=1000`);
    expect(badLimit.status).toBe(400);
    expect(badLimit.body.fields).toEqual([expect.objectContaining({ field: 'limit' })]);
  });
});
