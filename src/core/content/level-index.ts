/**
 * Id → position maps over a shape-checked level file, built once so every cross-reference
 * check can ask "does this exist, and where is it?". Duplicates are reported while building.
 */
import type { PathSegment } from './issue-path';
import type { IssueCollector } from './issue-path';
import type { LevelFile, NodeFile } from './schema';

/** Where each id of a level file sits. */
export interface LevelIndex {
  readonly cast: ReadonlyMap<string, number>;
  readonly emails: ReadonlyMap<string, number>;
  readonly nodes: ReadonlyMap<string, number>;
  readonly framings: ReadonlyMap<string, number>;
}

/** The context every cross-reference check receives. */
export interface CheckContext {
  readonly level: LevelFile;
  readonly index: LevelIndex;
  /** The level file's name, e.g. `levels/1-the-upgrade/level.json`. */
  readonly file: string;
  readonly issues: IssueCollector;
}

/** Builds the index, reporting every id used twice among things of one kind. */
export function buildIndex(level: LevelFile, file: string, issues: IssueCollector): LevelIndex {
  const indexOf = (items: readonly { id: string }[], path: PathSegment[]) =>
    indexIds(items, path, file, issues);
  reportOptionDuplicates(level.nodes, file, issues);
  indexOf(level.loadout.defenses, ['loadout', 'defenses']);
  reportDuplicateModels(level.loadout.models, file, issues);
  return {
    cast: indexOf(level.cast, ['cast']),
    emails: indexOf(level.emails, ['emails']),
    nodes: indexOf(level.nodes, ['nodes']),
    framings: indexOf(level.loadout.goalFramings, ['loadout', 'goalFramings']),
  };
}

function indexIds(
  items: readonly { id: string }[],
  path: PathSegment[],
  file: string,
  issues: IssueCollector,
): Map<string, number> {
  const seen = new Map<string, number>();
  items.forEach((item, position) => {
    const first = seen.get(item.id);
    if (first === undefined) {
      seen.set(item.id, position);
      return;
    }
    const message = `id "${item.id}" is already used at ${path.join('.')}[${first}]`;
    issues.add('ERR_DUPLICATE_ID', file, [...path, position, 'id'], message);
  });
  return seen;
}

function reportOptionDuplicates(
  nodes: readonly NodeFile[],
  file: string,
  issues: IssueCollector,
): void {
  nodes.forEach((node, position) => {
    if (node.kind === 'choice') {
      indexIds(node.options, ['nodes', position, 'options'], file, issues);
    }
    if (node.kind === 'split') {
      indexIds(node.branches, ['nodes', position, 'branches'], file, issues);
    }
  });
}

function reportDuplicateModels(models: readonly string[], file: string, issues: IssueCollector) {
  models.forEach((model, position) => {
    if (models.indexOf(model) !== position) {
      const message = `model "${model}" is offered twice`;
      issues.add('ERR_DUPLICATE_ID', file, ['loadout', 'models', position], message);
    }
  });
}
