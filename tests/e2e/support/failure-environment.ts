import { TestEnvironment } from 'jest-environment-node';
import type { Circus } from '@jest/types';

/**
 * Jest's node environment, plus the name of the test whose body just failed, so the afterEach
 * in failure-screenshots.ts can photograph the pages as they were when it failed.
 */
export default class FailureAwareEnvironment extends TestEnvironment {
  handleTestEvent(event: Circus.Event): void {
    if (event.name === 'test_start') this.global.e2eFailedTest = null;
    if (event.name === 'test_fn_failure') this.global.e2eFailedTest = event.test.name;
  }
}
