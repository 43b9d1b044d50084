import { describe, expect, it } from 'vitest';
import { STREAMS, nextFloat, seedRng } from '../rng/rng';
import { LabDice } from './dice';

describe('LabDice', () => {
  it.each([1, 7, 'a text seed', 2 ** 40])(
    'reads the same floats as nextFloat (seed %s)',
    (seed) => {
      let state = seedRng(seed, STREAMS.world);
      const dice = new LabDice(state);
      for (let draw = 0; draw < 20_000; draw += 1) {
        const [value, next] = nextFloat(state);
        state = next;
        expect(dice.next()).toBe(value);
      }
    },
  );
});
