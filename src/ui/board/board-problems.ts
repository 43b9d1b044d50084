/**
 * Why the board refused a code, in words: core's reasons (a typo, another version, a replay that
 * went elsewhere) and the board's own two (another session, a level the session does not play).
 * Core decides every reason; this file only says it in the current language.
 */
import type { Level } from '../../core';
import type { CodeProblem, VerifyProblem } from '../../core/workshop';
import { type LevelNamespace, levelNamespace } from '../../levels/level-text';
import type { TextSpec } from '../dom';
import { codeProblemText } from '../workshop/code-text';

/** A key of a level's own strings, with the level's namespace. */
export interface LevelKey {
  readonly key: string;
  readonly namespace: LevelNamespace;
}

/** A reason a result code is not on the board. */
export type RefusalReason =
  | CodeProblem
  | VerifyProblem
  /** The result's session is not the board's (its own session code, as core writes it). */
  | { readonly kind: 'wrong-session'; readonly code: string }
  /** The result is for a level this session does not play. */
  | { readonly kind: 'other-level'; readonly levelId: string };

/** A level's title as a translated parameter (its id when the level is unknown). */
export function levelTitle(levels: readonly Level[], levelId: string): LevelKey | string {
  const level = levels.find((candidate) => candidate.id === levelId);
  return level === undefined
    ? levelId
    : { key: level.titleKey, namespace: levelNamespace(level.id) };
}

/** An ending's title in a level, as a translated parameter (its id when unknown). */
export function endingTitle(level: Level | undefined, endingId: string): LevelKey | string {
  const node = level?.nodes[endingId];
  return node?.kind === 'ending' && level !== undefined
    ? { key: node.titleKey, namespace: levelNamespace(level.id) }
    : endingId;
}

/** The sentence that explains a refusal. */
export function refusalText(
  reason: RefusalReason,
  levels: readonly Level[],
  levelId?: string,
): TextSpec {
  switch (reason.kind) {
    case 'empty':
    case 'checksum':
    case 'bad-character':
    case 'version':
    case 'wrong-kind':
    case 'malformed':
      return codeProblemText(reason, 'board');
    case 'unfinished':
      return { key: 'board.problem.unfinished' };
    case 'wrong-session':
      return { key: 'board.problem.wrong-session', params: { code: reason.code } };
    case 'other-level':
      return {
        key: 'board.problem.other-level',
        params: { level: levelTitle(levels, reason.levelId) },
      };
    case 'refused':
      return {
        key: 'board.problem.refused',
        params: {
          index: reason.index + 1,
          reason: reason.code,
        },
      };
    case 'ending': {
      const level = levels.find((candidate) => candidate.id === levelId);
      return {
        key: 'board.problem.ending',
        params: {
          claimed: endingTitle(level, reason.claimed),
          replayed: endingTitle(level, reason.replayed),
        },
      };
    }
  }
}
