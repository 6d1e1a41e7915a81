import { configure } from '@testing-library/dom';

// On 2 cores shared with the API and browser projects, a page can take more than the default
// second to show what a findBy* waits for; a missing element still fails, after 5 s.
configure({ asyncUtilTimeout: 5_000 });
