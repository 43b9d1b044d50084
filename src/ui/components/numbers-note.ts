import {
  ASSUMPTION_FIELDS,
  ASSUMPTION_NAMES,
  DEFAULT_ASSUMPTIONS,
  RATES,
  rateById,
} from '../../core';
import { el } from '../dom';
import { percentIn } from './format';
import './numbers-note.css';

/** The rows of the test-or-real experiment whose blackmail rates the section quotes. */
const EVAL_NOTICE_REAL = 'blackmail.goal-unstated.replacement.claude-opus-4.eval-notice-real';
const EVAL_NOTICE_TEST = 'blackmail.goal-unstated.replacement.claude-opus-4.eval-notice-evaluation';

/**
 * The short note on what the study's numbers are, shown before the first draw of every level
 * (on the briefing and on the summary that can replace it).
 */
export function numbersNote(): HTMLElement {
  return el('aside', {
    className: 'numbers-note',
    attrs: { role: 'note', 'data-numbers-note': 'full' },
    children: [
      el('h3', { text: { key: 'numbers.heading' } }),
      el('p', { text: { key: 'numbers.lab' } }),
      el('p', { text: { key: 'numbers.method' } }),
      el('p', { text: { key: 'numbers.notReal' } }),
    ],
  });
}

/** The same note in a few lines, for every "why this number" panel. */
export function numbersNoteCompact(): HTMLElement {
  return el('div', {
    className: 'numbers-note numbers-note-compact',
    attrs: { role: 'note', 'data-numbers-note': 'compact' },
    children: [
      el('h4', { text: { key: 'numbers.heading' } }),
      el('p', { text: { key: 'numbers.compact' } }),
      el('p', { className: 'numbers-note-more', text: { key: 'numbers.compactMore' } }),
    ],
  });
}

/** What `el` takes as its text: an interface key (and its parameters). */
type Text = NonNullable<NonNullable<Parameters<typeof el>[1]>['text']>;

function part(id: string, heading: Text, paragraphs: readonly HTMLElement[]): HTMLElement {
  return el('section', {
    className: 'numbers-part',
    attrs: { 'data-part': id },
    children: [el('h4', { text: heading }), ...paragraphs],
  });
}

function paragraph(text: Text): HTMLElement {
  return el('p', { text });
}

/** How many rows of the rates table rest on 100 samples, and how many rows there are. */
function sampleCounts(): { hundred: number; total: number } {
  return { hundred: RATES.filter((row) => row.n === 100).length, total: RATES.length };
}

function testOrReal(): HTMLElement | null {
  const real = rateById(EVAL_NOTICE_REAL);
  const test = rateById(EVAL_NOTICE_TEST);
  if (real === undefined || test === undefined) {
    return null;
  }
  return paragraph({
    key: 'sources.about.notReal.other',
    params: { real: percentIn('figure', real.rate), test: percentIn('figure', test.rate) },
  });
}

/** The game's assumption defaults, read from core so the text never drifts from the odds. */
function assumptionList(): HTMLElement {
  return el('ul', {
    className: 'numbers-assumptions',
    children: ASSUMPTION_NAMES.map((name) =>
      el('li', {
        attrs: { 'data-assumption': name },
        text: {
          key: `loadout.assumption.${name}` as const,
          params: { value: percentIn('figure', DEFAULT_ASSUMPTIONS[ASSUMPTION_FIELDS[name]]) },
        },
      }),
    ),
  });
}

/** Sources' section "What these numbers are and are not": what a sceptic should know first. */
export function numbersAboutSection(): HTMLElement {
  const other = testOrReal();
  return el('section', {
    className: 'numbers-about',
    attrs: { 'aria-labelledby': 'numbers-about-heading', 'data-section': 'numbers-about' },
    children: [
      el('h3', {
        text: { key: 'sources.about.heading' },
        attrs: { id: 'numbers-about-heading' },
      }),
      paragraph({ key: 'sources.about.lead' }),
      el('div', {
        className: 'numbers-parts',
        children: [
          part('contrived', { key: 'sources.about.contrived.heading' }, [
            paragraph({ key: 'sources.about.contrived.purpose' }),
            paragraph({ key: 'sources.about.contrived.funnel' }),
            paragraph({ key: 'sources.about.contrived.appendix' }),
          ]),
          part('sampling', { key: 'sources.about.sampling.heading' }, [
            paragraph({ key: 'sources.about.sampling.turn' }),
            paragraph({ key: 'sources.about.sampling.count', params: sampleCounts() }),
          ]),
          part('judge', { key: 'sources.about.judge.heading' }, [
            paragraph({ key: 'sources.about.judge.how' }),
            paragraph({ key: 'sources.about.judge.errors' }),
          ]),
          part('models', { key: 'sources.about.models.heading' }, [
            paragraph({ key: 'sources.about.models.which' }),
          ]),
          part('notReal', { key: 'sources.about.notReal.heading' }, [
            paragraph({ key: 'sources.about.notReal.world' }),
            ...(other === null ? [] : [other]),
          ]),
          part('game', { key: 'sources.about.game.heading' }, [
            paragraph({ key: 'sources.about.game.assumptions' }),
            assumptionList(),
            paragraph({ key: 'sources.about.game.rules' }),
          ]),
          part('layers', { key: 'sources.about.layers.heading' }, [
            paragraph({ key: 'sources.about.layers.independent' }),
          ]),
        ],
      }),
    ],
  });
}
