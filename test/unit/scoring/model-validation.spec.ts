// loadModel validates a model version before compiling it; each kind of problem throws a
// ModelValidationError naming where it is, and such a model is never returned or used.
import { ModelValidationError, SH_2024_1, loadModel, scoreHousehold, type ScoringModel } from '../../../scoring';
import type { ModelJson } from '../../../scoring/model/schema';
import sh20241 from '../../../scoring/models/sh-2024.1.json';
import { household } from './fixtures';

function variant(change: (m: ModelJson) => void): unknown {
  const copy = structuredClone(sh20241) as unknown as ModelJson;
  change(copy);
  return copy;
}

function problemsOf(json: unknown): Array<{ path: string; message: string }> {
  try {
    loadModel(json);
  } catch (e) {
    expect(e).toBeInstanceOf(ModelValidationError);
    return [...(e as ModelValidationError).issues];
  }
  throw new Error('the model loaded');
}

const indicatorIndex = (code: string) => sh20241.indicators.findIndex((i) => i.code === code);
const needIndex = (code: string) => sh20241.needs.rules.findIndex((n) => n.code === code);
const E1 = indicatorIndex('E1');
const J2 = indicatorIndex('J2');

const cases: Array<[string, (m: ModelJson) => void, string, RegExp]> = [
  [
    'an unknown fact function',
    (m) => {
      m.indicators[J2].fact = 'monthsOnTheMoon';
    },
    `indicators[${J2}].fact`,
    /unknown fact function 'monthsOnTheMoon'/,
  ],
  [
    'an indicator in an unknown dimension',
    (m) => {
      m.indicators[E1].dimension = 'XYZ';
    },
    `indicators[${E1}].dimension`,
    /unknown dimension 'XYZ'/,
  ],
  [
    'a dimension with no indicator',
    (m) => {
      m.dimensions.push({ code: 'NEW', zh: '新', en: 'New' });
    },
    'indicators',
    /dimension 'NEW' has no indicator/,
  ],
  [
    'a gap between bands',
    (m) => {
      m.indicators[E1].bands[1].range = '[0.6,1)';
    },
    `indicators[${E1}].bands[1].range`,
    /gap between 0.5 and 0.6/,
  ],
  [
    'overlapping bands',
    (m) => {
      m.indicators[E1].bands[1].range = '[0.4,1)';
    },
    `indicators[${E1}].bands[1].range`,
    /overlaps the previous band/,
  ],
  [
    'a boundary value in two bands',
    (m) => {
      m.indicators[E1].bands[0].range = '(-inf,0.5]';
    },
    `indicators[${E1}].bands[1].range`,
    /overlaps the previous band at 0.5/,
  ],
  [
    'bands that do not reach inf',
    (m) => {
      m.indicators[E1].bands[4].range = '[2,10)';
    },
    `indicators[${E1}].bands[4].range`,
    /must end at inf/,
  ],
  [
    'bands that do not start at -inf',
    (m) => {
      m.indicators[E1].bands[0].range = '[0,0.5)';
    },
    `indicators[${E1}].bands[0].range`,
    /must start at -inf/,
  ],
  [
    'an unparseable range',
    (m) => {
      m.indicators[E1].bands[0].range = 'below half';
    },
    `indicators[${E1}].bands[0].range`,
    /is not an interval/,
  ],
  [
    'scores against the stated direction',
    (m) => {
      m.indicators[E1].direction = 'higher_is_worse';
    },
    `indicators[${E1}].bands[1].score`,
    /scores must rise/,
  ],
  [
    'a score outside 0–4',
    (m) => {
      m.indicators[E1].bands[0].score = 5;
    },
    `indicators[${E1}].bands[0].score`,
    /integer from 0 to 4/,
  ],
  [
    'a reachable score with no anchor',
    (m) => {
      delete m.indicators[E1].anchors['3'];
    },
    `indicators[${E1}].anchors.3`,
    /no anchor text/,
  ],
  [
    'a non-reciprocal judgement matrix',
    (m) => {
      m.profiles.standard.judgements[0][1] = 3;
    },
    'profiles.standard.judgements',
    /not reciprocal/,
  ],
  [
    'a non-positive judgement',
    (m) => {
      m.profiles.standard.judgements[0][1] = 0;
      m.profiles.standard.judgements[1][0] = 0;
    },
    'profiles.standard.judgements',
    /not a positive number/,
  ],
  [
    'a judgement that is not a number',
    (m) => {
      m.profiles.standard.judgements[0][1] = 'two';
    },
    'profiles.standard.judgements',
    /not a positive number/,
  ],
  [
    'inconsistent judgements (CR ≥ 0.10)',
    (m) => {
      const j = m.profiles.standard.judgements;
      [
        [0, 1],
        [1, 2],
        [2, 0],
      ].forEach(([a, b]) => {
        j[a][b] = 9;
        j[b][a] = '1/9';
      });
    },
    'profiles.standard.judgements',
    /inconsistent judgements: CR = 0\.\d+ \(must be < 0.1\)/,
  ],
  [
    'a dimension order missing a dimension',
    (m) => {
      m.profiles.standard.dimensionOrder[7] = 'ECO';
    },
    'profiles.standard.dimensionOrder',
    /each of the 8 dimensions once/,
  ],
  [
    'stated weights the judgements do not give',
    (m) => {
      m.profiles.development.statedWeights!.ECO = 0.3;
    },
    'profiles.development.statedWeights.ECO',
    /stated 0.3 but the judgements give 0.2453/,
  ],
  [
    'no level profile',
    (m) => {
      m.profiles.standard.use = 'ranking';
      m.profiles.standard.appliesWhen = 'elderlyMember';
    },
    'profiles',
    /exactly one profile must have use 'level'/,
  ],
  [
    'a need trigger naming an unknown indicator',
    (m) => {
      m.needs.rules[needIndex('N14')].when[0][0] = { indicator: 'S9', atLeast: 2 };
    },
    `needs.rules[${needIndex('N14')}].when[0][0].indicator`,
    /unknown indicator 'S9'/,
  ],
  [
    'a need trigger naming an unknown predicate',
    (m) => {
      m.needs.rules[needIndex('N22')].when[0][1] = { predicate: 'hasGarden' };
    },
    `needs.rules[${needIndex('N22')}].when[0][1].predicate`,
    /unknown predicate 'hasGarden'/,
  ],
  [
    'a trigger on a score the indicator never gives',
    (m) => {
      m.needs.rules[needIndex('N15')].when[0][0] = { indicator: 'S5', equals: 3 };
    },
    `needs.rules[${needIndex('N15')}].when[0][0].equals`,
    /never scores 3/,
  ],
  [
    'a red flag raising an unknown need',
    (m) => {
      m.redFlags.rules[0].raises = ['N99'];
    },
    'redFlags.rules[0].raises[0]',
    /unknown need 'N99'/,
  ],
  [
    'a red flag that clears when things get worse',
    (m) => {
      m.redFlags.rules[0].when = [[{ indicator: 'C4', equals: 3 }]];
    },
    'redFlags.rules[0].when[0][0].equals',
    /only name the highest score of C4/,
  ],
  [
    'a red flag on the level (circular)',
    (m) => {
      m.redFlags.rules[0].when = [[{ level: 'HIGH' }]];
    },
    'redFlags.rules[0].when[0][0]',
    /names an indicator or a predicate/,
  ],
  [
    'level rules out of severity order',
    (m) => {
      [m.levels[2], m.levels[3]] = [m.levels[3], m.levels[2]];
    },
    'levels[3].level',
    /most to the least severe/,
  ],
  [
    'composite thresholds that do not fall',
    (m) => {
      (m.levels[3].when as { compositeAtLeast: number }).compositeAtLeast = 50;
    },
    'levels[3].when.compositeAtLeast',
    /thresholds must fall/,
  ],
  [
    'no final catch-all level rule',
    (m) => {
      m.levels.pop();
    },
    `levels[${sh20241.levels.length - 2}].when`,
    /last rule must be \{ "always": true \}/,
  ],
  [
    'a level without a cadence',
    (m) => {
      delete (m.cadence as Partial<ModelJson['cadence']>).LOW;
    },
    'cadence.LOW',
    /must be an object/,
  ],
  [
    'a circle rule on an unknown category',
    (m) => {
      m.circles.rules[0].when = { categoryHeld: ['DB', 'XX' as never] };
    },
    'circles.rules[0].when.categoryHeld[1]',
    /unknown value 'XX'/,
  ],
  [
    'an aggregation whose weights do not sum to 1',
    (m) => {
      m.aggregation.maxWeight = 0.7;
    },
    'aggregation',
    /sum to 1/,
  ],
];

