import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safeNextPath';

describe('safeNextPath', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(safeNextPath('/roles/42')).toBe('/roles/42');
    expect(safeNextPath('/admin/audit?action=user.created&entityType=user#top')).toBe('/admin/audit?action=user.created&entityType=user#top');
  });

  it('sends anything that could leave the site, or is missing, to /roles', () => {
    for (const next of [null, undefined, '', 'roles', 'https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', ' /roles']) {
      expect(safeNextPath(next)).toBe('/roles');
    }
  });

  it('does not loop back to the sign-in page', () => {
    expect(safeNextPath('/sign-in?next=/roles')).toBe('/roles');
  });
});
