import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Patterns that put player-visible words on screen without i18next, or parse text as HTML. */
const RULES: readonly { name: string; pattern: RegExp }[] = [
  {
    name: 'literal words in textContent',
    pattern: /(textContent|innerText)\s*=\s*(['"`])[^'"`]*[A-Za-z]{3,}/,
  },
  {
    name: 'literal words in a Phaser text',
    pattern: /\.add\.text\([^)]*['"`][^'"`$]*[A-Za-z]{3,}[^'"`]*['"`]/,
  },
  { name: 'literal words in setText', pattern: /setText\(\s*['"`][^'"`]*[A-Za-z]{3,}/ },
  { name: 'literal accessible name', pattern: /'aria-label'\s*:\s*['"`]/ },
  {
    name: 'HTML parsing of text',
    pattern: /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write\(/,
  },
];

/** Finds rule violations in a source text, line by line. */
function violations(source: string, file: string): string[] {
  return source.split('\n').flatMap((line, index) => {
    // Interpolated expressions are code, not words: `${member.address}` is fine.
    const words = line.replace(/\$\{[^}]*\}/g, '');
    return RULES.filter((rule) => rule.pattern.test(words)).map(
      (rule) => `${file}:${index + 1}: ${rule.name}: ${line.trim()}`,
    );
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      return name === 'core' ? [] : sourceFiles(full);
    }
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('player-visible text stays out of code', () => {
  it('catches literals and HTML parsing in a sample', () => {
    const sample = [
      "label.textContent = 'Start the day';",
      "this.add.text(0, 0, 'Loading assets', style);",
      "face.setText('Hello there');",
      "attrs: { 'aria-label': 'menu' },",
      'panel.innerHTML = text;',
      'time.textContent = formatClock(email.time);',
      'faceOf(die).setText(face);',
    ].join('\n');
    expect(violations(sample, 'sample.ts').map((line) => line.split(': ')[1])).toEqual([
      'literal words in textContent',
      'literal words in a Phaser text',
      'literal words in setText',
      'literal accessible name',
      'HTML parsing of text',
    ]);
  });

  it('finds none in src/ (outside core, which holds no text at all)', () => {
    const found = sourceFiles('src').flatMap((file) =>
      violations(readFileSync(file, 'utf8'), file),
    );
    expect(found).toEqual([]);
  });
});
