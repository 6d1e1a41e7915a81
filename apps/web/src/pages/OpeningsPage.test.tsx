import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, DEMO_USERS, ML_ENGINEER_ID, ML_RESEARCHER_ID, type FakeApi } from '../test-utils/fakeApi';
import { renderApp } from '../test-utils/renderApp';

let api: FakeApi;
const MANAGER = DEMO_USERS.hiring_manager;

function start(role: 'admin' | 'recruiter' | 'hiring_manager' | 'interviewer' = 'recruiter') {
  api = createFakeApi({ signedInAs: role });
  api.seedOpening({
    title: 'ML engineer, ranking',
    roleId: ML_ENGINEER_ID,
    hiringManagerId: MANAGER.id,
    level: 'senior',
    headcount: 2,
    targetDate: '2026-06-30',
  });
  api.seedOpening({
    title: 'ML researcher, alignment',
    roleId: ML_RESEARCHER_ID,
    hiringManagerId: MANAGER.id,
    level: 'staff',
    status: 'on_hold',
  });
  vi.stubGlobal('fetch', api.fetch);
  return renderApp('/openings');
}

const table = () => screen.findByRole('table', { name: 'Openings' });
const titles = async () =>
  within(await table())
    .getAllByRole('rowheader')
    .map((th) => th.textContent);

