import { fireEvent, screen } from '@testing-library/react';
import { DEMO_PASSWORD } from './fakeApi';

/** Fills in and submits the sign-in page, once it shows. */
export async function signInThroughPage(email: string, password = DEMO_PASSWORD) {
  await screen.findByRole('heading', { level: 1, name: 'Sign in to Loopboard' });
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}
