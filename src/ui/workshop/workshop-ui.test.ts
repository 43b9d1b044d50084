import jsQR from 'jsqr';
import { create } from 'qrcode';
import { beforeAll, describe, expect, it } from 'vitest';
import { CAMPAIGN_LEVEL_IDS, decodeSession, encodeSession, newSession } from '../../core/workshop';
import { i18n, initI18n, loadStrings } from '../../i18n/i18n';
import { registerLevelStrings } from '../../levels/level-text';
import { loadShippedLevel } from '../../../tests/unit/level-catalog';
import type { WorkshopDraft } from '../../session/workshop-context';
import { translate } from '../dom';
import { codeBlock, codeGroups, codeInAddress, codeProblemText, joinLink } from './code-text';
import { timeLeftText } from './countdown';
import { readSessionCode, teamNameText } from './join-panel';
import { qrPath, QUIET_ZONE } from './qr';
import { type WorkshopHost, WorkshopView, wholeNumber } from './workshop-panel';

beforeAll(async () => {
  initI18n('en');
  await i18n.changeLanguage('en');
  await loadStrings('workshop');
  await loadStrings('board');
});

const SESSION = newSession({ levels: ['1-the-upgrade'], seed: 123_456 });
const CODE = encodeSession(SESSION);

/** A code with one symbol (the sixth character, past the header) changed: a typo. */
function typo(code: string): string {
  return `${code.slice(0, 5)}${code[5] === '7' ? '8' : '7'}${code.slice(6)}`;
}

describe('codes on screen', () => {
  it('shows a code in its groups and copies it whole', () => {
    expect(codeGroups('W1K7-QM2X-PA9D')).toEqual(['W1K7', 'QM2X', 'PA9D']);
    const block = codeBlock(CODE, 'session-code', 'label');
    expect([...block.querySelectorAll('.code-group')].map((group) => group.textContent)).toEqual(
      codeGroups(CODE),
    );
    expect(block.dataset.code).toBe(CODE);
    // What a selection takes reads as the code: the dashes are in the text.
    expect(block.textContent).toBe(CODE);
  });

  it('puts the code in a join link that gives it back, whatever the page address held', () => {
    const link = joinLink('https://example.org/overseer/?x=1#lab?a=b', CODE);
    expect(link).toBe(`https://example.org/overseer/?x=1#join?code=${CODE}`);
    expect(codeInAddress(new URL(link).hash)).toBe(CODE);
    expect(codeInAddress('#lab?code=ABC')).toBeUndefined();
    expect(codeInAddress('#join')).toBeUndefined();
  });

  it("says what is wrong with a typed code, in core's order of reasons", () => {
    const said = (text: string): string => {
      const read = readSessionCode(text);
      return read.ok
        ? 'ok'
        : translate(read.problem.key as 'workshop.problem.empty', read.problem.params);
    };
    expect(said(CODE.toLowerCase())).toBe('ok');
    expect(said(typo(CODE))).toMatch(/typo/);
    expect(said(' - ')).toMatch(/Enter the session code/);
    expect(said(`${CODE.slice(0, 2)}!${CODE.slice(2)}`)).toBe(
      'The character “!” at position 3 cannot be part of a code.',
    );
    expect(
      translate(
        'workshop.problem.version',
        codeProblemText({ kind: 'version', found: 2, expected: 1 }).params,
      ),
    ).toMatch(/format 2; this game reads format 1/);
    expect(codeProblemText({ kind: 'wrong-kind', expected: 'session' }).key).toBe(
      'workshop.problem.wrong-kind-session',
    );
  });

  it('says each refused code in the words of the screen it was typed on, the wrong kind by the kind the screen expected', () => {
    const said = (
      problem: Parameters<typeof codeProblemText>[0],
      audience: Parameters<typeof codeProblemText>[1],
    ): string => {
      const spec = codeProblemText(problem, audience);
      return translate(spec.key as 'workshop.problem.empty', spec.params);
    };
    // The join screen expects a session code; the board a result code.
    expect(said({ kind: 'wrong-kind', expected: 'session' }, 'workshop')).toMatch(
      /^This is a result code, not a session code/,
    );
    expect(said({ kind: 'wrong-kind', expected: 'result' }, 'board')).toBe(
      'This is a session code, not a result code.',
    );
    expect(said({ kind: 'malformed', detail: 'level 9' }, 'board')).toMatch(/\(level 9\)/);
    expect(said({ kind: 'bad-character', character: '!', at: 0 }, 'board')).toMatch(/position 1/);
  });

  it('refuses an empty or overlong team name, and takes any script', () => {
    expect(teamNameText('  ')?.key).toBe('workshop.problem.teamEmpty');
    expect(teamNameText('x'.repeat(25))?.key).toBe('workshop.problem.teamTooLong');
    expect(teamNameText('Équipe 北')).toBeUndefined();
  });

  it('reads only digits as a whole number', () => {
    expect(wholeNumber(' 42 ')).toBe(42);
    expect(Number.isNaN(wholeNumber('4e2'))).toBe(true);
    expect(Number.isNaN(wholeNumber('-3'))).toBe(true);
    expect(Number.isNaN(wholeNumber(''))).toBe(true);
  });

  it('writes the time left as minutes and seconds, never below zero', () => {
    expect(timeLeftText(20 * 60_000)).toBe('20:00');
    expect(timeLeftText(61_001)).toBe('1:02');
    expect(timeLeftText(-5_000)).toBe('0:00');
  });
});