describe('loadModel validation', () => {
  it('loads the built-in sh-2024.1', () => {
    expect(SH_2024_1.id).toBe('sh-2024.1');
    expect(SH_2024_1.indicators).toHaveLength(40);
    expect(loadModel(structuredClone(sh20241)).id).toBe('sh-2024.1');
  });

  it.each(cases)('rejects %s', (_name, change, path, message) => {
    const problems = problemsOf(variant(change));
    expect(problems).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it('names the first problem in the message and lists them all', () => {
    const json = variant((m) => {
      m.indicators[J2].fact = 'nope';
      m.redFlags.rules[0].raises = ['N99'];
    });
    expect(() => loadModel(json)).toThrow(
      `Model sh-2024.1 is invalid: indicators[${J2}].fact: unknown fact function 'nope' (see listModelFacts()) ` +
        `(and 1 more problem)`,
    );
    expect(problemsOf(json)).toHaveLength(2);
  });

  it('rejects something that is not a model at all', () => {
    expect(() => loadModel([])).toThrow(ModelValidationError);
    expect(() => loadModel(null)).toThrow('a model must be a JSON object');
  });

  it('never lets an unvalidated object score a household', () => {
    const fake = { id: 'fake', dimensions: [], indicators: [], profiles: [] } as unknown as ScoringModel;
    expect(() => scoreHousehold(household(), fake)).toThrow('not a scoring model: load it with loadModel()');
  });
});
