import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../support/api-app.js';

let api: TestApi;
let webDist: string;
beforeAll(async () => {
  webDist = await mkdtemp(join(tmpdir(), 'loopboard-web-'));
  await mkdir(join(webDist, 'assets'));
  await writeFile(join(webDist, 'index.html'), '<!doctype html><title>Loopboard</title><div id="root"></div>');
  await writeFile(join(webDist, 'assets', 'app-1234.js'), 'console.log(1)');
  api = await startApi({ webDist });
});
afterAll(async () => {
  await api?.close();
  await rm(webDist, { recursive: true, force: true });
});

describe('health', () => {
  it('reports the database as up', async () => {
    const res = await api.get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: { status: 'up', latencyMs: expect.any(Number), embedded: false } });
  });
});

describe('request ids', () => {
  it('mints one per request and puts it in the header and in error bodies', async () => {
    const res = await api.get('/api/roles/not-a-uuid');
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body.requestId).toBe(id);
  });

  it('keeps a well-formed id sent by the caller and replaces a hostile one', async () => {
    const kept = await api.request('GET', '/api/health', undefined, { headers: { 'x-request-id': 'trace-42' } });
    expect(kept.headers.get('x-request-id')).toBe('trace-42');
    const replaced = await api.request('GET', '/api/health', undefined, { headers: { 'x-request-id': 'a b\u00e9<script>' } });
    expect(replaced.headers.get('x-request-id')).not.toContain('<');
  });
});

describe('OpenAPI', () => {
  it('documents every roles operation and serves Swagger UI', async () => {
    const doc = await api.get('/api/openapi.json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/competencies',
        '/api/roles',
        '/api/roles/{roleId}',
        '/api/roles/{roleId}/weights',
        '/api/roles/{roleId}/weights/{version}',
      ]),
    );
    expect(doc.body.paths['/api/roles/{roleId}/weights'].post.requestBody).toBeDefined();
    const ui = await api.get('/api/docs');
    expect(ui.status).toBe(200);
    expect(ui.body).toContain('swagger');
  });
});

describe('serving the dashboard', () => {
  it('serves index.html at / and for client-side routes', async () => {
    for (const path of ['/', '/roles', '/roles/123']) {
      const res = await api.get(path);
      expect(res.status).toBe(200);
      expect(res.body).toContain('<div id="root">');
      expect(res.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('serves hashed assets as immutable', async () => {
    const res = await api.get('/assets/app-1234.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it('answers unknown API routes with a JSON 404, not the dashboard', async () => {
    for (const path of ['/api/nope', '/api/roles/x/y/z/w']) {
      const res = await api.get(path);
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ code: 'ROUTE_NOT_FOUND' });
    }
  });
});
