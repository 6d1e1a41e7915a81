// Entry for tools outside the app (tests, scripts, benchmarks).
export { hashPassword, verifyPassword, ARGON2_OPTIONS } from './password-hasher.js';
