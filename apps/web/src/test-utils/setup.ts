import { configure } from '@testing-library/dom';

// On 2 cores shared with the API and browser projects, a page can take more than the default
// second to show what a findBy* waits for: the first visit to a lazy route transforms its modules
// on demand (seen at 5.3 s for the dashboard under a CI run plus a fuzzing run). A missing
// element still fails, after 10 s, well inside the web project's 20 s test timeout.
configure({ asyncUtilTimeout: 10_000 });
