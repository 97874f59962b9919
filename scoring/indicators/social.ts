// D7 社会支持与融入 — social support and inclusion (INDICATOR-MODEL.md §4, R1–R6).
import type { FactFunction } from './fact-function';
import { ordinalTable } from './ordinal';

const LIVING_ALONE = 2;
const STRUCTURE_ORDINAL = ordinalTable({
  ORDINARY: 0,
  SINGLE_PARENT: 1,
  CHILDLESS_ELDER: 2,
  LOST_ONLY_CHILD: 2,
  LIVING_ALONE,
});
const KIN_ORDINAL = ordinalTable({ RELIABLE: 0, WEAK: 1, NONE: 2 });
const CONTACT_ORDINAL = ordinalTable({ REGULAR: 0, OCCASIONAL: 1, NONE_OR_REFUSES: 2 });
const DIGITAL_ORDINAL = ordinalTable({ USES_ONLINE_SERVICES: 0, NEEDS_HELP: 1, CANNOT_USE: 2 });

export const SOCIAL_FACTS: readonly FactFunction[] = [
  {
    name: 'familyStructureSituation',
    doc:
      'Ordinal: 0 ordinary, 1 single parent, 2 孤老 / 失独 / living alone. Decision: unrecorded but one member means ' +
      'living alone.',
    reads: ['familyStructure', 'members'],
    compute: (f, c) => {
      if (f.familyStructure !== null) return STRUCTURE_ORDINAL(f.familyStructure);
      return c.size === 1 ? LIVING_ALONE : null;
    },
  },
  {
    name: 'kinSupportSituation',
    doc: 'Ordinal: 0 reliable, 1 weak, 2 none reachable or supporters unable.',
    reads: ['kinSupport'],
    compute: (f) => (f.kinSupport === null ? null : KIN_ORDINAL(f.kinSupport)),
  },
  {
    name: 'communityContactSituation',
    doc: 'Ordinal: 0 regular, 1 occasional, 2 none in 3 months or refuses contact.',
    reads: ['communityContact'],
    compute: (f) => (f.communityContact === null ? null : CONTACT_ORDINAL(f.communityContact)),
  },
  {
    name: 'hukouAccessBarrier',
    doc: '1 when the household is 人户分离 (registeredElsewhere) or any member lacks local hukou, else 0.',
    reads: ['registeredElsewhere', 'members[].hukou'],
    compute: (f) => {
      if (f.registeredElsewhere === true) return 1;
      let unknown = f.registeredElsewhere === null;
      for (const m of f.members) {
        if (m.hukou === 'RESIDENCE_PERMIT' || m.hukou === 'OTHER') return 1;
        if (m.hukou === null) unknown = true;
      }
      return unknown ? null : 0;
    },
  },
  {
    name: 'specialStatusMembers',
    doc:
      'Count of members serving a sentence, in drug rehabilitation, under community correction or recently ' +
      'released.',
    reads: ['members[].specialStatuses'],
    compute: (f) => {
      let n = 0;
      for (const m of f.members) {
        if (m.specialStatuses === null) return null;
        if (m.specialStatuses.length > 0) n++;
      }
      return n;
    },
    bounds: (f, _c, out) => {
      let n = 0;
      let unknown = 0;
      for (const m of f.members) {
        if (m.specialStatuses === null) unknown++;
        else if (m.specialStatuses.length > 0) n++;
      }
      out.low = n;
      out.high = n + unknown;
      out.mayBeNotApplicable = false;
    },
  },
  {
    name: 'digitalCapacitySituation',
    doc: 'Ordinal: 0 uses online services, 1 needs help, 2 cannot use at all and does not know the policies.',
    reads: ['digitalCapacity'],
    compute: (f) => (f.digitalCapacity === null ? null : DIGITAL_ORDINAL(f.digitalCapacity)),
  },
];
