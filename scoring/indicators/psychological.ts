// D8 心理与情绪 — psychological and emotional wellbeing (INDICATOR-MODEL.md §4, P1–P5).
import { addMonthsPacked, packIsoDate } from '../dates';
import { NOT_APPLICABLE, type FactFunction } from './fact-function';
import { ordinalTable } from './ordinal';

const STRAIN_ORDINAL = ordinalTable({ LOW: 0, MODERATE: 1, HIGH: 2 });
const CONFLICT_ORDINAL = ordinalTable({ NONE: 0, CONFLICT: 1, SIGNS_OF_VIOLENCE: 2 });
/** Top of the PHQ-9 scale: the value suicidal thoughts are scored at (the doc puts them in the top band). */
export const PHQ9_MAX = 27;

export const PSYCHOLOGICAL_FACTS: readonly FactFunction[] = [
  {
    name: 'severeMentalDisorderSituation',
    doc: 'Ordinal over members: 0 none, 1 severe mental disorder, stable, 2 unstable.',
    reads: ['members[].mentalDisorder'],
    compute: (f) => {
      let worst = 0;
      for (const m of f.members) {
        const d = m.mentalDisorder;
        if (d === null) return null;
        if (d === 'UNSTABLE') worst = 2;
        else if (d === 'STABLE' && worst < 1) worst = 1;
      }
      return worst;
    },
    bounds: (f, _c, out) => {
      let worst = 0;
      for (const m of f.members) {
        if (m.mentalDisorder === 'UNSTABLE') worst = 2;
        else if (m.mentalDisorder === 'STABLE' && worst < 1) worst = 1;
      }
      out.low = worst;
      out.high = 2;
      out.mayBeNotApplicable = false;
    },
  },
  {
    name: 'maxPhq9',
    doc:
      `Highest PHQ-9 total among screened members; ${PHQ9_MAX} (the scale maximum) when any member reports ` +
      `suicidal thoughts. Decision: screens are targeted, so unscreened members are skipped; missing when nobody ` +
      `was screened.`,
    reads: ['members[].phq9Score', 'members[].suicidalThoughts'],
    compute: (f) => {
      let worst = -1;
      for (const m of f.members) {
        if (m.suicidalThoughts === true) return PHQ9_MAX;
        if (m.phq9Score !== null && m.phq9Score > worst) worst = m.phq9Score;
      }
      return worst < 0 ? null : worst;
    },
  },
  {
    name: 'negativeEvents12m',
    doc:
      'Count of recorded life events (bereavement, divorce, job loss, diagnosis, accident and crisis events) dated ' +
      'within the 12 months up to asOf.',
    reads: ['lifeEvents'],
    compute: (f, c) => {
      const from = addMonthsPacked(c.asOf, -12);
      let n = 0;
      for (const e of f.lifeEvents) {
        const d = packIsoDate(e.date);
        if (d >= from && d <= c.asOf) n++;
      }
      return n;
    },
  },
  {
    name: 'carerStrainSituation',
    doc: 'Ordinal (Zarit short form): 0 low, 1 moderate, 2 high. Not applicable when unrecorded and nobody needs care.',
    reads: ['carerStrain'],
    compute: (f, c) => {
      if (f.carerStrain !== null) return STRAIN_ORDINAL(f.carerStrain);
      return c.dependants === 0 ? NOT_APPLICABLE : null;
    },
  },
  {
    name: 'familyConflictSituation',
    doc: 'Ordinal: 0 none, 1 conflict, 2 signs of violence.',
    reads: ['familyConflict'],
    compute: (f) => (f.familyConflict === null ? null : CONFLICT_ORDINAL(f.familyConflict)),
  },
];
