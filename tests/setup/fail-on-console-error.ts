import { afterEach, beforeEach, type MockInstance, vi } from 'vitest';

// A console.error during a test is a failure, not noise.
let errors: unknown[][] = [];
let spy: MockInstance<typeof console.error> | undefined;

beforeEach(() => {
  errors = [];
  spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});

afterEach(() => {
  spy?.mockRestore();
  if (errors.length > 0) {
    throw new Error(
      `console.error was called during the test:\n${errors.map((e) => e.map(String).join(' ')).join('\n')}`,
    );
  }
});
