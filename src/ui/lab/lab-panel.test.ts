import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_LAB_SETUP,
  decodeLabSetup,
  labExact,
  labLevelExact,
  type LabSetup,
} from '../../core/lab';
import { i18n, initI18n, loadLabStrings } from '../../i18n/i18n';
import { registerLevelStrings } from '../../levels/level-text';
import { LEVEL_IDS, loadShippedLevel } from '../../../tests/unit/level-catalog';
import { type LabLevels, LabView } from './lab-panel';

const levels = LEVEL_IDS.map((id) => {
  const level = loadShippedLevel(id);
  registerLevelStrings(level.id, level.strings);
  return { id: level.id, level };
});

/** Waits for the tasks the Lab draws in (set-up, figures, then one per loadout). */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Opens the Lab and waits for its figures, which follow the set-up in a task of their own. */
async function open(
  setup: LabSetup,
  notices = decodeLabSetup('').notices,
  choices: LabLevels = levels,
) {
  const changes: LabSetup[] = [];
  const view = new LabView(setup, notices, choices, {
    setupChanged: (next) => changes.push(next),
    back: () => undefined,
    levelExact: (next, level) => Promise.resolve(labLevelExact(next, level)),
  });
  document.body.replaceChildren(view.root);
  await settle();
  return { view, changes };
}

function harmCells(root: HTMLElement): string[] {
  return [...root.querySelectorAll('[data-table="exact"] td[data-outcome="harm"]')].map(
    (cell) => cell.getAttribute('data-value') ?? '',
  );
}