describe('the openings page', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('lists openings, newest first, with their role, level, headcount, manager, target date, status and active applications', async () => {
    start();
    await screen.findByRole('heading', { level: 1, name: 'Openings' });
    const list = await table();
    expect(
      within(list)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Title', 'Role', 'Level', 'Headcount', 'Hiring manager', 'Target date', 'Status', 'Active applications']);
    const [first, second] = within(list).getAllByRole('row').slice(1);
    expect([...first!.querySelectorAll('th,td')].map((c) => c.textContent)).toEqual([
      'ML researcher, alignment',
      'ML researcher',
      'Staff',
      '1',
      'Morgan Manager',
      '—',
      'On hold',
      '0',
    ]);
    expect([...second!.querySelectorAll('th,td')].map((c) => c.textContent)).toEqual([
      'ML engineer, ranking',
      'ML engineer',
      'Senior',
      '2',
      'Morgan Manager',
      '2026-06-30',
      'Open',
      '0',
    ]);
    expect(within(list).getByRole('link', { name: 'ML engineer, ranking' }).getAttribute('href')).toMatch(/^\/openings\/d0000000-/);
  });

  it('filters by status, keeps the filter in the address, and says when nothing matches', async () => {
    const { router } = start();
    await table();
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'on_hold' } });
    await waitFor(async () => expect(await titles()).toEqual(['ML researcher, alignment']));
    expect(router.state.location.search).toBe('?status=on_hold');
    expect(api.calls.filter((c) => c.path === '/api/openings').at(-1)?.search).toContain('status=on_hold');
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'filled' } });
    expect(await screen.findByText('No filled openings.')).toBeTruthy();
  });

  it('loads more openings with the cursor', async () => {
    api = createFakeApi({ signedInAs: 'recruiter' });
    for (let i = 1; i <= 30; i += 1)
      api.seedOpening({ title: `Opening ${String(i).padStart(2, '0')}`, roleId: ML_ENGINEER_ID, hiringManagerId: MANAGER.id });
    vi.stubGlobal('fetch', api.fetch);
    renderApp('/openings');
    await waitFor(async () => expect((await titles()).length).toBe(25));
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(async () => expect((await titles()).length).toBe(30));
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(api.calls.filter((c) => c.path === '/api/openings').at(-1)?.search).toContain('cursor=25');
  });

  it('creates an opening, showing a field the API refused next to it', async () => {
    start('admin');
    await table();
    fireEvent.click(screen.getByRole('button', { name: 'New opening' }));
    const form = screen.getByRole('form', { name: 'New opening' });
    fireEvent.click(within(form).getByRole('button', { name: 'Create opening' }));
    // Checked here first: nothing is sent without the required fields.
    expect(await within(form).findByText('Enter a title.')).toBeTruthy();
    expect(api.writes()).toEqual([]);

    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Data engineer, feature store' } });
    await within(form).findByRole('option', { name: 'ML engineer' });
    fireEvent.change(within(form).getByLabelText('Role'), { target: { value: ML_ENGINEER_ID } });
    fireEvent.change(within(form).getByLabelText('Level'), { target: { value: 'staff' } });
    fireEvent.change(within(form).getByLabelText('Headcount'), { target: { value: '0' } });
    await within(form).findByRole('option', { name: 'Morgan Manager' });
    fireEvent.change(within(form).getByLabelText('Hiring manager'), { target: { value: MANAGER.id } });
    fireEvent.change(within(form).getByLabelText('Target date'), { target: { value: '2026-09-01' } });
    fireEvent.click(within(form).getByLabelText('Riley Recruiter (recruiter)'));
    fireEvent.click(within(form).getByRole('button', { name: 'Create opening' }));

    const headcount = within(form).getByLabelText('Headcount');
    await waitFor(() => expect(headcount.getAttribute('aria-invalid')).toBe('true'));
    expect(within(form).getByText('Headcount must be a whole number from 1 to 1000')).toBeTruthy();
    expect(document.activeElement).toBe(headcount);

    fireEvent.change(headcount, { target: { value: '2' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create opening' }));
    expect(await screen.findByText(/Created Data engineer, feature store\./)).toBeTruthy();
    expect(api.writes().at(-1)).toEqual({
      method: 'POST',
      path: '/api/openings',
      body: {
        title: 'Data engineer, feature store',
        roleId: ML_ENGINEER_ID,
        level: 'staff',
        headcount: 2,
        hiringManagerId: MANAGER.id,
        targetDate: '2026-09-01',
        recruiterIds: [DEMO_USERS.recruiter.id],
        interviewerIds: [],
      },
    });
    await waitFor(async () => expect((await titles())[0]).toBe('Data engineer, feature store'));
  });

  it('lets a recruiter pick the hiring manager and team from the user directory, without the admin-only user list', async () => {
    start('recruiter');
    await table();
    fireEvent.click(screen.getByRole('button', { name: 'New opening' }));
    const form = screen.getByRole('form', { name: 'New opening' });
    // No stopgap: no "someone else" option, no user id field, no hint about admins.
    expect(within(form).queryByText(/Only admins can list every user/)).toBeNull();
    expect(within(form).queryByLabelText(/user id/i)).toBeNull();
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'MLOps engineer' } });
    await within(form).findByRole('option', { name: 'ML engineer' });
    fireEvent.change(within(form).getByLabelText('Role'), { target: { value: ML_ENGINEER_ID } });
    // The hiring managers come from the directory: active hiring managers and admins only.
    await within(form).findByRole('option', { name: 'Morgan Manager' });
    const managerOptions = within(within(form).getByLabelText('Hiring manager'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(managerOptions[0]).toBe('Choose a hiring manager');
    expect([...managerOptions.slice(1)].sort()).toEqual([`${DEMO_USERS.admin.name} (admin)`, 'Morgan Manager'].sort());
    expect(managerOptions.join()).not.toContain(DEMO_USERS.recruiter.name);
    fireEvent.change(within(form).getByLabelText('Hiring manager'), { target: { value: MANAGER.id } });
    fireEvent.click(within(form).getByLabelText(`${DEMO_USERS.recruiter.name} (recruiter)`));
    fireEvent.click(within(form).getByLabelText(`${DEMO_USERS.interviewer.name} (interviewer)`));
    fireEvent.click(within(form).getByRole('button', { name: 'Create opening' }));
    expect(await screen.findByText(/Created MLOps engineer\./)).toBeTruthy();
    expect(api.calls.some((c) => c.path === '/api/users')).toBe(false);
    expect(api.calls.some((c) => c.path === '/api/users/directory')).toBe(true);
    expect(api.writes().at(-1)?.body).toMatchObject({
      hiringManagerId: MANAGER.id,
      title: 'MLOps engineer',
      recruiterIds: [DEMO_USERS.recruiter.id],
      interviewerIds: [DEMO_USERS.interviewer.id],
    });
  });

  it('leaves deactivated people out of the pickers', async () => {
    start('recruiter');
    api.seedPerson({ id: 'b0000000-0000-4000-8000-000000000091', name: 'Gone Manager', role: 'hiring_manager', active: false });
    api.seedPerson({ id: 'b0000000-0000-4000-8000-000000000092', name: 'Gone Interviewer', role: 'interviewer', active: false });
    api.seedPerson({ id: 'b0000000-0000-4000-8000-000000000093', name: 'Ada Second Manager', role: 'hiring_manager' });
    await table();
    fireEvent.click(screen.getByRole('button', { name: 'New opening' }));
    const form = screen.getByRole('form', { name: 'New opening' });
    await within(form).findByRole('option', { name: 'Ada Second Manager' });
    expect(within(form).queryByRole('option', { name: 'Gone Manager' })).toBeNull();
    expect(within(form).queryByText(/Gone Interviewer/)).toBeNull();
  });

  it('gives hiring managers the list without the form, and interviewers no access', async () => {
    start('hiring_manager');
    await table();
    expect(screen.queryByRole('button', { name: 'New opening' })).toBeNull();
    cleanup();
    start('interviewer');
    expect(await screen.findByText(/recruiters, hiring managers and admins/)).toBeTruthy();
    expect(api.calls.some((c) => c.path === '/api/openings')).toBe(false);
  });
});
