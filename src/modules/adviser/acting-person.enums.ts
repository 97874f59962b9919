// What a registered person (经办及评议人员, acting-person.entity.ts) does on cases.
import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums';

export const ACTING_PERSON_KINDS = [
  'SUPERVISOR',
  'ASSESSOR',
  'DISTRICT_CADRE',
  'STREET_CADRE',
  'NEIGHBOURHOOD_CADRE',
  'BUILDING_HEAD',
  'VOLUNTEER',
  'RESIDENT_REPRESENTATIVE',
] as const;
export type ActingPersonKind = (typeof ACTING_PERSON_KINDS)[number];
export const ActingPersonKindEnum = enumOf(ACTING_PERSON_KINDS);

registerEnumType(ActingPersonKindEnum, {
  name: 'ActingPersonKind',
  description: 'What a registered person does on cases (身份).',
  valuesConfig: {
    SUPERVISOR: { description: '街镇社会救助所审批人 supervisor of the street social-assistance office (approves)' },
    ASSESSOR: { description: '综合帮扶评估员 comprehensive-help assessor' },
    DISTRICT_CADRE: { description: '区救助干部 district assistance cadre' },
    STREET_CADRE: { description: '街镇救助干部 street assistance cadre' },
    NEIGHBOURHOOD_CADRE: { description: '居村干部 neighbourhood or village committee cadre' },
    BUILDING_HEAD: { description: '楼组长 building head' },
    VOLUNTEER: { description: '社区志愿者 community volunteer' },
    RESIDENT_REPRESENTATIVE: { description: '居民代表 resident representative' },
  },
});
