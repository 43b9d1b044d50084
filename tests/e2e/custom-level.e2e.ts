import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useGame } from './harness';
import { keyboardActivate } from './play-helpers';

const openGame = useGame();
const FOLDER = 'levels/0-first-day';

type Json = Record<string, unknown>;

function readJson(path: string): Json {
  return JSON.parse(readFileSync(path, 'utf8')) as Json;
}

function setKey(tree: Json, key: string, value: string): void {
  const parts = key.split('.');
  const last = parts.pop() ?? '';
  const parent = parts.reduce<Json>((node, part) => node[part] as Json, tree);
  parent[last] = value;
}

const HOSTILE_BODY =
  '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> {{model}} $t(app.title) ' +
  '" onmouseover="window.__pwned=3" \u202Eevil\u202C ' +
  'x'.repeat(4000);

function filePayload(name: string, json: Json): { name: string; mimeType: string; buffer: Buffer } {
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) };
}

describe('a level loaded from files', () => {
  it('shows hostile text from a level as plain text, and nothing in it runs', async () => {
    const level = readJson(`${FOLDER}/level.json`);
    const en = readJson(`${FOLDER}/en.json`);
    const de = readJson(`${FOLDER}/de.json`);
    const first = (level.emails as Json[])[0] as Json;
    level.id = 'custom-hostile';
    for (const locale of [en, de]) {
      setKey(locale, String(first.subjectKey), '<b>bold</b> <script>window.__pwned=4</script>');
      setKey(locale, String(first.bodyKey), HOSTILE_BODY);
      setKey(locale, String(level.titleKey), '<i>Title</i> {{count}}');
    }

    const game = await openGame();
    await game.waitForScreen('title');
    await keyboardActivate(game, '[data-action="levels"]');
    await game.waitForScreen('level-select');
    await game.page.setInputFiles('[data-control="custom-level"]', [
      filePayload('level.json', level),
      filePayload('en.json', en),
      filePayload('de.json', de),
    ]);
    const card = game.page.locator('[data-action="open-level"][data-level="custom-hostile"]');
    await expect.poll(() => card.textContent()).toContain('<i>Title</i> {{count}}');
    await card.click();
    await game.waitForScreen('briefing');
    await game.page.click('[data-action="to-loadout"]');
    await game.waitForScreen('loadout');
    await game.page.click('[data-action="start-day"]');
    await game.waitForScreen('day');
    await game.page.click('[data-action="next"]');
    const item = game.page.locator(`[data-open-email="${String(first.id)}"]`);
    await item.click();
    const body = game.page.locator('.reader .mail-body');
    await expect.poll(() => body.textContent()).toContain('<script>window.__pwned=2</script>');
    await expect(body.textContent()).resolves.toContain('{{model}} $t(app.title)');
    await expect(
      game.page.locator('.reader img, .reader script, .reader b, #ui i').count(),
    ).resolves.toBe(0);
    await expect(
      game.page.evaluate(() => (window as { __pwned?: number }).__pwned),
    ).resolves.toBeUndefined();
    await game.snap('custom-level-hostile-text');
  }, 90_000);

  it('names the file and the path of every problem in a broken level, and the game goes on', async () => {
    const level = readJson(`${FOLDER}/level.json`);
    const en = readJson(`${FOLDER}/en.json`);
    level.id = 'custom-broken';
    level.start = 'no-such-node';
    delete (level.emails as Json[])[0]?.from;
    const game = await openGame();
    await game.waitForScreen('title');
    await game.page.click('[data-action="levels"]');
    await game.waitForScreen('level-select');
    await game.page.setInputFiles('[data-control="custom-level"]', [
      filePayload('level.json', level),
      filePayload('en.json', en),
      { name: 'de.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') },
    ]);
    const broken = game.page.locator('[data-status="broken"][data-level="custom-broken"]');
    await expect.poll(() => broken.count()).toBe(1);
    const issues = broken.locator('[data-issue-code]');
    const found = await issues.evaluateAll((items) =>
      items.map(
        (item) => `${(item as HTMLElement).dataset.file}|${(item as HTMLElement).dataset.path}`,
      ),
    );
    expect(found).toContain('de.json|');
    expect(found.some((entry) => entry.startsWith('level.json|emails[0]'))).toBe(true);
    await game.snap('custom-level-broken');
    await game.page.click('[data-action="open-level"][data-level="0-first-day"]');
    await game.waitForScreen('briefing');
  }, 90_000);
});

