import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Language, LANGUAGES, RATES } from '../../src/core';
import { LEVEL_IDS } from './level-catalog';

// Statements in the level texts that were once wrong, checked against the files and the rates
// table so that a later edit cannot quietly bring the error back.

type Json = { readonly [key: string]: unknown };

const readJson = (path: string): Json => JSON.parse(readFileSync(path, 'utf8')) as Json;

/** A level's strings for one language as dotted keys ("cast.news.role"), without `_meta`. */
function strings(id: string, language: Language): Record<string, string> {
  const flat: Record<string, string> = {};
  const walk = (value: unknown, prefix: string): void => {
    if (typeof value === 'string') {
      flat[prefix] = value;
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        walk(child, prefix === '' ? key : `${prefix}.${key}`);
      }
    }
  };
  const { _meta: _ignored, ...rest } = readJson(`levels/${id}/${language}.json`);
  walk(rest, '');
  return flat;
}

function text(id: string, language: 'en' | 'de', key: string): string {
  const value = strings(id, language)[key];
  if (value === undefined) {
    throw new Error(`levels/${id}/${language}.json has no ${key}`);
  }
  return value;
}

interface LevelFile {
  readonly cast: readonly { readonly id: string; readonly address?: string }[];
  readonly emails: readonly {
    readonly id: string;
    readonly from: string;
    readonly to: readonly string[];
    readonly cc?: readonly string[];
  }[];
  readonly loadout: {
    readonly defenses: readonly { readonly id: string; readonly cost: number }[];
  };
}

const levelFile = (id: string): LevelFile =>
  readJson(`levels/${id}/level.json`) as unknown as LevelFile;

const EN_NUMBER = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
];
const DE_NUMBER = [
  'null',
  'eins',
  'zwei',
  'drei',
  'vier',
  'fünf',
  'sechs',
  'sieben',
  'acht',
  'neun',
  'zehn',
];
const word = (words: readonly string[], n: number): string => {
  const found = words[n];
  if (found === undefined) {
    throw new Error(`no number word for ${n}`);
  }
  return found;
};

