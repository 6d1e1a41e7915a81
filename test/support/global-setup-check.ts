import { beforeAll, inject } from 'vitest';

// Runs in every API and browser test file: a failed global setup fails the file.
beforeAll(() => {
  const error = inject('globalSetupError');
  if (error) throw new Error(`global test setup failed:\n${error}`);
});
