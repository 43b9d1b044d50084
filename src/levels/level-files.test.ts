import { describe, expect, it } from 'vitest';
import { folderOrder, levelFolders } from './level-files';

describe('level folder order', () => {
  it('puts folders in the order of their numbers, by value', () => {
    const names = ['10-late', '2-pivot', 'research', '9-ninth', '0-first', '1-upgrade', '1-also'];
    expect([...names].sort(folderOrder)).toEqual([
      '0-first',
      '1-also',
      '1-upgrade',
      '2-pivot',
      '9-ninth',
      '10-late',
      'research',
    ]);
  });

  it('lists the folders given in that order, each with the files the loader reads', () => {
    const load = (): Promise<string> => Promise.resolve('{}');
    const folders = levelFolders({
      '/levels/10-late/level.json': load,
      '/levels/10-late/en.json': load,
      '/levels/9-ninth/level.json': load,
      '/levels/9-ninth/notes.txt': load,
      '/levels/research/published_rates.json': load,
    });
    expect(folders.map(({ folder, files }) => [folder, files.map(([name]) => name)])).toEqual([
      ['9-ninth', ['level.json']],
      ['10-late', ['level.json', 'en.json']],
    ]);
  });
});