describe('level statements stay true', () => {
  it('level 7: the red-lines question gives the Figure 11 count of models above one half', () => {
    const figure11 = RATES.filter(
      (row) =>
        row.scenario === 'murder' &&
        row.variant === 'baseline' &&
        row.goalType === 'explicit' &&
        row.urgency === 'replacement',
    );
    const above = figure11.filter((row) => row.rate > 0.5).length;
    expect(figure11.length).toBe(10);
    expect(above).toBeGreaterThan(0);

    const en = text('7-server-room-a', 'en', 'question.red-lines');
    expect(en).toMatch(
      new RegExp(
        `^${word(EN_NUMBER, above)} of the ${word(EN_NUMBER, figure11.length)} models`,
        'i',
      ),
    );
    expect(en).toMatch(/more than half/);
    const de = text('7-server-room-a', 'de', 'question.red-lines');
    expect(de).toMatch(
      new RegExp(`^${word(DE_NUMBER, above)} der ${word(DE_NUMBER, figure11.length)} Modelle`, 'i'),
    );
    expect(de).toMatch(/mehr als der Hälfte/);
  });

  it('levels 0 and 7: the lab-rate questions say the behaviour is not known from real deployments', () => {
    for (const [id, key] of [
      ['0-first-day', 'question.one-in-a-hundred'],
      ['7-server-room-a', 'question.red-lines'],
    ] as const) {
      expect(text(id, 'en', key)).toMatch(/no such behaviour in real deployments/);
      expect(text(id, 'de', key)).toMatch(/echten Einsätzen/);
      expect(text(id, 'en', key)).not.toMatch(/in a year|all day, every day/);
      expect(text(id, 'de', key)).not.toMatch(/im Jahr|rund um die Uhr/);
    }
  });

  it('level 1: the goal-versus-threat fact states both models with their published rates', () => {
    const rate = (id: string): number => {
      const row = RATES.find((candidate) => candidate.id === id);
      if (row === undefined) {
        throw new Error(`no rate row ${id}`);
      }
      return Math.round(row.rate * 100);
    };
    const gptWithout = rate('blackmail.no-goal.replacement.gpt-4-1');
    const gptWith = rate('blackmail.explicit-america.replacement.gpt-4-1');
    const opusWithout = rate('blackmail.no-goal.replacement.claude-opus-4');
    const opusWith = rate('blackmail.explicit-america.replacement.claude-opus-4');
    const en = text('1-the-upgrade', 'en', 'fact.goal-adds-little');
    expect(en).toContain(`Claude Opus 4 rose only from ${opusWithout}% to ${opusWith}%`);
    expect(en).toContain(`GPT-4.1 went from ${gptWithout}% to ${gptWith}%`);
    const de = text('1-the-upgrade', 'de', 'fact.goal-adds-little');
    expect(de).toContain(`Claude Opus 4 stieg nur von ${opusWithout} % auf ${opusWith} %`);
    expect(de).toContain(`GPT-4.1 stieg von ${gptWithout} % auf ${gptWith} %`);
  });

  it('level 3: the cards briefing counts the models with a no-threat rate from the table', () => {
    const noThreat = new Set(
      RATES.filter(
        (row) =>
          row.scenario === 'blackmail' &&
          row.variant === 'baseline' &&
          row.goalType === 'explicit' &&
          row.urgency === 'none',
      ).map((row) => row.model),
    );
    const noGoal = new Set(
      RATES.filter(
        (row) =>
          row.scenario === 'blackmail' &&
          row.variant === 'baseline' &&
          row.goalType === 'none' &&
          row.urgency === 'replacement',
      ).map((row) => row.model),
    );
    expect(noGoal.size).toBe(16);
    const en = text('3-both-triggers', 'en', 'briefing.cards');
    expect(en).toMatch(/Without the goal the study did publish a blackmail rate for every model/);
    expect(en).toContain(`only ${word(EN_NUMBER, noThreat.size)} models`);
    const de = text('3-both-triggers', 'de', 'briefing.cards');
    expect(de).toMatch(/Ohne Ziel hat die Studie für jedes Modell/);
    expect(de).toContain(`nur für ${word(DE_NUMBER, noThreat.size)} Modelle`);
    for (const model of noThreat) {
      expect(en).toContain(model);
      expect(de).toContain(model);
    }
  });

  it('level 5: the rules briefing matches the loadouts (not new, and free only if it costs 0)', () => {
    const cost = levelFile('5-just-tell-it-no').loadout.defenses.find(
      (defense) => defense.id === 'prohibition',
    )?.cost;
    const earlier = LEVEL_IDS.slice(0, LEVEL_IDS.indexOf('5-just-tell-it-no')).filter((id) =>
      levelFile(id).loadout.defenses.some((defense) => defense.id === 'prohibition'),
    );
    const en = text('5-just-tell-it-no', 'en', 'briefing.rules');
    const de = text('5-just-tell-it-no', 'de', 'briefing.rules');
    expect(earlier.length).toBeGreaterThan(0);
    expect(en).not.toMatch(/\bnew\b/i);
    expect(de).not.toMatch(/\bneu\b/i);
    expect(cost).toBe(0);
    expect(en).toMatch(/costs no tokens/);
    expect(de).toMatch(/keine Marken/);
  });

  it('level 5: the second draw is labelled independent by the game’s assumption', () => {
    expect(text('5-just-tell-it-no', 'en', 'briefing.table')).toMatch(
      /independent[^.]*\.[^.]*game's assumption/,
    );
    expect(text('5-just-tell-it-no', 'de', 'briefing.table')).toMatch(
      /unabhängig[^.]*Annahme des Spiels/,
    );
  });

  it('level 5: in the German leak ending Alex leaves Kyle alone, as in the English', () => {
    expect(text('5-just-tell-it-no', 'en', 'ending.end-leaked.summary')).toMatch(
      /^Alex left Kyle alone/,
    );
    const de = text('5-just-tell-it-no', 'de', 'ending.end-leaked.summary');
    expect(de).toMatch(/^Alex ließ Kyle in Ruhe/);
    expect(de).not.toMatch(/Kyle ließ Alex/);
  });

  it('level 7: the America goal is labelled as the game’s reading wherever it frames the level', () => {
    const keys = /^(briefing|summary|framing|fact|question)\./;
    for (const [language, phrase, label] of [
      ['en', /American interests/, /the game/],
      ['de', /amerikanischen Interessen/, /Spiel/],
    ] as const) {
      const framing = Object.entries(strings('7-server-room-a', language)).filter(
        ([key, value]) => keys.test(key) && phrase.test(value),
      );
      expect(framing.length).toBeGreaterThan(0);
      for (const [key, value] of framing) {
        expect(value, `${language}:${key}`).toMatch(label);
      }
    }
  });

  it('no level text promises a Strategy Lab feature (the Lab is not built yet)', () => {
    for (const id of LEVEL_IDS) {
      for (const language of LANGUAGES) {
        for (const [key, value] of Object.entries(strings(id, language))) {
          expect(value, `${id} ${language}:${key}`).not.toMatch(/Strategy Lab|Strategie-Labor/);
        }
      }
    }
  });

  it('German: the news sender is a news agency, not an intelligence service', () => {
    let checked = 0;
    for (const id of LEVEL_IDS) {
      for (const [key, value] of Object.entries(strings(id, 'de'))) {
        expect(value, `${id} de:${key}`).not.toMatch(/Nachrichtendienst/);
      }
      const role = strings(id, 'de')['cast.news.role'];
      if (role !== undefined) {
        expect(role, id).toBe('Nachrichtenagentur');
        checked += 1;
      }
    }
    expect(checked).toBe(LEVEL_IDS.length);
  });

  it('German: cast roles use German words, not English job titles', () => {
    const english =
      /\b(Manager|Engineer|Consultant|Architect|Director|Officer|Assistant|Press|Mailing|Operator|Building|Human|Internal|External|Client)\b/;
    for (const id of LEVEL_IDS) {
      const de = strings(id, 'de');
      const en = strings(id, 'en');
      for (const [key, role] of Object.entries(de).filter(([key]) =>
        /^cast\.[^.]+\.role$/.test(key),
      )) {
        expect(role, `${id} ${key}`).not.toMatch(english);
        expect(role, `${id} ${key} is left in English`).not.toBe(en[key]);
      }
    }
  });

  it('German: one content-warning term across the level files and the interface', () => {
    const used = new Set<string>();
    const term = /Inhalts(warnung|hinweis)/g;
    for (const id of LEVEL_IDS) {
      for (const value of Object.values(strings(id, 'de'))) {
        for (const match of value.matchAll(term)) {
          used.add(match[0]);
        }
      }
    }
    const levelsUse = [...used];
    expect(levelsUse).toEqual(['Inhaltswarnung']);
    const ui = readFileSync('src/i18n/locales/de/common.json', 'utf8');
    expect([...new Set([...ui.matchAll(term)].map((match) => match[0]))]).toEqual(levelsUse);
  });

  it('German: every translator note states the same forms of address', () => {
    const conventions = LEVEL_IDS.map((id) => {
      const meta = readJson(`levels/${id}/de.json`)._meta as { translatorNote?: string };
      const found = /Anrede:[^]*?siezen\./.exec(meta.translatorNote ?? '');
      expect(found, id).not.toBeNull();
      return found?.[0];
    });
    expect(new Set(conventions).size).toBe(1);
    expect(conventions[0]).toMatch(/Sie-Form/);
    expect(conventions[0]).toMatch(/duzen sich/);
  });

  it('German: colleagues write to each other with du, not Sie', () => {
    // Formal address in the middle of a sentence ("Können Sie", "für Ihre"); a sentence may begin
    // with "Sie" meaning "she" or "it", so only mid-sentence forms count.
    const formal = /[\p{Ll},;:–] (Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b/u;
    const problems: string[] = [];
    for (const id of LEVEL_IDS) {
      const level = levelFile(id);
      const de = strings(id, 'de');
      const address = new Map(level.cast.map((member) => [member.id, member.address ?? '']));
      for (const email of level.emails) {
        const people = [email.from, ...email.to, ...(email.cc ?? [])];
        const domains = new Set(people.map((person) => address.get(person)?.split('@')[1]));
        const internal =
          domains.size === 1 &&
          ['summitbridge.com', 'novastar.com'].includes([...domains][0] ?? '');
        const subject = de[`email.${email.id}.subject`] ?? '';
        if (!internal || subject.startsWith('Automatische Antwort')) {
          continue;
        }
        const body = de[`email.${email.id}.body`] ?? '';
        const found = formal.exec(body);
        if (found !== null) {
          problems.push(`${id} ${email.id}: "${found[0]}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
