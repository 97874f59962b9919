// Value lists of the adviser roster (社区救助顾问人员清单, POLICY.md §12.1), registered as GraphQL enums.
import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums';

export const ADVISER_ROLE_TYPES = [
  'ASSISTANCE_STAFF',
  'COMMITTEE_CADRE',
  'COMMUNITY_WORKER',
  'SOCIAL_WORKER',
  'VOLUNTEER',
] as const;
export type AdviserRoleType = (typeof ADVISER_ROLE_TYPES)[number];

export const ADVISER_SPECIALTIES = [
  'CHILD',
  'ELDERLY',
  'DISABILITY',
  'MENTAL_HEALTH',
  'EMPLOYMENT',
  'MEDICAL',
  'HOUSING',
  'LEGAL',
  'POLICY',
] as const;
export type AdviserSpecialty = (typeof ADVISER_SPECIALTIES)[number];

/** Relations a near-relative filing (近亲属备案) may name. */
export const NEAR_RELATIONS = [
  'SPOUSE',
  'PARENT',
  'CHILD',
  'SIBLING',
  'GRANDPARENT',
  'GRANDCHILD',
  'PARENT_IN_LAW',
  'CHILD_IN_LAW',
  'OTHER',
] as const;
export type NearRelation = (typeof NEAR_RELATIONS)[number];

export const AdviserRoleTypeEnum = enumOf(ADVISER_ROLE_TYPES);
export const AdviserSpecialtyEnum = enumOf(ADVISER_SPECIALTIES);
export const NearRelationEnum = enumOf(NEAR_RELATIONS);

registerEnumType(AdviserRoleTypeEnum, {
  name: 'AdviserRoleType',
  description: 'Who the adviser is (人员类型, POLICY.md §12.1).',
  valuesConfig: {
    ASSISTANCE_STAFF: { description: '社会救助工作人员 social-assistance staff' },
    COMMITTEE_CADRE: { description: '居村干部 neighbourhood or village committee cadre' },
    COMMUNITY_WORKER: { description: '社区工作者 community worker' },
    SOCIAL_WORKER: { description: '专业社工 professional social worker' },
    VOLUNTEER: { description: '志愿者 volunteer' },
  },
});
registerEnumType(AdviserSpecialtyEnum, {
  name: 'AdviserSpecialty',
  description: 'What an adviser is good at (专长); used to suggest advisers for a household.',
  valuesConfig: {
    CHILD: { description: '儿童 children' },
    ELDERLY: { description: '老年人 older people' },
    DISABILITY: { description: '残疾 disability' },
    MENTAL_HEALTH: { description: '心理健康 mental health' },
    EMPLOYMENT: { description: '就业 employment' },
    MEDICAL: { description: '医疗 medical' },
    HOUSING: { description: '住房 housing' },
    LEGAL: { description: '法律 legal' },
    POLICY: { description: '政策 policy navigation' },
  },
});
registerEnumType(NearRelationEnum, {
  name: 'NearRelation',
  description: 'Relation of a filed near relative (近亲属) to the adviser.',
  valuesConfig: {
    SPOUSE: { description: '配偶 spouse' },
    PARENT: { description: '父母 parent' },
    CHILD: { description: '子女 child' },
    SIBLING: { description: '兄弟姐妹 sibling' },
    GRANDPARENT: { description: '祖父母/外祖父母 grandparent' },
    GRANDCHILD: { description: '孙子女/外孙子女 grandchild' },
    PARENT_IN_LAW: { description: '公婆/岳父母 parent-in-law' },
    CHILD_IN_LAW: { description: '儿媳/女婿 child-in-law' },
    OTHER: { description: '其他 other' },
  },
});
