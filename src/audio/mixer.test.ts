import { describe, expect, it } from 'vitest';
import { effectiveVolume, type VolumeLevels } from './mixer';

const levels: VolumeLevels = { master: 0.5, music: 0.4, effects: 0.8, muted: false };

describe('effectiveVolume', () => {
  it('multiplies master, the group level and the cue gain', () => {
    expect(effectiveVolume(levels, 'music', 0.5)).toBeCloseTo(0.1);
    expect(effectiveVolume(levels, 'effects', 1)).toBeCloseTo(0.4);
  });

  it('is 0 when muted, whatever the sliders say', () => {
    expect(effectiveVolume({ ...levels, muted: true }, 'effects', 1)).toBe(0);
  });

  it('is 0 when either slider is at 0', () => {
    expect(effectiveVolume({ ...levels, master: 0 }, 'effects', 1)).toBe(0);
    expect(effectiveVolume({ ...levels, music: 0 }, 'music', 1)).toBe(0);
    expect(effectiveVolume({ ...levels, music: 0 }, 'effects', 1)).toBeCloseTo(0.4);
  });

  it('clamps out-of-range and non-finite inputs into [0, 1]', () => {
    expect(effectiveVolume({ ...levels, master: 4, effects: 2 }, 'effects', 3)).toBe(1);
    expect(effectiveVolume({ ...levels, master: -1 }, 'effects', 1)).toBe(0);
    expect(effectiveVolume({ ...levels, master: Number.NaN }, 'effects', 1)).toBe(0);
  });
});
