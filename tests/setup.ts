import { expect } from 'vitest';
import { claimMatchers } from '../src/testing/index.js';

expect.extend(claimMatchers);
