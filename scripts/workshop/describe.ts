/** The workshop tool's words: problems, a session and a verified row, as plain text. */
import type { CodeProblem, SessionProblem, VerifyProblem } from '../../src/core/workshop';
import type { BoardRow } from '../../src/core/workshop';
import type { FixtureProblem } from './fixture';

/** Why a code was refused, in words. */
export function describeCodeProblem(problem: CodeProblem): string {
  switch (problem.kind) {
    case 'empty':
      return 'the code is empty';
    case 'bad-character':
      return `"${problem.character}" at position ${problem.at + 1} is not a code symbol (digits and letters except I, L, O, U)`;
    case 'checksum':
      return 'the check symbols do not match: the code has a typo';
    case 'version':
      return `the code is of format version ${problem.found}; this version reads version ${problem.expected}`;
    case 'wrong-kind':
      return problem.expected === 'session'
        ? 'this is a result code, not a session code'
        : 'this is a session code, not a result code';
    case 'malformed':
      return `the code says something impossible (${problem.detail})`;
  }
}

/** Why a session cannot be made, in words. */
export function describeSessionProblem(problem: SessionProblem): string {
  switch (problem.kind) {
    case 'no-levels':
      return 'a session needs at least one level';
    case 'unknown-level':
      return `"${problem.level}" is not a campaign level`;
    case 'bad-seed':
      return 'the seed must be a whole number from 0 to 4294967295';
    case 'bad-budget':
      return 'the budget must be a whole number of tokens from 0 to 30';
    case 'unknown-card':
      return `"${problem.card}" is not a defense card`;
    case 'no-cards':
      return 'a session that names cards needs at least one';
    case 'bad-minutes':
      return 'the time limit must be a whole number of minutes from 1 to 180';
  }
}

/** Why a result was refused after decoding, in words. */
export function describeVerifyProblem(problem: VerifyProblem): string {
  switch (problem.kind) {
    case 'refused':
      return `the replay refused command #${problem.index + 1} (${problem.code})`;
    case 'unfinished':
      return 'the commands do not reach an ending';
    case 'ending':
      return `the code claims the ending "${problem.claimed}" but the replay reaches "${problem.replayed}"`;
  }
}

/** Why a fixture gave no result under the session, in words. */
export function describeFixtureProblem(problem: FixtureProblem): string {
  switch (problem.kind) {
    case 'not-a-fixture':
      return `not a playthrough fixture: ${problem.detail}`;
    case 'refused':
      return `under this session the fixture's command #${problem.index + 1} (${problem.command}) is refused: ${problem.violation.code} ${problem.violation.message}`;
    case 'unfinished':
      return `under this session the fixture's commands stop at "${problem.status}" before an ending (the session's dice take the day elsewhere)`;
  }
}

function percent(value: number): string {
  return `${Number((value * 100).toFixed(2))} %`;
}

/** A verified result as lines of text. */
export function describeRow(row: BoardRow): string {
  const draws = row.draws.map((draw) =>
    draw.kind === 'split'
      ? `  split ${draw.node}: rolled ${draw.draw.roll} → ${draw.branch}`
      : `  ${draw.kind} ${draw.decision}: rolled ${draw.draw.roll} against ${draw.draw.threshold} → ${draw.draw.happened ? 'happened' : 'did not happen'}`,
  );
  const counterfactual = row.counterfactual.map(
    (line) =>
      `  ${line.added ? 'with' : 'without'} ${line.defense}: ${line.ending} (${line.outcome}, ${line.costHours} h)`,
  );
  return [
    `accepted: team "${row.team}", level ${row.levelId}, seed ${row.seed}`,
    `loadout: ${row.model}, framing ${row.goalFraming}, cards ${row.defenses.length === 0 ? 'none' : row.defenses.join(', ')}`,
    `odds: ${row.odds.map((odds) => `${odds.decision} ${odds.probability === null ? 'no published rate' : percent(odds.probability.value)}`).join('; ')}`,
    'draws:',
    ...(draws.length === 0 ? ['  none'] : draws),
    `ending: ${row.ending} (${row.outcome}), harm ${row.harm ? 'yes' : 'no'}`,
    `cost: ${row.costHours} h of a ${row.costLimit} h limit; objective ${row.objectiveMet ? 'met' : 'not met'}`,
    'counterfactual (same dice, one card toggled):',
    ...(counterfactual.length === 0 ? ['  none'] : counterfactual),
    '',
  ].join('\n');
}
