import { ErrorCode } from '@loopboard/contracts';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, DEMO_USERS, type FakeApi } from '../test-utils/fakeApi';
import { renderApp } from '../test-utils/renderApp';

const RILEY = DEMO_USERS.recruiter;
const ADA = DEMO_USERS.admin;

async function openUsers() {
  const view = renderApp('/admin/users');
  await screen.findByRole('heading', { level: 1, name: 'Users' });
  const table = await screen.findByRole('table', { name: 'All users' });
  return { ...view, table };
}

const rowOf = (table: HTMLElement, name: string) => {
  const row = within(table).getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};
const status = () => screen.getByRole('status').textContent;
const field = (label: string) => screen.getByLabelText(label, { exact: true }) as HTMLInputElement;

function fillNewUser({ name = 'Jane Doe', email = 'jane@example.com', role = 'recruiter', password = 'a-long-enough-secret' } = {}) {
  fireEvent.change(field('Name'), { target: { value: name } });
  fireEvent.change(field('Email'), { target: { value: email } });
  fireEvent.change(field('Role'), { target: { value: role } });
  fireEvent.change(field('Initial password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Add user' }));
}

describe('the users page', () => {
  let api: FakeApi;
  beforeEach(() => {
    api = createFakeApi({ signedInAs: 'admin' });
    vi.stubGlobal('fetch', api.fetch);
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('lists every user by name with their email, role and status', async () => {
    const { table } = await openUsers();
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Name', 'Email', 'Role', 'Status', 'Actions']);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => {
        const cells = within(row).getAllByRole('cell');
        const select = within(row).getByRole('combobox') as HTMLSelectElement;
        return [within(row).getByRole('rowheader').textContent, cells[0].textContent, select.value, cells[2].textContent];
      });
    expect(rows).toEqual([
      ['Ada Admin you', 'admin@loopboard.dev', 'admin', 'Active'],
      ['Ivan Interviewer', 'interviewer@loopboard.dev', 'interviewer', 'Active'],
      ['Morgan Manager', 'manager@loopboard.dev', 'hiring_manager', 'Active'],
      ['Riley Recruiter', 'recruiter@loopboard.dev', 'recruiter', 'Active'],
    ]);
    expect(screen.getByLabelText('Role for Riley Recruiter')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Deactivate Riley Recruiter' })).toBeTruthy();
  });

  it('adds a user, sending the CSRF token, and lists them', async () => {
    const { table } = await openUsers();
    fillNewUser();

    await waitFor(() => expect(status()).toBe('Added Jane Doe'));
    expect(api.writes()).toEqual([
      { method: 'POST', path: '/api/users', body: { name: 'Jane Doe', email: 'jane@example.com', role: 'recruiter', password: 'a-long-enough-secret' } },
    ]);
    expect(api.calls.find((call) => call.method === 'POST')?.csrfToken).toBe(api.csrfToken());
    expect(within(rowOf(table, 'Jane Doe')).getByText('jane@example.com')).toBeTruthy();
    expect(field('Name').value).toBe('');
    expect(field('Initial password').value).toBe('');
  });

  it('refuses a password shorter than 12 characters before asking the server', async () => {
    await openUsers();
    fillNewUser({ password: 'short-pass1' });

    expect(screen.getByText('The password must be at least 12 characters.')).toBeTruthy();
    expect(field('Initial password').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field('Initial password'));
    expect(api.writes()).toEqual([]);
  });

  it('says so next to the email when it is already taken', async () => {
    await openUsers();
    fillNewUser({ email: 'RECRUITER@loopboard.dev' });

    const message = await screen.findByText('A user with this email already exists.');
    expect(field('Email').getAttribute('aria-describedby')).toContain(message.id);
    expect(field('Email').getAttribute('aria-invalid')).toBe('true');
  });

  it("shows the server's field errors next to their fields", async () => {
    api.override((call) =>
      call.method === 'POST' && call.path === '/api/users'
        ? {
            status: 400,
            body: {
              code: ErrorCode.VALIDATION_FAILED,
              message: 'The request is invalid',
              fields: [
                { field: 'email', reason: 'must be an email' },
                { field: 'name', reason: 'must be shorter than or equal to 200 characters' },
              ],
            },
          }
        : undefined,
    );
    await openUsers();
    fillNewUser({ email: 'jane@localhost' });

    expect(await screen.findByText('Email must be an email')).toBeTruthy();
    expect(screen.getByText('Name must be shorter than or equal to 200 characters')).toBeTruthy();
    expect(field('Name').getAttribute('aria-invalid')).toBe('true');
  });

  it('deactivates a user only after confirmation, then offers to reactivate them', async () => {
    const { table } = await openUsers();
    fireEvent.click(screen.getByRole('button', { name: 'Deactivate Riley Recruiter' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(api.writes()).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Deactivate Riley Recruiter' }));
    expect(within(rowOf(table, 'Riley Recruiter')).getByText('Deactivate Riley Recruiter? They are signed out at once.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Confirm deactivation' }));

    await waitFor(() => expect(status()).toBe('Deactivated Riley Recruiter'));
    expect(api.writes()).toEqual([{ method: 'PATCH', path: `/api/users/${RILEY.id}`, body: { active: false } }]);
    expect(api.calls.find((call) => call.method === 'PATCH')?.csrfToken).toBe(api.csrfToken());
    expect(within(rowOf(table, 'Riley Recruiter')).getByText('Deactivated')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Reactivate Riley Recruiter' }));
    await waitFor(() => expect(status()).toBe('Reactivated Riley Recruiter'));
    expect(api.writes()[1]).toEqual({ method: 'PATCH', path: `/api/users/${RILEY.id}`, body: { active: true } });
    expect(within(rowOf(table, 'Riley Recruiter')).getByText('Active')).toBeTruthy();
  });

  it("changes a user's role as soon as another is picked", async () => {
    await openUsers();
    fireEvent.change(screen.getByLabelText('Role for Riley Recruiter'), { target: { value: 'hiring_manager' } });

    await waitFor(() => expect(status()).toBe("Changed Riley Recruiter's role to Hiring manager"));
    expect(api.writes()).toEqual([{ method: 'PATCH', path: `/api/users/${RILEY.id}`, body: { role: 'hiring_manager' } }]);
    expect((screen.getByLabelText('Role for Riley Recruiter') as HTMLSelectElement).value).toBe('hiring_manager');
  });

  it('explains that admins cannot demote or deactivate themselves, and keeps the role shown as it is', async () => {
    await openUsers();
    fireEvent.change(screen.getByLabelText(`Role for ${ADA.name}`), { target: { value: 'recruiter' } });

    expect((await screen.findByRole('alert')).textContent).toBe('You cannot deactivate or demote your own account.');
    expect((screen.getByLabelText(`Role for ${ADA.name}`) as HTMLSelectElement).value).toBe('admin');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('shows no access when the API refuses (the user lost admin rights meanwhile)', async () => {
    api.override((call) =>
      call.path === '/api/users' ? { status: 403, body: { code: ErrorCode.FORBIDDEN, message: 'Admins only' } } : undefined,
    );
    renderApp('/admin/users');
    expect(await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" })).toBeTruthy();
  });
});
