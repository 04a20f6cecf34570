import { afterEach } from 'vitest';
import { cleanup } from './render';

// Tells React that tests wrap updates in act(), so it warns about any that escape.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(cleanup);
