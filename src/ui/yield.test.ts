import { describe, expect, it } from 'vitest';
import { holdBusy, isBusy, nextTask, whenQuiet } from './yield';

/** Lets every timer and idle callback due now run (jsdom has no idle callbacks: 200 ms timers). */
async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 260));
}

describe('whenQuiet', () => {
  it('waits for every busy hold to be released, then for an idle moment', async () => {
    const table = holdBusy();
    const sample = holdBusy();
    let quiet = false;
    void whenQuiet().then(() => {
      quiet = true;
    });
    await settle();
    expect(quiet).toBe(false);
    table();
    await settle();
    expect(quiet).toBe(false);
    expect(isBusy()).toBe(true);
    sample();
    expect(isBusy()).toBe(false);
    await settle();
    expect(quiet).toBe(true);
  });

  it('counts a hold released twice once', async () => {
    const first = holdBusy();
    const second = holdBusy();
    first();
    first();
    expect(isBusy()).toBe(true);
    second();
    expect(isBusy()).toBe(false);
    await nextTask();
  });

  it('keeps waiting when work starts again before the idle moment comes', async () => {
    const table = holdBusy();
    let quiet = false;
    void whenQuiet().then(() => {
      quiet = true;
    });
    table();
    // Before the idle moment: a sample starts.
    const sample = holdBusy();
    await settle();
    expect(quiet).toBe(false);
    sample();
    await settle();
    expect(quiet).toBe(true);
  });

  it('resolves at the next idle moment when nothing is busy', async () => {
    let quiet = false;
    void whenQuiet().then(() => {
      quiet = true;
    });
    await settle();
    expect(quiet).toBe(true);
  });
});
