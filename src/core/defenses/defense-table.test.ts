import { describe, expect, it } from 'vitest';
import { parseLevel } from '../content/parse-level';
import { DEFENSES } from '../model/vocabulary';
import { computeOdds } from '../odds/compute-odds';
import type { Condition } from '../rates/condition';
import { minimalLevelFiles } from '../testing/minimal-level';
import {
  CARDS_IN_ORDER,
  DEFENSE_STAGES,
  DEFENSE_TABLE,
  deployedCards,
  flagLayer,
  reviewLayer,
} from './defense-table';
import {
  affordable,
  conditionLoadoutView,
  legalDefenseSets,
  standardOffer,
  tokensSpent,
} from './loadout-view';

const BLACKMAIL: Condition = {
  scenario: 'blackmail',
  goalType: 'explicit',
  goalValue: 'america',
  urgency: 'replacement',
};

describe('the defense table', () => {
  it('has one entry per card of the vocabulary, named by its key', () => {
    expect(Object.keys(DEFENSE_TABLE).sort()).toEqual([...DEFENSES].sort());
    for (const id of DEFENSES) {
      expect(DEFENSE_TABLE[id].id).toBe(id);
    }
  });

  it('puts each card at the stage of DESIGN.md §4', () => {
    const stages = Object.fromEntries(DEFENSES.map((id) => [id, DEFENSE_TABLE[id].stage]));
    expect(stages).toEqual({
      'remove-threat': 'switch-condition',
      'remove-goal': 'switch-condition',
      prohibition: 'scale-attempt',
      compartmentalization: 'close-path',
      monitor: 'after-attempt',
      oversight: 'after-attempt',
    });
  });

  it('orders cards by stage, and the monitor before the reviewer', () => {
    const order = CARDS_IN_ORDER.map((card) => DEFENSE_STAGES.indexOf(card.stage));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(deployedCards(['oversight', 'monitor']).map((card) => card.id)).toEqual([
      'monitor',
      'oversight',
    ]);
    expect(flagLayer(['oversight', 'monitor'])?.id).toBe('monitor');
    expect(reviewLayer(['monitor'])).toBeUndefined();
  });

  it('names only assumptions for the after-attempt layers, and none for the others', () => {
    for (const card of CARDS_IN_ORDER) {
      expect(card.assumptions.length > 0).toBe(card.stage === 'after-attempt');
    }
  });
});

describe('one budget rule', () => {
  const offered = standardOffer(['compartmentalization', 'monitor', 'oversight']);

  it('adds the prices of the deployed cards', () => {
    expect(tokensSpent(offered, ['compartmentalization', 'monitor'])).toBe(3);
    expect(tokensSpent(offered, ['prohibition'])).toBe(0);
  });

  it('lets a deployed card be withdrawn and another fit only within what is left', () => {
    expect(affordable(offered, 3, ['compartmentalization'], 'monitor')).toBe(true);
    expect(affordable(offered, 3, ['compartmentalization'], 'oversight')).toBe(false);
    expect(affordable(offered, 3, ['compartmentalization'], 'compartmentalization')).toBe(true);
    expect(affordable(offered, 3, [], 'remove-threat')).toBe(false);
  });
});

describe('combined defenses', () => {
  it('say they were combined as if independent, and a single one does not', () => {
    const both = computeOdds({
      model: 'GPT-4.1',
      condition: BLACKMAIL,
      defenses: ['monitor', 'oversight'],
    });
    const one = computeOdds({ model: 'GPT-4.1', condition: BLACKMAIL, defenses: ['oversight'] });
    if (!both.ok || !one.ok) {
      throw new Error('odds failed');
    }
    expect(both.value.harm.provenance.bases).toContain('layers-independent');
    expect(both.value.outcomes['caught-by-reviewer'].provenance.bases).toContain(
      'layers-independent',
    );
    expect(one.value.harm.provenance.bases).not.toContain('layers-independent');
  });
});

describe('the loadout view of a study condition', () => {
  it('prices the cards, marks what fits, and gives each its own chip', () => {
    const view = conditionLoadoutView({
      model: 'GPT-4.1',
      condition: BLACKMAIL,
      offered: standardOffer(['prohibition', 'compartmentalization', 'oversight', 'monitor']),
      budget: 3,
      defenses: ['compartmentalization'],
    });
    expect(view.spent).toBe(2);
    expect(view.remaining).toBe(1);
    const byId = Object.fromEntries(view.cards.map((card) => [card.id, card]));
    expect(byId.oversight?.affordable).toBe(false);
    expect(byId.monitor?.affordable).toBe(true);
    expect(byId.prohibition?.chip?.tag).toBe('extrapolated');
    expect(byId.compartmentalization?.chip?.tag).toBe('structural');
    expect(byId.oversight?.chip?.tag).toBe('assumption');
  });

  it('marks a measured chip resting on a second-hand row', () => {
    // Claude Opus 4 without the threat: the research reports that row second-hand.
    const view = conditionLoadoutView({
      model: 'Claude Opus 4',
      condition: BLACKMAIL,
      offered: standardOffer(['remove-threat']),
      budget: 3,
      defenses: [],
    });
    expect(view.cards[0]?.chip).toEqual({ tag: 'measured', secondHand: true });
  });

  it('gives no chip where the card leads to a cell the study did not publish', () => {
    const view = conditionLoadoutView({
      model: 'GPT-4.1',
      condition: BLACKMAIL,
      offered: standardOffer(['remove-threat']),
      budget: 3,
      defenses: [],
    });
    expect(view.cards[0]?.chip).toBeNull();
  });
});

describe('the level validator reads the table', () => {
  it('refuses a switch card that leads a reaching model to an unpublished cell', () => {
    const files = minimalLevelFiles();
    const level = files.levelJson as {
      loadout: {
        goalFramings: { goal: { type: string; value: string } }[];
        defenses: { id: string; cost: number }[];
      };
    };
    const [framing] = level.loadout.goalFramings;
    if (framing === undefined) {
      throw new Error('the minimal level has no framing');
    }
    framing.goal = { type: 'explicit', value: 'america' };
    level.loadout.defenses.push({ id: 'remove-threat', cost: 1 });
    const parsed = parseLevel(files);
    expect(parsed.ok).toBe(false);
    const issue = parsed.ok
      ? undefined
      : parsed.error.find((item) => item.code === 'ERR_NO_RATE_FOR_MODEL');
    expect(issue?.path).toBe('loadout.defenses[3].id');
    expect(issue?.message).toContain('GPT-4o');
  });
});

describe('the legal loadouts', () => {
  it('are every subset of the offer within the budget', () => {
    const sets = legalDefenseSets(
      standardOffer(['prohibition', 'compartmentalization', 'oversight', 'monitor']),
      3,
    );
    // 16 subsets; those over 3 tokens: compartmentalization + oversight (4), + monitor (5),
    // + prohibition (4, 5).
    expect(sets).toHaveLength(12);
    expect(sets[0]).toEqual([]);
    expect(sets).toContainEqual(['prohibition', 'compartmentalization', 'monitor']);
    expect(sets).not.toContainEqual(['compartmentalization', 'oversight']);
  });
});
