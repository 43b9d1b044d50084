/** Helpers that build {@link LevelIssue}s with readable JSON paths. */
import type { LevelIssue, LevelIssueCode } from '../model/level-issue';

/** One step into a JSON value: an object key or an array index. */
export type PathSegment = string | number;

const PLAIN_KEY = /^[A-Za-z0-9_$][A-Za-z0-9_$-]*$/;

/**
 * Formats a path as an author reads it: `emails[3].from`, `nodes[0].options[1].next`.
 * Keys with other characters than letters, digits, `_`, `$` and `-` are quoted so the path stays unambiguous.
 */
export function formatPath(path: readonly PathSegment[]): string {
  return path.reduce<string>((text, segment) => text + formatSegment(segment, text === ''), '');
}

function formatSegment(segment: PathSegment, first: boolean): string {
  if (typeof segment === 'number') {
    return `[${segment}]`;
  }
  if (PLAIN_KEY.test(segment)) {
    return first ? segment : `.${segment}`;
  }
  return `[${JSON.stringify(segment)}]`;
}

/** Collects issues for one file, so each check only names the path and the problem. */
export class IssueCollector {
  private readonly _issues: LevelIssue[] = [];

  /** Records one problem in `file` at `path`. */
  add(code: LevelIssueCode, file: string, path: readonly PathSegment[], message: string): void {
    this._issues.push({ code, file, path: formatPath(path), message });
  }

  /** Records problems made elsewhere (e.g. by the shape check). */
  addAll(issues: readonly LevelIssue[]): void {
    this._issues.push(...issues);
  }

  /** Every problem recorded so far, in the order found. */
  get issues(): readonly LevelIssue[] {
    return this._issues;
  }
}
