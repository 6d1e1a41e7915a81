import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, type FakeApi, type FakeApiOptions } from '../test-utils/fakeApi';
import { renderApp } from '../test-utils/renderApp';

let api: FakeApi;

async function openVenues(options: FakeApiOptions = {}) {
  api = createFakeApi({ signedInAs: 'admin', ...options });
  vi.stubGlobal('fetch', api.fetch);
  const view = renderApp('/admin/venues');
  await screen.findByRole('heading', { level: 1, name: 'Venue tiers' });
  const table = await screen.findByRole('table', { name: 'Venues and their tiers' });
  return { ...view, table };
}

const rowOf = (table: HTMLElement, venue: string) => {
  const row = within(table).getByRole('rowheader', { name: venue }).closest('tr');
  if (!row) throw new Error(`no row for ${venue}`);
  return row;
};
const shortNames = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((th) => th.textContent);
const status = () => screen.getByRole('status').textContent;
const addForm = () => screen.getByRole('form', { name: 'Add venue' });

describe('the venue tiers page', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('is in the admin navigation and lists venues best tier first, sortable and filterable', async () => {
    const { table } = await openVenues();
    expect(screen.getByRole('link', { name: 'Venues' }).getAttribute('href')).toBe('/admin/venues');
    expect(shortNames(table)).toEqual(['ICML', 'NeurIPS', 'AISTATS']);
    expect((within(rowOf(table, 'AISTATS')).getByLabelText('Tier of AISTATS') as HTMLSelectElement).value).toBe('2');
    expect((within(rowOf(table, 'ICML')).getByLabelText('Full name of ICML') as HTMLInputElement).value).toBe(
      'International Conference on Machine Learning',
    );

    fireEvent.click(within(table).getByRole('button', { name: /Short name/ }));
    expect(shortNames(table)).toEqual(['AISTATS', 'ICML', 'NeurIPS']);
    fireEvent.click(within(table).getByRole('button', { name: /Short name/ }));
    expect(shortNames(table)).toEqual(['NeurIPS', 'ICML', 'AISTATS']);

    fireEvent.change(screen.getByLabelText('Filter venues'), { target: { value: 'neural' } });
    expect(shortNames(table)).toEqual(['NeurIPS']);
    fireEvent.change(screen.getByLabelText('Filter venues'), { target: { value: 'nothing like it' } });
    expect(screen.getByText('No venues match this filter.')).toBeTruthy();
  });

  it("changes a venue's tier with the row's Save button", async () => {
    const { table } = await openVenues();
    const row = rowOf(table, 'AISTATS');
    const save = within(row).getByRole('button', { name: 'Save AISTATS' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.change(within(row).getByLabelText('Tier of AISTATS'), { target: { value: '1' } });
    expect(save.disabled).toBe(false);
    fireEvent.click(save);

    await waitFor(() => expect(status()).toBe('Saved AISTATS: tier 1.'));
    expect(api.writes()).toEqual([
      { method: 'PUT', path: '/api/venues/AISTATS', body: { tier: 1, fullName: 'Artificial Intelligence and Statistics' } },
    ]);
    expect(api.venues().find((v) => v.venue === 'AISTATS')?.tier).toBe(1);
    await waitFor(() => expect(shortNames(table)).toEqual(['AISTATS', 'ICML', 'NeurIPS']));
    expect((within(rowOf(table, 'AISTATS')).getByRole('button', { name: 'Save AISTATS' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("shows the server's reason next to the row it concerns, and keeps the edit", async () => {
    const { table } = await openVenues();
    const row = rowOf(table, 'ICML');
    fireEvent.change(within(row).getByLabelText('Full name of ICML'), { target: { value: '   ' } });
    fireEvent.click(within(row).getByRole('button', { name: 'Save ICML' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('ICML was not saved.');
    expect(alert.textContent).toContain('Full name must be longer than or equal to 1 characters');
    expect(alert.closest('tr')?.previousElementSibling).toBe(row);
    expect(within(row).getByLabelText('Full name of ICML').getAttribute('aria-invalid')).toBe('true');
    expect(api.venues().find((v) => v.venue === 'ICML')?.fullName).toBe('International Conference on Machine Learning');

    fireEvent.click(within(row).getByRole('button', { name: 'Undo changes to ICML' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect((within(row).getByLabelText('Full name of ICML') as HTMLInputElement).value).toBe(
      'International Conference on Machine Learning',
    );
  });

  it('adds a venue, checking the short and full name first', async () => {
    const { table } = await openVenues();
    fireEvent.click(within(addForm()).getByRole('button', { name: 'Add venue' }));
    expect(within(addForm()).getByText('Enter the short name, e.g. NeurIPS.')).toBeTruthy();
    expect(within(addForm()).getByText('Enter the full name of the venue.')).toBeTruthy();
    fireEvent.change(within(addForm()).getByLabelText('Short name'), { target: { value: 'ICML' } });
    fireEvent.click(within(addForm()).getByRole('button', { name: 'Add venue' }));
    expect(within(addForm()).getByText('ICML is already in the table; change it there.')).toBeTruthy();
    expect(api.writes()).toEqual([]);

    fireEvent.change(within(addForm()).getByLabelText('Short name'), { target: { value: 'LoG' } });
    fireEvent.change(within(addForm()).getByLabelText('Full name'), { target: { value: 'Learning on Graphs' } });
    fireEvent.change(within(addForm()).getByLabelText('Tier'), { target: { value: '3' } });
    fireEvent.click(within(addForm()).getByRole('button', { name: 'Add venue' }));

    await waitFor(() => expect(status()).toBe('Added LoG as tier 3.'));
    expect(api.writes()).toEqual([{ method: 'PUT', path: '/api/venues/LoG', body: { tier: 3, fullName: 'Learning on Graphs' } }]);
    await waitFor(() => expect(shortNames(table)).toContain('LoG'));
    expect((within(addForm()).getByLabelText('Short name') as HTMLInputElement).value).toBe('');
  });

  it('refuses a venue already in the table in another case, naming the one there', async () => {
    await openVenues();
    fireEvent.change(within(addForm()).getByLabelText('Short name'), { target: { value: 'neurips' } });
    fireEvent.change(within(addForm()).getByLabelText('Full name'), { target: { value: 'Neural Information Processing Systems' } });
    fireEvent.click(within(addForm()).getByRole('button', { name: 'Add venue' }));
    expect(within(addForm()).getByText('neurips is already in the table as NeurIPS; change it there.')).toBeTruthy();
    expect(api.writes()).toEqual([]);
  });

  it('keeps the add form disabled until the venue list has loaded', async () => {
    api = createFakeApi({ signedInAs: 'admin' });
    let release: (() => void) | undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      if (new URL(String(input), 'http://x').pathname === '/api/venues') await gate;
      return api.fetch(input, init);
    });
    renderApp('/admin/venues');
    await screen.findByRole('heading', { level: 1, name: 'Venue tiers' });
    expect(within(addForm()).getByLabelText('Short name')).toHaveProperty('disabled', true);
    expect(within(addForm()).getByRole('button', { name: 'Add venue' })).toHaveProperty('disabled', true);
    release?.();
    await screen.findByRole('table', { name: 'Venues and their tiers' });
    expect(within(addForm()).getByLabelText('Short name')).toHaveProperty('disabled', false);
    expect(within(addForm()).getByRole('button', { name: 'Add venue' })).toHaveProperty('disabled', false);
  });

  it('shows a refused new venue in the form', async () => {
    await openVenues();
    api.override((call) =>
      call.method === 'PUT'
        ? {
            status: 400,
            body: {
              code: 'VALIDATION_FAILED',
              message: 'The request is invalid',
              fields: [{ field: 'venue', reason: 'must be a venue short name (letters, digits, spaces, . & / + -)' }],
            },
          }
        : undefined,
    );
    fireEvent.change(within(addForm()).getByLabelText('Short name'), { target: { value: 'TMLR' } });
    fireEvent.change(within(addForm()).getByLabelText('Full name'), { target: { value: 'Transactions on ML Research' } });
    fireEvent.click(within(addForm()).getByRole('button', { name: 'Add venue' }));
    const alert = await within(addForm()).findByRole('alert');
    expect(alert.textContent).toContain('The venue was not added.');
    expect(alert.textContent).toContain('Short name must be a venue short name');
  });

  it('is for admins only', async () => {
    api = createFakeApi({ signedInAs: 'recruiter' });
    vi.stubGlobal('fetch', api.fetch);
    renderApp('/admin/venues');
    expect(await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Venues' })).toBeNull();
  });
});
