import { describe, expect, it } from 'vitest';
import { ImportProgressRegistry } from './import-progress.registry.js';

function registryAt(start = 0) {
  const clock = { now: start };
  return { clock, registry: new ImportProgressRegistry(60_000, () => clock.now) };
}

describe('ImportProgressRegistry', () => {
  it('follows a commit from matching through writing to done', () => {
    const { registry } = registryAt();
    const tracker = registry.begin('a');
    expect(registry.get('a')).toEqual({ importId: 'a', phase: 'matching', done: 0, total: 0 });
    tracker.onProgress(0, 5000);
    tracker.onProgress(1234, 5000);
    expect(registry.get('a')).toEqual({ importId: 'a', phase: 'writing', done: 1234, total: 5000 });
    tracker.finish();
    expect(registry.get('a')).toEqual({ importId: 'a', phase: 'done', done: 5000, total: 5000 });
  });

  it('keeps where a failed commit stopped', () => {
    const { registry } = registryAt();
    const tracker = registry.begin('a');
    tracker.onProgress(7, 10);
    tracker.fail();
    expect(registry.get('a')).toEqual({ importId: 'a', phase: 'failed', done: 7, total: 10 });
  });

  it('forgets a finished commit some minutes later, and a running one never', () => {
    const { clock, registry } = registryAt();
    registry.begin('running').onProgress(1, 2);
    registry.begin('finished').finish();
    clock.now = 59_999;
    expect(registry.get('finished')?.phase).toBe('done');
    clock.now = 60_000;
    expect(registry.get('finished')).toBeUndefined();
    clock.now = 24 * 3600_000;
    expect(registry.get('running')).toEqual({ importId: 'running', phase: 'writing', done: 1, total: 2 });
  });

  it('does not let a second commit of the same import overwrite the running one', () => {
    const { registry } = registryAt();
    const first = registry.begin('a');
    first.onProgress(3, 10);
    const second = registry.begin('a');
    second.onProgress(0, 99);
    second.fail();
    expect(registry.get('a')).toEqual({ importId: 'a', phase: 'writing', done: 3, total: 10 });
  });

  it('tracks a new commit after a failed one, and a late call from the old one changes nothing', () => {
    const { registry } = registryAt();
    const first = registry.begin('a');
    first.fail();
    const second = registry.begin('a');
    first.onProgress(9, 9);
    first.finish();
    expect(registry.get('a')).toEqual({ importId: 'a', phase: 'matching', done: 0, total: 0 });
    second.onProgress(1, 1);
    second.finish();
    expect(registry.get('a')).toEqual({ importId: 'a', phase: 'done', done: 1, total: 1 });
  });

  it('discards a commit that never started, so the stored batch answers', () => {
    const { registry } = registryAt();
    registry.begin('a').discard();
    expect(registry.get('a')).toBeUndefined();
  });
});
