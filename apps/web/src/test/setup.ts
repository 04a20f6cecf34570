import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Times show in the reader's zone: pin the one our users are in, so tests read the same anywhere.
process.env.TZ = 'Europe/London';

// Tells React that tests wrap updates in act(), so it warns about any that escape.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Testing Library cleans up by itself only where the test runner's globals are on; here they are not.
afterEach(cleanup);
