import { describe, expect, it } from 'vitest';
import { OUTCOME_CLASSES } from '../model/vocabulary';
import { minimalLevel } from '../testing/minimal-level';
import { labLevelExact } from './exact';
import { labCsv, labJson, labRateRows } from './export';
import { labLevelSample } from './level-sample';
import type { LabSetup } from './setup';
import { DEFAULT_LAB_SETUP } from './setup';

const level = minimalLevel();
const SETUP: LabSetup = {
  ...DEFAULT_LAB_SETUP,
  subject: { kind: 'level', level: level.id },
  models: [level.loadout.defaultModel as LabSetup['models'][number]],
  loadouts: [{ defenses: [] }, { defenses: level.loadout.defenses.slice(0, 1).map((c) => c.id) }],
  assumptions: { ...DEFAULT_LAB_SETUP.assumptions, detectionRate: 0.55 },
  runs: 40,
};

describe('the exports of a level', () => {
  it('name the rate rows the level draws on and the assumptions, one row per outcome class', () => {
    const exact = labLevelExact(SETUP, level);
    const sample = labLevelSample(SETUP, level);
    const rows = labRateRows(exact);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.id)).toEqual(exact.rateIds);
    const csv = labCsv(SETUP, exact, sample);
    expect(csv).toContain(`# subject: level ${level.id}`);
    expect(csv).toContain('detection-rate=0.55');
    expect(csv).toContain(`# rate ${rows[0]?.id ?? ''} = `);
    const body = csv.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    expect(body).toHaveLength(1 + 2 * OUTCOME_CLASSES.length);
    const harmRow = body.find((line) => line.startsWith('none,,') && line.includes(',harm,'));
    expect(harmRow?.split(',')[11]).toBe('40');
    const json = labJson(SETUP, exact, sample);
    expect(json.sample?.kind).toBe('level');
    expect(json.rateRows).toEqual(rows);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
