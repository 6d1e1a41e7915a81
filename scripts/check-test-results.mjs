// `npm test` ends here. Vitest 4 can exit 0 although a test file failed (a hook
// failing after a global setup) or nothing ran; its JSON summary is the judge.
import { readFileSync } from 'node:fs';

const summary = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
const { numTotalTests, numPassedTests, numFailedTests, numFailedTestSuites, numPendingTests, numTodoTests } = summary;
console.log(`${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped`);
if (numFailedTests > 0 || numFailedTestSuites > 0 || numTotalTests === 0 || numPassedTests === 0) {
  console.error(`npm test FAILED: ${numFailedTestSuites} test file(s) failed, ${numFailedTests} test(s) failed, ${numTotalTests} test(s) in all`);
  process.exit(1);
}
