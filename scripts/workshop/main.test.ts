import { describe, expect, it } from 'vitest';
import { CAMPAIGN_LEVEL_IDS, decodeSession, newSession } from '../../src/core/workshop';
import { runWorkshop } from './main';

/** Runs the tool and captures what it prints. */
function run(argv: string[]): { code: number; out: string; error: string } {
  let out = '';
  let error = '';
  const code = runWorkshop(argv, {
    out: (text) => (out += text),
    error: (text) => (error += text),
  });
  return { code, out, error };
}

const FIXTURE = 'levels/1-the-upgrade/playthroughs/oversight-holds.json';

describe('npm run workshop', () => {
  it('new: prints a session code that holds the set-up asked for, and the set-up in words', () => {
    const { code, out } = run([
      'new',
      '--levels',
      '2-the-pivot,0-first-day',
      '--seed=12345',
      '--budget',
      '5',
      '--cards',
      'monitor,oversight',
      '--lang',
      'de',
      '--minutes',
      '15',
    ]);
    expect(code).toBe(0);
    const [line, ...words] = out.trim().split('\n');
    expect(line).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(decodeSession(line ?? '')).toEqual({
      ok: true,
      value: newSession({
        levels: ['0-first-day', '2-the-pivot'],
        seed: 12345,
        budget: 5,
        cards: ['oversight', 'monitor'],
        language: 'de',
        minutes: 15,
      }),
    });
    expect(words.join('\n')).toContain('time limit 15 minutes per level');
  });

  it('new: refuses an impossible set-up with the reason', () => {
    const unknown = run(['new', '--seed', '1', '--levels', '9-nowhere']);
    expect(unknown.code).toBe(2);
    expect(unknown.error).toContain('"9-nowhere" is not a campaign level');
    expect(run(['new', '--seed', 'abc']).error).toContain('the seed must be a whole number');
    expect(run(['new', '--minutes', '0', '--seed', '1']).code).toBe(2);
  });

  it('result then verify: a fixture played under a session verifies and prints its row', () => {
    const session = run(['new', '--seed', '42', '--levels', '1-the-upgrade']).out.split('\n')[0];
    const made = run([
      'result',
      '--session',
      session ?? '',
      '--level',
      '1-the-upgrade',
      '--fixture',
      FIXTURE,
      '--team',
      'Blue Team',
    ]);
    expect(made.code).toBe(0);
    const resultCode = made.out.trim();
    const verified = run(['verify', resultCode]);
    expect(verified.code).toBe(0);
    expect(verified.out).toContain('accepted: team "Blue Team", level 1-the-upgrade');
    expect(verified.out).toContain('ending: end-held (averted), harm no');
    expect(verified.out).toContain('counterfactual (same dice, one card toggled):');
    const json = JSON.parse(run(['verify', resultCode, '--json']).out) as { ending: string };
    expect(json.ending).toBe('end-held');
    // The groups may be typed apart and in lower case.
    expect(run(['verify', ...resultCode.toLowerCase().split('-')]).code).toBe(0);
  });

  it('verify: refuses a typo, a session code, and says why (exit 1)', () => {
    const session = run(['new', '--seed', '42']).out.split('\n')[0] ?? '';
    const made = run([
      'result',
      '--session',
      session,
      '--level',
      '1-the-upgrade',
      '--fixture',
      FIXTURE,
    ]);
    const resultCode = made.out.trim();
    const last = resultCode.at(-1) === '0' ? '1' : '0';
    expect(run(['verify', resultCode.slice(0, -1) + last])).toMatchObject({
      code: 1,
      error: 'refused: the check symbols do not match: the code has a typo\n',
    });
    expect(run(['verify', session])).toMatchObject({
      code: 1,
      error: 'refused: this is a session code, not a result code\n',
    });
  });

  it("result: says why a fixture's choices are refused under the session's dice", () => {
    const session = run(['new', '--seed', '20261129']).out.split('\n')[0] ?? '';
    const refused = run([
      'result',
      '--session',
      session,
      '--level',
      '1-the-upgrade',
      '--fixture',
      'levels/1-the-upgrade/playthroughs/monitor-halts.json',
    ]);
    expect(refused.code).toBe(1);
    expect(refused.error).toMatch(/command #\d+ \(act-on-flag\) is refused: ERR_WRONG_STATUS/);
    const outside = run(['new', '--seed', '1', '--levels', '0-first-day']).out.split('\n')[0] ?? '';
    expect(
      run(['result', '--session', outside, '--level', '1-the-upgrade', '--fixture', FIXTURE]).error,
    ).toContain('1-the-upgrade is not a level of this session');
  });

  it('--help lists the commands, every flag, the levels and the cards', () => {
    const { code, out } = run(['--help']);
    expect(code).toBe(0);
    for (const text of ['new', 'verify', 'result', '--levels', '--fixture', '--team', '--json']) {
      expect(out).toContain(text);
    }
    CAMPAIGN_LEVEL_IDS.forEach((id) => expect(out).toContain(id));
    expect(run(['bogus']).code).toBe(2);
    expect(run(['new', '--nope']).error).toContain('unknown flag --nope');
  });
});
