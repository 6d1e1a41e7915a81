import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, type FakeApi, type FakeApiOptions } from '../test-utils/fakeApi';
import { renderApp } from '../test-utils/renderApp';

let api: FakeApi;

async function openReasons(options: FakeApiOptions = {}) {
  api = createFakeApi({ signedInAs: 'admin', ...options });
  vi.stubGlobal('fetch', api.fetch);
  const view = renderApp('/admin/rejection-reasons');
  await screen.findByRole('heading', { level: 1, name: 'Rejection reasons' });
  const table = await screen.findByRole('table', { name: 'Rejection reasons' });
  return { ...view, table };
}

const rowOf = (table: HTMLElement, key: string) => {
  const row = within(table).getByRole('rowheader', { name: key }).closest('tr');
  if (!row) throw new Error(`no row for ${key}`);
  return row;
};
const keys = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((th) => th.textContent);
const status = () => screen.getByRole('status').textContent;
const addForm = () => screen.getByRole('form', { name: 'Add reason' });

describe('the rejection reasons page', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('is in the admin navigation and lists the reasons with label, key and status, active ones first', async () => {
    const { table } = await openReasons();
    expect(screen.getByRole('link', { name: 'Rejection reasons' }).getAttribute('href')).toBe('/admin/rejection-reasons');
    expect(keys(table)).toEqual(['skills-gap', 'culture-add', 'compensation', 'old-reason']);
    expect((within(rowOf(table, 'culture-add')).getByLabelText('Label of culture-add') as HTMLInputElement).value).toBe(
      'Not the right team fit',
    );
    expect(within(rowOf(table, 'skills-gap')).getByText('Active')).toBeTruthy();
    expect(within(rowOf(table, 'old-reason')).getByText('Inactive')).toBeTruthy();
    expect(within(rowOf(table, 'old-reason')).getByRole('button', { name: 'Reactivate old-reason' })).toBeTruthy();
    expect(screen.getByText(/stays on the applications already rejected with it, but is no longer offered when rejecting/)).toBeTruthy();
  });

  it("renames a reason in place with the row's Save button", async () => {
    const { table } = await openReasons();
    const row = rowOf(table, 'culture-add');
    const save = within(row).getByRole('button', { name: 'Save culture-add' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.change(within(row).getByLabelText('Label of culture-add'), { target: { value: '  Team fit  ' } });
    expect(save.disabled).toBe(false);
    fireEvent.click(save);

    await waitFor(() => expect(status()).toBe('Renamed culture-add to “Team fit”.'));
    expect(api.writes()).toEqual([
      { method: 'PUT', path: '/api/rejection-reasons/culture-add', body: { label: 'Team fit', active: true } },
    ]);
    expect(api.rejectionReasons().find((r) => r.key === 'culture-add')?.label).toBe('Team fit');
    expect((within(rowOf(table, 'culture-add')).getByLabelText('Label of culture-add') as HTMLInputElement).value).toBe('Team fit');
    expect((within(rowOf(table, 'culture-add')).getByRole('button', { name: 'Save culture-add' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it("shows a refused rename next to the row, keeping the other rows' state apart", async () => {
    const { table } = await openReasons();
    const row = rowOf(table, 'compensation');
    fireEvent.change(within(row).getByLabelText('Label of compensation'), { target: { value: 'x'.repeat(5) } });
    api.override((call) =>
      call.method === 'PUT'
        ? {
            status: 400,
            body: { code: 'VALIDATION_FAILED', message: 'The request is invalid', fields: [{ field: 'label', reason: 'is not allowed' }] },
          }
        : undefined,
    );
    fireEvent.click(within(row).getByRole('button', { name: 'Save compensation' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('compensation was not saved.');
    expect(alert.textContent).toContain('Label is not allowed');
    expect(alert.closest('tr')?.previousElementSibling).toBe(row);
    expect(within(row).getByLabelText('Label of compensation').getAttribute('aria-invalid')).toBe('true');
    expect(within(rowOf(table, 'skills-gap')).getByLabelText('Label of skills-gap').getAttribute('aria-invalid')).toBeNull();
  });

  it('shows the save state per row', async () => {
    const { table } = await openReasons();
    let release: (() => void) | undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.method === 'PUT') await gate;
      return api.fetch(input, init);
    });
    fireEvent.click(within(rowOf(table, 'compensation')).getByRole('button', { name: 'Deactivate compensation' }));
    const saving = await within(rowOf(table, 'compensation')).findByRole('button', { name: 'Saving… compensation' });
    expect(saving).toHaveProperty('disabled', true);
    expect(rowOf(table, 'compensation').getAttribute('aria-busy')).toBe('true');
    expect(within(rowOf(table, 'skills-gap')).getByRole('button', { name: 'Deactivate skills-gap' })).toHaveProperty('disabled', false);
    expect(rowOf(table, 'skills-gap').getAttribute('aria-busy')).toBeNull();
    release?.();
    await waitFor(() => expect(within(rowOf(table, 'compensation')).getByRole('button', { name: 'Reactivate compensation' })).toBeTruthy());
  });

  it('deactivates and reactivates a reason', async () => {
    const { table } = await openReasons();
    fireEvent.click(within(rowOf(table, 'skills-gap')).getByRole('button', { name: 'Deactivate skills-gap' }));
    await waitFor(() => expect(status()).toBe('Deactivated “Skills gap”: it is no longer offered when rejecting.'));
    expect(api.writes()).toEqual([
      { method: 'PUT', path: '/api/rejection-reasons/skills-gap', body: { label: 'Skills gap', active: false } },
    ]);
    expect(api.rejectionReasons().find((r) => r.key === 'skills-gap')?.active).toBe(false);
    await waitFor(() => expect(within(rowOf(table, 'skills-gap')).getByText('Inactive')).toBeTruthy());
    expect(keys(table)).toEqual(['culture-add', 'compensation', 'skills-gap', 'old-reason']);

    fireEvent.click(within(rowOf(table, 'old-reason')).getByRole('button', { name: 'Reactivate old-reason' }));
    await waitFor(() => expect(status()).toBe('Reactivated “Old reason”: it is offered when rejecting again.'));
    expect(api.rejectionReasons().find((r) => r.key === 'old-reason')?.active).toBe(true);
  });

  it('adds a reason: suggests a key from the label, checks it, shows a field error next to its field, then succeeds', async () => {
    const { table } = await openReasons();
    const form = addForm();
    fireEvent.click(within(form).getByRole('button', { name: 'Add reason' }));
    expect(within(form).getByText('Enter the label recruiters will see, e.g. Skills gap.')).toBeTruthy();
    expect(within(form).getByText('Enter a key, e.g. skills-gap.')).toBeTruthy();

    fireEvent.change(within(form).getByLabelText('Label'), { target: { value: 'Skills gap!' } });
    expect((within(form).getByLabelText('Key') as HTMLInputElement).value).toBe('skills-gap');
    fireEvent.click(within(form).getByRole('button', { name: 'Add reason' }));
    expect(within(form).getByText('skills-gap is already used by “Skills gap”; rename it in the list instead.')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('Key'), { target: { value: 'No Show' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add reason' }));
    expect(within(form).getByText(/Use lowercase letters, digits and dashes only/)).toBeTruthy();
    expect(api.writes()).toEqual([]);

    // The server still refuses the label (a rule the form does not know): its reason shows next to the label.
    fireEvent.change(within(form).getByLabelText('Label'), { target: { value: 'Did not show up' } });
    expect((within(form).getByLabelText('Key') as HTMLInputElement).value).toBe('No Show');
    fireEvent.change(within(form).getByLabelText('Key'), { target: { value: '' } });
    fireEvent.change(within(form).getByLabelText('Label'), { target: { value: 'Ünreachable — no show' } });
    expect((within(form).getByLabelText('Key') as HTMLInputElement).value).toBe('unreachable-no-show');
    api.override((call) =>
      call.method === 'PUT'
        ? {
            status: 400,
            body: {
              code: 'VALIDATION_FAILED',
              message: 'The request is invalid',
              fields: [{ field: 'label', reason: 'must be shorter than or equal to 120 characters' }],
            },
          }
        : undefined,
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Add reason' }));
    const label = within(form).getByLabelText('Label');
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('Label must be shorter than or equal to 120 characters');
    expect(label.getAttribute('aria-invalid')).toBe('true');
    expect(label.getAttribute('aria-describedby')).toBe(alert.parentElement?.id);
    expect(within(form).getByLabelText('Key').getAttribute('aria-invalid')).toBeNull();

    api.clearOverrides();
    fireEvent.change(label, { target: { value: 'Unreachable' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add reason' }));
    await waitFor(() => expect(status()).toBe('Added “Unreachable” (unreachable).'));
    expect(api.writes().at(-1)).toEqual({
      method: 'PUT',
      path: '/api/rejection-reasons/unreachable',
      body: { label: 'Unreachable', active: true },
    });
    expect(within(form).queryByRole('alert')).toBeNull();
    await waitFor(() => expect(keys(table)).toContain('unreachable'));
    expect((within(form).getByLabelText('Label') as HTMLInputElement).value).toBe('');
    expect((within(form).getByLabelText('Key') as HTMLInputElement).value).toBe('');
  });

  it('says so when there are no reasons yet', async () => {
    api = createFakeApi({ signedInAs: 'admin' });
    api.override((call) => (call.method === 'GET' && call.path === '/api/rejection-reasons' ? { status: 200, body: [] } : undefined));
    vi.stubGlobal('fetch', api.fetch);
    renderApp('/admin/rejection-reasons');
    expect(await screen.findByText('No rejection reasons yet.')).toBeTruthy();
    expect(within(addForm()).getByRole('button', { name: 'Add reason' })).toHaveProperty('disabled', false);
  });

  it('is for admins only', async () => {
    api = createFakeApi({ signedInAs: 'recruiter' });
    vi.stubGlobal('fetch', api.fetch);
    renderApp('/admin/rejection-reasons');
    expect(await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Rejection reasons' })).toBeNull();
  });
});
