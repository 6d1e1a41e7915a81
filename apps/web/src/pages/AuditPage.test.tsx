import { ErrorCode } from '@loopboard/contracts';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, DEMO_USERS, type FakeApi } from '../test-utils/fakeApi';
import { renderApp } from '../test-utils/renderApp';

const ADA = DEMO_USERS.admin;
const RILEY = DEMO_USERS.recruiter;

async function openAudit(path = '/admin/audit') {
  const view = renderApp(path);
  await screen.findByRole('heading', { level: 1, name: 'Audit log' });
  return view;
}

const table = () => screen.findByRole('table', { name: 'Audit entries, newest first' });
const bodyRows = (tableElement: HTMLElement) =>
  within(tableElement)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
const auditCalls = (api: FakeApi) => api.calls.filter((call) => call.path === '/api/audit').map((call) => call.search);

describe('the audit log page', () => {
  let api: FakeApi;
  beforeEach(() => {
    api = createFakeApi({ signedInAs: 'admin' });
    vi.stubGlobal('fetch', api.fetch);
    api.addAuditEntries([
      { actorId: ADA.id, actorEmail: ADA.email, action: 'auth.sign_in', entityType: 'session', entityId: null, changes: {} },
      {
        actorId: ADA.id,
        actorEmail: ADA.email,
        action: 'user.updated',
        entityType: 'user',
        entityId: RILEY.id,
        changes: { role: { from: 'recruiter', to: 'hiring_manager' } },
      },
      {
        actorId: ADA.id,
        actorEmail: ADA.email,
        action: 'role.weights_changed',
        entityType: 'role',
        entityId: 'r1',
        changes: { version: { from: 1, to: 2 }, weights: { from: { ml: 0.25, swe: 0.25 }, to: { ml: 0.3, swe: 0.2 } } },
      },
      { actorId: null, actorEmail: null, action: 'auth.sign_in_failed', entityType: 'session', entityId: null, changes: { email: 'x@y.z' } },
    ]);
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('lists entries newest first with who did what and a readable summary of the changes', async () => {
    await openAudit();
    const entries = await table();
    expect(within(entries).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Time', 'Who', 'Action', 'Entity', 'Changes']);
    expect(bodyRows(entries).map((cells) => cells.slice(1))).toEqual([
      ['unknown', 'auth.sign_in_failed', 'session', 'email: x@y.z'],
      ['admin@loopboard.dev', 'role.weights_changed', 'role r1', 'version: 1 → 2weights: ml 0.25 → 0.3, swe 0.25 → 0.2'],
      ['admin@loopboard.dev', 'user.updated', `user ${RILEY.id}`, 'role: recruiter → hiring_manager'],
      ['admin@loopboard.dev', 'auth.sign_in', 'session', '—'],
    ]);
    expect(within(entries).getAllByRole('row')[1].querySelector('time')?.getAttribute('dateTime')).toMatch(/^2026-01-12T/);
  });

  it('keeps the filters in the URL and asks the API for just those entries', async () => {
    const { router } = await openAudit();
    await table();
    fireEvent.change(screen.getByLabelText('Action'), { target: { value: 'user.updated' } });
    fireEvent.change(screen.getByLabelText('Entity type'), { target: { value: 'user' } });
    fireEvent.change(screen.getByLabelText('Entity id'), { target: { value: ` ${RILEY.id} ` } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(bodyRows(screen.getByRole('table'))).toHaveLength(1));
    const params = new URLSearchParams(router.state.location.search);
    expect(Object.fromEntries(params)).toEqual({ action: 'user.updated', entityType: 'user', entityId: RILEY.id });
    expect(auditCalls(api).at(-1)).toBe(`?${params.toString()}`);
  });

  it('shows a shared filtered address with its filters filled in, dates in local time', async () => {
    const from = new Date(Date.UTC(2026, 0, 12, 9, 2)).toISOString();
    await openAudit(`/admin/audit?action=role.weights_changed&from=${encodeURIComponent(from)}`);
    const entries = await table();
    expect(bodyRows(entries).map((cells) => cells[2])).toEqual(['role.weights_changed']);
    expect((screen.getByLabelText('Action') as HTMLSelectElement).value).toBe('role.weights_changed');
    const fromInput = screen.getByLabelText('From') as HTMLInputElement;
    expect(fromInput.type).toBe('datetime-local');
    expect(new Date(fromInput.value).toISOString()).toBe(from);
    expect(auditCalls(api)).toEqual([`?action=role.weights_changed&from=${encodeURIComponent(from)}`]);
  });

  it('sends From and To as ISO instants', async () => {
    const { router } = await openAudit();
    await table();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-01-12T10:00' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-01-12T11:30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(router.state.location.search).toContain('from='));
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('from')).toBe(new Date('2026-01-12T10:00').toISOString());
    expect(params.get('to')).toBe(new Date(new Date('2026-01-12T11:30').getTime() + 59_999).toISOString());
  });

  it('refuses a range that ends before it starts', async () => {
    const { router } = await openAudit();
    await table();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-01-12T10:00' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-01-11T10:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect((await screen.findByRole('alert')).textContent).toBe('“To” must be later than “From”.');
    expect(router.state.location.search).toBe('');
  });

  it('loads older entries with Load more until there are none', async () => {
    api.addAuditEntries(
      Array.from({ length: 60 }, (_, i) => ({
        actorId: ADA.id,
        actorEmail: ADA.email,
        action: 'auth.sign_in',
        entityType: 'session',
        entityId: null,
        changes: { n: i },
      })),
    );
    await openAudit();
    expect(bodyRows(await table())).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));

    await waitFor(() => expect(bodyRows(screen.getByRole('table'))).toHaveLength(64));
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    // The 50th newest of 64 entries is the 15th oldest.
    expect(auditCalls(api)).toEqual(['', `?cursor=${api.auditEntries()[14].id}`]);
  });

  it('says when nothing matches', async () => {
    await openAudit('/admin/audit?entityId=nothing-here');
    expect(await screen.findByText('No audit entries match these filters.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await table()).toBeTruthy();
  });

  it('verifies the hash chain on request and says whether it is intact', async () => {
    await openAudit();
    fireEvent.click(screen.getByRole('button', { name: 'Verify hash chain' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Hash chain intact: 4 entries checked.'));

    api.breakAuditChain('3', 'hash does not match the entry');
    fireEvent.click(screen.getByRole('button', { name: 'Verify hash chain' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Hash chain broken at entry 3: hash does not match the entry');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('shows no access when the API refuses', async () => {
    api.override((call) =>
      call.path === '/api/audit' ? { status: 403, body: { code: ErrorCode.FORBIDDEN, message: 'Admins only' } } : undefined,
    );
    renderApp('/admin/audit');
    expect(await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" })).toBeTruthy();
  });
});
