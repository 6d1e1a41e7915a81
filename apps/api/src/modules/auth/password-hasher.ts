import argon2 from 'argon2';

/**
 * Argon2id above OWASP's floor (19 MiB, 2 passes): 64 MiB and 3 passes hash in
 * about 150–200 ms on this project's 2-core machines (see `npm run bench:auth`).
 */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 64 * 1024, timeCost: 3, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spends the same time as a real check, so an unknown email is not told apart by timing. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('loopboard-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
  return false;
}
