import { registerEnumType } from 'type-graphql';

export const ProviderType = {
  GOVERNMENT_STATUTORY: 'GOVERNMENT_STATUTORY',
  GOVERNMENT_SPECIAL: 'GOVERNMENT_SPECIAL',
  MASS_ORGANISATION: 'MASS_ORGANISATION',
  CHARITY: 'CHARITY',
  COMMUNITY_FUND: 'COMMUNITY_FUND',
  SOCIAL_ORGANISATION: 'SOCIAL_ORGANISATION',
  ENTERPRISE: 'ENTERPRISE',
} as const;
export type ProviderType = keyof typeof ProviderType;

export const Tier = {
  STATUTORY: 'STATUTORY',
  SPECIAL: 'SPECIAL',
  MASS_ORGANISATION: 'MASS_ORGANISATION',
  CHARITY_COMMUNITY: 'CHARITY_COMMUNITY',
} as const;
export type Tier = keyof typeof Tier;
/** Order of help (POLICY.md POL-ORD-6): statutory → special → mass organisations → charity and community. */
export const TIER_ORDER: Record<Tier, number> = {
  STATUTORY: 1,
  SPECIAL: 2,
  MASS_ORGANISATION: 3,
  CHARITY_COMMUNITY: 4,
};
export const TIER_OF_PROVIDER: Record<ProviderType, Tier> = {
  GOVERNMENT_STATUTORY: 'STATUTORY',
  GOVERNMENT_SPECIAL: 'SPECIAL',
  MASS_ORGANISATION: 'MASS_ORGANISATION',
  CHARITY: 'CHARITY_COMMUNITY',
  COMMUNITY_FUND: 'CHARITY_COMMUNITY',
  SOCIAL_ORGANISATION: 'CHARITY_COMMUNITY',
  ENTERPRISE: 'CHARITY_COMMUNITY',
};

export const ResourceForm = { CASH: 'CASH', IN_KIND: 'IN_KIND', SERVICE: 'SERVICE', MIXED: 'MIXED' } as const;
export type ResourceForm = keyof typeof ResourceForm;

export const ResourceStatus = {
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
  PUBLISHED: 'PUBLISHED',
  SUSPENDED: 'SUSPENDED',
  RETIRED: 'RETIRED',
} as const;
export type ResourceStatus = keyof typeof ResourceStatus;

export const CapacityKind = { ENTITLEMENT: 'ENTITLEMENT', QUOTA: 'QUOTA' } as const;
export type CapacityKind = keyof typeof CapacityKind;

export const ScopeLevel = { CITY: 'CITY', DISTRICT: 'DISTRICT', STREET: 'STREET' } as const;
export type ScopeLevel = keyof typeof ScopeLevel;

export const VerificationStatus = { VERIFIED: 'VERIFIED', UNVERIFIED: 'UNVERIFIED', SUSPENDED: 'SUSPENDED' } as const;
export type VerificationStatus = keyof typeof VerificationStatus;

export const ResourceAction = {
  CREATED: 'CREATED',
  UPDATED: 'UPDATED',
  SUBMITTED: 'SUBMITTED',
  PUBLISHED: 'PUBLISHED',
  RETURNED: 'RETURNED',
  SUSPENDED: 'SUSPENDED',
  RESUMED: 'RESUMED',
  RETIRED: 'RETIRED',
  CAPACITY_UPDATED: 'CAPACITY_UPDATED',
  IMPORTED: 'IMPORTED',
  SEEDED: 'SEEDED',
} as const;
export type ResourceAction = keyof typeof ResourceAction;

const d = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, { description: v }]));
registerEnumType(ProviderType, {
  name: 'ProviderType',
  description: 'Kind of organisation running resources.',
  valuesConfig: d({
    GOVERNMENT_STATUTORY: '政府法定 government, statutory schemes',
    GOVERNMENT_SPECIAL: '政府专项 government special schemes and purchased services',
    MASS_ORGANISATION: "群团 mass organisation (trade union, Youth League, Women's Federation, DPF, Red Cross)",
    CHARITY: '慈善 charity',
    COMMUNITY_FUND: '社区基金 community foundation fund',
    SOCIAL_ORGANISATION: '社会组织 social organisation (NGO)',
    ENTERPRISE: '企业 enterprise',
  }),
});
registerEnumType(Tier, {
  name: 'Tier',
  description: 'Layer in the order of help (POL-ORD-6): statutory first, charity last.',
  valuesConfig: d({
    STATUTORY: '法定 statutory (应享尽享 first)',
    SPECIAL: '政府专项 government special',
    MASS_ORGANISATION: '群团 mass organisations',
    CHARITY_COMMUNITY: '慈善/社区 charity and community',
  }),
});
registerEnumType(ResourceForm, {
  name: 'ResourceForm',
  description: 'Form of help (救助形式).',
  valuesConfig: d({ CASH: '现金 cash', IN_KIND: '实物 in kind', SERVICE: '服务 service', MIXED: '混合 mixed' }),
});
registerEnumType(ResourceStatus, {
  name: 'ResourceStatus',
  description: 'Lifecycle: DRAFT → SUBMITTED → PUBLISHED → SUSPENDED / RETIRED.',
  valuesConfig: d({
    DRAFT: '草稿 draft, editable by its organisation',
    SUBMITTED: '待审核 awaiting ADMIN review',
    PUBLISHED: '已发布 published: visible and matchable',
    SUSPENDED: '暂停 suspended: visible, not matchable',
    RETIRED: '已下线 retired',
  }),
});
registerEnumType(CapacityKind, {
  name: 'CapacityKind',
  description: 'Capacity model.',
  valuesConfig: d({ ENTITLEMENT: '应享尽享 uncapped entitlement', QUOTA: '名额 a quota per period' }),
});
registerEnumType(ScopeLevel, {
  name: 'ScopeLevel',
  description: 'Geographic level.',
  valuesConfig: d({ CITY: '全市 all of Shanghai', DISTRICT: '区 listed districts', STREET: '街镇 listed streets' }),
});
registerEnumType(VerificationStatus, {
  name: 'VerificationStatus',
  description: 'Whether civil affairs has verified the organisation.',
  valuesConfig: d({ VERIFIED: '已核实 verified', UNVERIFIED: '未核实 unverified', SUSPENDED: '暂停 suspended' }),
});
registerEnumType(ResourceAction, {
  name: 'ResourceAction',
  description: 'What a history entry records.',
  valuesConfig: d({
    CREATED: 'created',
    UPDATED: 'fields changed',
    SUBMITTED: 'submitted for review',
    PUBLISHED: 'published by ADMIN',
    RETURNED: 'returned by ADMIN with reasons',
    SUSPENDED: 'suspended',
    RESUMED: 'resumed after suspension',
    RETIRED: 'retired',
    CAPACITY_UPDATED: 'remaining places changed',
    IMPORTED: 'imported from HSDS',
    SEEDED: 'loaded from the seed catalogue',
  }),
});
