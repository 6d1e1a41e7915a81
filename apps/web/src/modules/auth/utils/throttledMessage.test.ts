import { describe, expect, it } from 'vitest';
import { throttledMessage } from './throttledMessage';

describe('throttledMessage', () => {
  it('rounds the wait up to whole minutes, with "1 minute" in the singular', () => {
    expect(throttledMessage(1)).toBe('Too many failed sign-ins. Try again in 1 minute.');
    expect(throttledMessage(60)).toBe('Too many failed sign-ins. Try again in 1 minute.');
    expect(throttledMessage(61)).toBe('Too many failed sign-ins. Try again in 2 minutes.');
    expect(throttledMessage(900)).toBe('Too many failed sign-ins. Try again in 15 minutes.');
  });

  it('still says what to do when the server gave no usable wait', () => {
    expect(throttledMessage(undefined)).toBe('Too many failed sign-ins. Try again in a few minutes.');
    expect(throttledMessage(0)).toBe('Too many failed sign-ins. Try again in a few minutes.');
  });
});
