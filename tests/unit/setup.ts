// Runs before every unit test file (vitest.config.ts, setupFiles): what is registered here applies
// to each file.
import { afterAll } from 'vitest';
import { removeFixtureRoots } from './helpers/fixture-roots';

afterAll(removeFixtureRoots);