describe('the QR code', () => {
  it('draws each run of dark modules in a row as one rectangle, inside the quiet zone', () => {
    const dark = [
      [1, 1, 0],
      [0, 1, 0],
      [1, 0, 1],
    ];
    const path = qrPath({ size: 3, dark: (row, column) => dark[row]?.[column] === 1 }, 1);
    expect(path).toBe('M1 1h2v1H1zM2 2h1v1H2zM1 3h1v1H1zM3 3h1v1H3z');
  });

  it('holds the join link: a reader decodes the modules back to it', () => {
    const link = joinLink('https://example.org/overseer/', CODE);
    const { modules } = create(link, { errorCorrectionLevel: 'M' });
    // Paint the symbol with its quiet zone, 4 pixels a module, and read it as a phone would.
    const scale = 4;
    const side = (modules.size + 2 * QUIET_ZONE) * scale;
    const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
    for (let y = 0; y < side; y += 1) {
      for (let x = 0; x < side; x += 1) {
        const row = Math.floor(y / scale) - QUIET_ZONE;
        const column = Math.floor(x / scale) - QUIET_ZONE;
        const inside = row >= 0 && column >= 0 && row < modules.size && column < modules.size;
        if (inside && modules.get(row, column) !== 0) {
          const at = (y * side + x) * 4;
          pixels[at] = 0;
          pixels[at + 1] = 0;
          pixels[at + 2] = 0;
        }
      }
    }
    expect(jsQR(pixels, side, side)?.data).toBe(link);
  });
});

describe('the workshop screen', () => {
  const levels = CAMPAIGN_LEVEL_IDS.map((id) => {
    const level = loadShippedLevel(id);
    registerLevelStrings(level.id, level.strings);
    return { id, level };
  });
  const draft: WorkshopDraft = { ...SESSION, levels: [...CAMPAIGN_LEVEL_IDS] };

  function open(): { view: WorkshopView; saved: WorkshopDraft[] } {
    const saved: WorkshopDraft[] = [];
    const host: WorkshopHost = {
      changed: (changed) => saved.push(changed),
      board: () => undefined,
      print: () => undefined,
      back: () => undefined,
      freshSeed: () => 77,
      pageAddress: () => 'https://example.org/',
    };
    const view = new WorkshopView(levels, draft, host);
    document.body.replaceChildren(view.root);
    return { view, saved };
  }

  function change(view: WorkshopView, selector: string, set: (input: HTMLInputElement) => void) {
    const input = view.root.querySelector<HTMLInputElement>(selector);
    if (input === null) throw new Error(`no ${selector}`);
    set(input);
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  it("shows core's code for the set-up on screen, and keeps every set-up core takes", () => {
    const { view, saved } = open();
    expect(decodeSession(view.code ?? '')).toEqual({ ok: true, value: draft });
    expect(view.root.querySelector('.session-code')?.getAttribute('data-code')).toBe(view.code);
    change(view, '[data-level="0-first-day"]', (box) => (box.checked = false));
    change(view, '[data-control="minutes"]', (box) => (box.value = '25'));
    const session = decodeSession(view.code ?? '');
    expect(session.ok && session.value.levels).toEqual(CAMPAIGN_LEVEL_IDS.slice(1));
    expect(session.ok && session.value.minutes).toBe(25);
    expect(saved.at(-1)).toEqual(session.ok ? session.value : undefined);
  });

  it('takes a new seed from the button', () => {
    const { view } = open();
    view.root.querySelector<HTMLButtonElement>('[data-action="new-seed"]')?.click();
    const session = decodeSession(view.code ?? '');
    expect(session.ok && session.value.seed).toBe(77);
  });

  it("shows core's reason instead of a code for a set-up it refuses", () => {
    const { view, saved } = open();
    const before = saved.length;
    for (const box of view.root.querySelectorAll<HTMLInputElement>('[data-level]')) {
      box.checked = false;
    }
    change(view, '[data-level="1-the-upgrade"]', (box) => (box.checked = false));
    expect(view.code).toBeUndefined();
    expect(view.root.querySelector('.session-code')).toBeNull();
    expect(view.root.querySelector('[data-problem]')?.getAttribute('data-problem')).toBe(
      'no-levels',
    );
    change(view, '[data-level="1-the-upgrade"]', (box) => (box.checked = true));
    change(view, '[data-control="seed"]', (box) => (box.value = '12abc'));
    expect(view.root.querySelector('[data-problem]')?.getAttribute('data-problem')).toBe(
      'bad-seed',
    );
    expect(saved.length).toBe(before + 1);
  });
});
