/**
 * The debrief's counterfactual says which reviewer it assumes: the player's record once it has
 * seen a harmful item, the labelled assumption before; and it replays with that catch rate.
 */
import { describe, expect, it } from 'vitest';
import { NO_REVIEW } from '../rules/costs';
import { minimalLevel } from '../testing/minimal-level';
import { play } from '../testing/play';
import { counterfactualReviewer, counterfactuals } from './counterfactual';

describe('the counterfactual reviewer', () => {
  it('is the labelled assumption before the player has seen a harmful item', () => {
    expect(counterfactualReviewer(0.9, undefined)).toEqual({
      basis: 'assumption',
      catchRate: 0.9,
      harmfulSeen: 0,
    });
    expect(counterfactualReviewer(0.9, NO_REVIEW).basis).toBe('assumption');
  });

  it('is the player’s record once a harmful item reached the queue', () => {
    const record = { ...NO_REVIEW, harmfulArrived: 4, harmfulStopped: 3 };
    expect(counterfactualReviewer(0.9, record)).toEqual({
      basis: 'record',
      catchRate: 0.75,
      harmfulSeen: 4,
    });
  });

  it('replays with that reviewer and says so on every loadout with a queue', () => {
    const level = minimalLevel();
    const seed = 7;
    const played = play(level, { seed }, [
      {
        kind: 'set-loadout',
        loadout: { model: 'Claude Opus 4', goalFraming: 'no-goal', defenses: [] },
      },
      { kind: 'start-day' },
    ]).state;
    // A reviewer who never holds: adding oversight cannot stop a harmful action.
    const never = { ...NO_REVIEW, harmfulArrived: 2, harmfulStopped: 0 };
    const results = counterfactuals(level, played, seed, never);
    const withOversight = results.find((item) => item.defense === 'oversight');
    expect(withOversight?.reviewer).toEqual({ basis: 'record', catchRate: 0, harmfulSeen: 2 });
    expect(withOversight?.ending).not.toBe('end-held');
    expect(results.find((item) => item.defense === 'monitor')?.reviewer).toBeNull();
  });
});
