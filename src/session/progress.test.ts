import { describe, expect, it } from 'vitest';
import { levelStatus } from './progress';

const ids = ['0-first-day', '1-the-upgrade', '2-the-pivot'];

describe('levelStatus', () => {
  it('opens only the first level of a new campaign', () => {
    const progress = { completedLevels: [], badges: [] };
    expect(ids.map((_, index) => levelStatus(ids, index, progress))).toEqual([
      'open',
      'locked',
      'locked',
    ]);
  });

  it('opens the level after a completed one', () => {
    const progress = { completedLevels: ['0-first-day'], badges: [] };
    expect(ids.map((_, index) => levelStatus(ids, index, progress))).toEqual([
      'completed',
      'open',
      'locked',
    ]);
  });

  it('honours levels unlocked explicitly', () => {
    const progress = { completedLevels: [], badges: [], unlockedLevels: ['2-the-pivot'] };
    expect(levelStatus(ids, 2, progress)).toBe('open');
  });
});