describe('the Strategy Lab screen', () => {
  beforeAll(async () => {
    initI18n('en');
    await loadLabStrings();
    await i18n.changeLanguage('en');
  });

  it('shows the exact harm core computes for each loadout and model', async () => {
    const { view } = await open(DEFAULT_LAB_SETUP);
    const exact = labExact(DEFAULT_LAB_SETUP);
    const expected = exact.cells.map((cell) =>
      cell.ok ? String(cell.odds.outcomes.harm.value) : '',
    );
    expect(harmCells(view.root)).toEqual(expected);
    expect(
      view.root.querySelectorAll('[data-table="exact"] [data-provenance]').length,
    ).toBeGreaterThan(0);
  });

  it('deploys a card through the same editor as the campaign and updates the figures', async () => {
    const { view, changes } = await open(DEFAULT_LAB_SETUP);
    const before = harmCells(view.root);
    const card = view.root.querySelector<HTMLButtonElement>(
      '[data-loadout="0"] .defense-card[data-defense="prohibition"]',
    );
    expect(card?.getAttribute('aria-pressed')).toBe('false');
    card?.focus();
    card?.click();
    // The same button, updated in place, keeps the keyboard's focus.
    expect(document.activeElement).toBe(card);
    expect(changes.at(-1)?.loadouts[0]?.defenses).toEqual(['prohibition']);
    expect(
      view.root
        .querySelector('[data-loadout="0"] .defense-card[data-defense="prohibition"]')
        ?.getAttribute('aria-pressed'),
    ).toBe('true');
    await settle();
    const after = harmCells(view.root);
    expect(after).toEqual(
      labExact(view.setup).cells.map((cell) =>
        cell.ok ? String(cell.odds.outcomes.harm.value) : '',
      ),
    );
    expect(after[0]).not.toBe(before[0]);
  });

  it('keeps a typed assumption inside [0, 1] and says so on the slider', async () => {
    const { view } = await open({
      ...DEFAULT_LAB_SETUP,
      loadouts: [{ defenses: [] }, { defenses: ['oversight'] }],
    });
    const box = view.root.querySelector<HTMLInputElement>('[data-assumption-value="catchRate"]')!;
    box.value = '250';
    box.dispatchEvent(new Event('change'));
    expect(view.setup.assumptions.catchRate).toBe(1);
    expect(box.value).toBe('100');
    const slider = view.root.querySelector<HTMLInputElement>('input[data-assumption="catchRate"]')!;
    expect(slider.max).toBe('1');
    expect(slider.value).toBe('1');
    box.value = '-5';
    box.dispatchEvent(new Event('change'));
    expect(view.setup.assumptions.catchRate).toBe(0);
    await settle();
    // With a perfect-miss reviewer, oversight stops nothing: the harm of B equals A's.
    const [a, b] = harmCells(view.root);
    expect(b).toBe(a);
  });

  it('writes a slider step into the table on the page, keeping its rows and an open why', async () => {
    const setup: LabSetup = {
      ...DEFAULT_LAB_SETUP,
      loadouts: [{ defenses: [] }, { defenses: ['oversight'] }],
    };
    const { view } = await open(setup);
    const table = view.root.querySelector('[data-table="exact"]')!;
    const rowB = table.querySelector<HTMLElement>('tr[data-loadout="1"]')!;
    const rowA = table.querySelector<HTMLElement>('tr[data-loadout="0"]')!;
    const figureA = rowA.querySelector('td[data-outcome="harm"]')!.firstElementChild!;
    const textA = figureA.firstChild;
    const why = rowB.querySelector<HTMLDetailsElement>('td[data-outcome="harm"] details.lab-why')!;
    why.open = true;
    why.dispatchEvent(new Event('toggle'));
    const panelBefore = why.children[1]?.textContent ?? '';
    expect(panelBefore).not.toBe('');

    const slider = view.root.querySelector<HTMLInputElement>('input[data-assumption="catchRate"]')!;
    slider.value = '0.2';
    slider.dispatchEvent(new Event('input'));
    await settle();

    const expected = labExact(view.setup).cells.map((cell) =>
      cell.ok ? String(cell.odds.outcomes.harm.value) : '',
    );
    expect(harmCells(view.root)).toEqual(expected);
    // The same table and rows took the new figures; A, without oversight, kept even its text node.
    expect(view.root.querySelector('[data-table="exact"]')).toBe(table);
    expect(table.querySelector('tr[data-loadout="1"]')).toBe(rowB);
    expect(figureA.firstChild).toBe(textA);
    // The open why explains the new figure, not the one it was opened on.
    expect(why.open).toBe(true);
    expect(why.children.length).toBe(2);
    expect(why.children[1]?.textContent).not.toBe(panelBefore);
    expect(why.children[1]?.textContent).toContain('20');
  });

  it('builds again only the rows a card changes the shape of, and the table when rows change', async () => {
    const { view } = await open(DEFAULT_LAB_SETUP);
    const table = view.root.querySelector('[data-table="exact"]')!;
    const rowOf = (loadout: number) =>
      view.root.querySelector<HTMLElement>(`[data-table="exact"] tr[data-loadout="${loadout}"]`)!;
    const [firstA, firstB] = [rowOf(0), rowOf(1)];
    const card = view.root.querySelector<HTMLButtonElement>(
      '[data-loadout="0"] .defense-card[data-defense="monitor"]',
    )!;
    card.click();
    await settle();
    const expected = () =>
      labExact(view.setup).cells.map((cell) =>
        cell.ok ? String(cell.odds.outcomes.harm.value) : '',
      );
    expect(harmCells(view.root)).toEqual(expected());
    // The monitor brings assumptions into A's figures: A's rows are new, B's and the table are not.
    expect(view.root.querySelector('[data-table="exact"]')).toBe(table);
    expect(rowOf(0)).not.toBe(firstA);
    expect(rowOf(0).querySelector('td[data-outcome="harm"]')?.getAttribute('data-label')).toBe(
      table.querySelector('thead th:nth-child(3)')?.textContent,
    );
    expect(rowOf(0).querySelector('[data-provenance="assumption"]')).not.toBeNull();
    expect(rowOf(1)).toBe(firstB);

    const model = view.root.querySelector<HTMLInputElement>('.lab-model input:not(:checked)')!;
    model.click();
    await settle();
    expect(view.root.querySelector('[data-table="exact"]')).not.toBe(table);
    expect(harmCells(view.root)).toEqual(expected());
  });

  it('explains a missing rate with the rows that exist instead of a number', async () => {
    const { setup } = decodeLabSetup(
      's=murder&g=explicit:america&u=replacement&m=claude-opus-4.gpt-4o',
    );
    const exact = labExact(setup);
    const missing = exact.cells.filter((cell) => !cell.ok);
    const { view } = await open(setup);
    const rows = view.root.querySelectorAll('[data-table="exact"] tr[data-missing]');
    // GPT-4o was not run in the lethal-action scenario: its cells say why, with no number.
    expect(missing.map((cell) => cell.model)).toContain('GPT-4o');
    expect(rows.length).toBe(missing.length);
    const row = view.root.querySelector<HTMLElement>('tr[data-missing][data-model="GPT-4o"]')!;
    expect(row.textContent).toContain('published no rate');
    expect(row.textContent).toContain('Claude Opus 4');
    expect(row.querySelectorAll('.lab-missing-rows li').length).toBeGreaterThan(0);
    expect(row.querySelector('[data-outcome]')).toBeNull();
  });

  it('lists what a hand-edited link asked for and opens the nearest set-up', async () => {
    const read = decodeLabSetup('v=9&m=nobody&l=monitor.telepathy&cr=7&zzz=1');
    const { view } = await open(read.setup, read.notices);
    const kinds = [...view.root.querySelectorAll('[data-notice]')].map((item) =>
      item.getAttribute('data-notice'),
    );
    expect(kinds).toEqual(
      expect.arrayContaining([
        'unsupported-version',
        'unknown-model',
        'unknown-defense',
        'clamped',
        'unknown-parameter',
      ]),
    );
    expect(view.setup.assumptions.catchRate).toBe(1);
  });

  it('compares loadouts on a level with its offer, budget and enumerated figures', async () => {
    const level = levels[1]!.level;
    const setup: LabSetup = {
      ...DEFAULT_LAB_SETUP,
      subject: { kind: 'level', level: level.id },
      models: [level.loadout.models[0] as LabSetup['models'][number]],
    };
    const { view } = await open(setup);
    expect(view.root.querySelector('#lab-subject-level')).toHaveProperty('checked', true);
    const budget = view.root.querySelector('[data-loadout="0"] .budget');
    expect(budget?.textContent).toContain(String(level.loadout.budget));
    const exact = labLevelExact(view.setup, level);
    expect(harmCells(view.root)).toEqual(
      exact.cells.map((cell) => (cell.ok ? String(cell.outcomes.harm) : '')),
    );
  });

  it('reads the levels only when the level picker is first used, then offers the first', async () => {
    let reads = 0;
    const { view } = await open(DEFAULT_LAB_SETUP, undefined, () => {
      reads += 1;
      return Promise.resolve(levels);
    });
    const radio = view.root.querySelector<HTMLInputElement>('#lab-subject-level')!;
    expect(reads).toBe(0);
    expect(radio.disabled).toBe(false);
    radio.checked = true;
    radio.dispatchEvent(new Event('change'));
    radio.dispatchEvent(new Event('change'));
    await settle();
    expect(reads).toBe(1);
    expect(view.setup.subject).toEqual({ kind: 'level', level: levels[0]!.id });
    const picker = view.root.querySelector<HTMLSelectElement>('#lab-level');
    expect(picker?.options).toHaveLength(levels.length);
    expect(view.root.querySelector('[data-loadout="0"] .budget')?.textContent).toContain(
      String(levels[0]!.level.loadout.budget),
    );
  });

  it('builds the loadouts one per task when it opens, then offers to add one', async () => {
    const four: LabSetup = {
      ...DEFAULT_LAB_SETUP,
      loadouts: [
        { defenses: [] },
        { defenses: ['oversight'] },
        { defenses: ['monitor'] },
        { defenses: ['prohibition'] },
      ],
    };
    const view = new LabView(four, [], levels, {
      setupChanged: () => undefined,
      back: () => undefined,
      levelExact: (next, level) => Promise.resolve(labLevelExact(next, level)),
    });
    const counts: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      counts.push(view.root.querySelectorAll('[data-loadout]:is(article)').length);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    // Never more than one new card in a task, and all four in the end.
    counts.forEach((count, at) => expect(count - (counts[at - 1] ?? 0)).toBeLessThanOrEqual(1));
    expect(counts.at(-1)).toBe(4);
    expect(view.root.querySelector('[data-action="add-loadout"]')).not.toBeNull();
  });

  it('adds up to four loadouts and keeps at least two', async () => {
    const { view } = await open(DEFAULT_LAB_SETUP);
    const add = (): void =>
      view.root.querySelector<HTMLButtonElement>('[data-action="add-loadout"]')!.click();
    add();
    add();
    add();
    expect(view.setup.loadouts).toHaveLength(4);
    expect(
      view.root.querySelector<HTMLButtonElement>('[data-action="add-loadout"]')?.disabled,
    ).toBe(true);
    for (let i = 0; i < 3; i += 1) {
      view.root
        .querySelector<HTMLButtonElement>('[data-action="remove-loadout"]:not([disabled])')
        ?.click();
    }
    expect(view.setup.loadouts).toHaveLength(2);
  });

  it('speaks German with numbers in German format', async () => {
    await i18n.changeLanguage('de');
    const { view } = await open(DEFAULT_LAB_SETUP);
    expect(view.root.querySelector('h2')?.textContent).toBe('Strategie-Labor');
    const cell = view.root.querySelector('[data-table="exact"] td[data-outcome="harm"]');
    expect(cell?.textContent).toMatch(/\d,\d/);
    await i18n.changeLanguage('en');
  });
});
