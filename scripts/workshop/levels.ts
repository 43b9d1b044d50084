/** The campaign's levels from `levels/`, read the way `npm run simulate` and the validator read them. */
import path from 'node:path';
import type { Level, LevelIssue, Result } from '../../src/core';
import { err, ok } from '../../src/core';
import { CAMPAIGN_LEVEL_IDS } from '../../src/core/workshop';
import { LEVELS_DIR, loadLevelFolder } from '../validate-levels';

/** Every campaign level by id, or the first level that does not load with its problems. */
export function loadCampaign(): Result<
  ReadonlyMap<string, Level>,
  { id: string; issues: LevelIssue[] }
> {
  const levels = new Map<string, Level>();
  for (const id of CAMPAIGN_LEVEL_IDS) {
    const loaded = loadLevelFolder(path.join(LEVELS_DIR, id));
    if (!loaded.ok) {
      return err({ id, issues: loaded.error });
    }
    levels.set(id, loaded.value);
  }
  return ok(levels);
}
