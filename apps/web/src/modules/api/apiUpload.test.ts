import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeXMLHttpRequest } from '../../test-utils/fakeImports';
import { apiUpload } from './apiUpload';

describe('apiUpload', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('removes its abort listener once the request settled, so a later abort does nothing', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXMLHttpRequest);
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ ok: true }), { status: 200 }));
    const controller = new AbortController();
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    const abort = vi.spyOn(FakeXMLHttpRequest.prototype, 'abort');
    await expect(apiUpload('/imports', '{}', { signal: controller.signal })).resolves.toEqual({ ok: true });
    expect(remove).toHaveBeenCalledWith('abort', expect.any(Function));
    controller.abort();
    expect(abort).not.toHaveBeenCalled();
  });

  it('rejects with an AbortError when aborted while running', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXMLHttpRequest);
    vi.stubGlobal('fetch', () => new Promise(() => undefined));
    const controller = new AbortController();
    const upload = apiUpload('/imports', '{}', { signal: controller.signal });
    controller.abort();
    await expect(upload).rejects.toMatchObject({ name: 'AbortError' });
  });
});
