/**
 * How the set-up's result moves as one assumption slides: for each of {@link LAB_SWEEP_STEPS}
 * values, the exact P(harm) and expected cost of every set-up loadout × model that has figures
 * (`labExact` for a study condition, `labLevelExact` for a level), the other assumptions held
 * at the set-up's values.
 */
import type { Level } from '../model/level';
import type { ModelName } from '../rates/models';
import { labExact, labLevelExact } from './exact';
import type { LabSetup } from './setup';

/** The assumptions a sweep can slide. */
export type LabSweepAssumption = 'catchRate' | 'detectionRate' | 'falseAlarmRate' | 'reviewMinutes';

/** One set-up loadout × model at one value of the swept assumption. */
export interface LabSweepPoint {
  readonly value: number;
  /** Index into `setup.loadouts`. */
  readonly loadout: number;
  readonly model: ModelName;
  readonly harm: number;
  /** Expected hours, as `LabExact` cost (a condition) or `expectedCost` (a level). */
  readonly cost: number;
}

/** A sweep: the values tried, in order, and every point (value-major, then loadout, then model). */
export interface LabSweep {
  readonly assumption: LabSweepAssumption;
  readonly values: readonly number[];
  readonly points: readonly LabSweepPoint[];
}

/** Values per sweep. */
export const LAB_SWEEP_STEPS = 11;

/**
 * The top of the review-time sweep, in minutes. A display range: the setting itself allows up
 * to `MAX_REVIEW_MINUTES` (240), but an hour per item already shows how review time moves cost.
 */
export const LAB_SWEEP_REVIEW_MINUTES = 60;

/**
 * The values a sweep tries: 0, 0.1, … 1 for a probability; 0, 6, … 60 minutes for review time
 * (see {@link LAB_SWEEP_REVIEW_MINUTES}). Computed as i × top / 10 so that 0.3 is 0.3.
 */
export function labSweepValues(assumption: LabSweepAssumption): number[] {
  const top = assumption === 'reviewMinutes' ? LAB_SWEEP_REVIEW_MINUTES : 1;
  const last = LAB_SWEEP_STEPS - 1;
  return Array.from({ length: LAB_SWEEP_STEPS }, (_, index) => (index * top) / last);
}

/**
 * The sweep of one assumption over the set-up's loadouts and models; only cells with figures.
 * @throws TypeError for a level subject without its level (or another level)
 */
export function labSweep(setup: LabSetup, assumption: LabSweepAssumption, level?: Level): LabSweep {
  if (setup.subject.kind === 'level' && (level === undefined || level.id !== setup.subject.level)) {
    throw new TypeError('labSweep needs the level the set-up names');
  }
  const values = labSweepValues(assumption);
  const points: LabSweepPoint[] = [];
  for (const value of values) {
    const swept: LabSetup = {
      ...setup,
      assumptions: { ...setup.assumptions, [assumption]: value },
    };
    if (setup.subject.kind === 'condition' || level === undefined) {
      for (const cell of labExact(swept).cells) {
        if (cell.ok) {
          const { loadout, model } = cell;
          points.push({ value, loadout, model, harm: cell.odds.harm.value, cost: cell.cost.hours });
        }
      }
    } else {
      for (const cell of labLevelExact(swept, level).cells) {
        if (cell.ok) {
          const { loadout, model } = cell;
          points.push({ value, loadout, model, harm: cell.harm, cost: cell.expectedCost });
        }
      }
    }
  }
  return { assumption, values, points };
}