describe('a level loaded from files, taken as given or refused clearly', () => {
  it('with the id of a built-in level: shown and played as the loaded one, marked, the built-in kept', async () => {
    const level = readJson(`${FOLDER}/level.json`);
    const en = readJson(`${FOLDER}/en.json`);
    const de = readJson(`${FOLDER}/de.json`);
    const builtInTitle = String(en[String(level.titleKey)]);
    setKey(en, String(level.titleKey), 'A first day from my own files');

    const game = await openGame();
    await game.waitForScreen('title');
    await game.page.click('[data-action="levels"]');
    await game.waitForScreen('level-select');
    await game.page.setInputFiles('[data-control="custom-level"]', [
      filePayload('level.json', level),
      filePayload('en.json', en),
      filePayload('de.json', de),
    ]);
    const loaded = game.page.locator('[data-level="0-first-day-from-files"][data-source="files"]');
    await expect.poll(() => loaded.count()).toBe(1);
    await expect(loaded.locator('.level-title').textContent()).resolves.toBe(
      'A first day from my own files',
    );
    await expect(loaded.locator('.files-chip').textContent()).resolves.toBe('Loaded from files');
    await expect(loaded.locator('.from-files-note').textContent()).resolves.toContain(
      '0-first-day-from-files',
    );
    const builtIn = game.page.locator('li[data-level="0-first-day"][data-source="built-in"]');
    await expect(builtIn.locator('.level-title').textContent()).resolves.toBe(builtInTitle);
    await loaded.scrollIntoViewIfNeeded();
    await game.snap('custom-level-same-id');

    await loaded.locator('[data-action="open-level"]').click();
    await game.waitForScreen('briefing');
    await expect(game.page.locator('#ui').textContent()).resolves.toContain(
      'A first day from my own files',
    );
    await game.page.click('[data-action="to-loadout"]');
    await game.waitForScreen('loadout');
  }, 90_000);

  it('with a JSON syntax error: one issue naming the file, line and column, and no missing file', async () => {
    const level = readJson(`${FOLDER}/level.json`);
    const en = readJson(`${FOLDER}/en.json`);
    const de = readJson(`${FOLDER}/de.json`);
    level.id = 'custom-syntax';
    const broken = {
      name: 'de.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{\n  "a": 1,\n  "b" 2\n}'),
    };

    const game = await openGame();
    await game.waitForScreen('title');
    await game.page.click('[data-action="levels"]');
    await game.waitForScreen('level-select');
    await game.page.setInputFiles('[data-control="custom-level"]', [
      filePayload('level.json', level),
      filePayload('en.json', en),
      broken,
    ]);
    const card = game.page.locator('[data-status="broken"][data-level="custom-syntax"]');
    await expect.poll(() => card.count()).toBe(1);
    const issues = await card.locator('[data-issue-code]').evaluateAll((items) =>
      items.map((item) => {
        const data = (item as HTMLElement).dataset;
        return `${data.issueCode}|${data.file}|${data.line}:${data.column}`;
      }),
    );
    expect(issues).toEqual(['ERR_JSON_SYNTAX|de.json|3:7']);
    await expect(card.locator('.issue-where').textContent()).resolves.toBe(
      'de.json, line 3, column 7',
    );
    await card.locator('.issue-list').scrollIntoViewIfNeeded();
    await game.snap('custom-level-syntax-error');

    // A level.json that cannot be read: only that, not a second, false "missing" problem.
    await game.page.setInputFiles('[data-control="custom-level"]', [
      { ...broken, name: 'level.json' },
      filePayload('en.json', en),
      filePayload('de.json', de),
    ]);
    const unreadable = game.page.locator('[data-status="broken"][data-level="level.json"]');
    await expect.poll(() => unreadable.count()).toBe(1);
    const codes = await unreadable
      .locator('[data-issue-code]')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.issueCode));
    expect(codes).toEqual(['ERR_JSON_SYNTAX']);
  }, 90_000);
});
