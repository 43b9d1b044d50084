/**
 * The first pass: does each file have the shape of the format? Turns valibot's issues into
 * {@link LevelIssue}s with the file and the JSON path.
 */
import * as v from 'valibot';
import type { LevelIssue } from '../model/level-issue';
import type { Result } from '../model/result';
import { err, ok } from '../model/result';
import { decodeMessage } from './coded-message';
import { LEVEL_FORMAT_VERSION, MIN_LEVEL_FORMAT_VERSION } from './format-version';
import type { PathSegment } from './issue-path';
import { formatPath } from './issue-path';
import type { LevelFile, LocaleTree } from './schema';
import { LevelFileSchema, LocaleFileSchema } from './schema';

type AnyIssue = v.BaseIssue<unknown>;

/** Checks `level.json`: first its format version (a newer format is not shape-checked), then its shape. */
export function checkLevelShape(json: unknown, file: string): Result<LevelFile, LevelIssue[]> {
  const versionIssue = checkVersion(json, ['formatVersion'], file);
  if (versionIssue !== undefined) {
    return err([versionIssue]);
  }
  const parsed = v.safeParse(LevelFileSchema, json);
  return parsed.success ? ok(parsed.output) : err(toLevelIssues(parsed.issues, file));
}

/** Checks a locale file: `_meta.formatVersion`, then a tree of objects whose leaves are strings. */
export function checkLocaleShape(json: unknown, file: string): Result<LocaleTree, LevelIssue[]> {
  const parsed = v.safeParse(LocaleFileSchema, json);
  if (!parsed.success) {
    return err(toLevelIssues(parsed.issues, file));
  }
  const versionIssue = checkVersion(parsed.output._meta, ['_meta', 'formatVersion'], file);
  const treeIssues = checkTree(parsed.output, [], file);
  const issues = versionIssue === undefined ? treeIssues : [versionIssue, ...treeIssues];
  return issues.length > 0 ? err(issues) : ok(withoutMeta(parsed.output));
}

function checkVersion(json: unknown, path: PathSegment[], file: string): LevelIssue | undefined {
  const version = isRecord(json) ? json[String(path[path.length - 1])] : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return undefined; // the shape check reports a missing or non-integer version
  }
  if (version >= MIN_LEVEL_FORMAT_VERSION && version <= LEVEL_FORMAT_VERSION) {
    return undefined;
  }
  const range = `${MIN_LEVEL_FORMAT_VERSION}–${LEVEL_FORMAT_VERSION}`;
  const hint = version > LEVEL_FORMAT_VERSION ? 'a newer game is needed' : 'no migration exists';
  return {
    code: 'ERR_FORMAT_VERSION',
    file,
    path: formatPath(path),
    message: `format version ${version} is not supported (this game reads ${range}; ${hint})`,
  };
}

function checkTree(node: Record<string, unknown>, path: PathSegment[], file: string): LevelIssue[] {
  return Object.entries(node).flatMap(([key, value]) => {
    if (path.length === 0 && key === '_meta') {
      return [];
    }
    if (typeof value === 'string') {
      return [];
    }
    if (isRecord(value)) {
      return checkTree(value, [...path, key], file);
    }
    const message = `expected a string or an object of strings, got ${describe(value)}`;
    return [{ code: 'ERR_SHAPE' as const, file, path: formatPath([...path, key]), message }];
  });
}

function withoutMeta(json: Record<string, unknown>): LocaleTree {
  const { _meta: _ignored, ...rest } = json;
  return rest as LocaleTree; // checkTree has just proved every leaf is a string
}

/** valibot issue → LevelIssue, keeping the code a `coded` message carries. */
function toLevelIssues(issues: readonly AnyIssue[], file: string): LevelIssue[] {
  return issues.map((issue) => {
    const { code, message } = decodeMessage(issue.message);
    return { code, file, path: formatPath(issuePath(issue)), message };
  });
}

function issuePath(issue: AnyIssue): PathSegment[] {
  return (issue.path ?? []).map((item) =>
    typeof item.key === 'number' ? item.key : String(item.key),
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) {
    return 'an array';
  }
  return value === null ? 'null' : `a ${typeof value}`;
}
