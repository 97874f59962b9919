// Value lists of the adviser roster (社区救助顾问人员清单, POLICY.md §12.1).
export const ADVISER_ROLE_TYPES = ['ASSISTANCE_STAFF', 'COMMITTEE_CADRE', 'COMMUNITY_WORKER', 'SOCIAL_WORKER', 'VOLUNTEER'] as const;
export type AdviserRoleType = (typeof ADVISER_ROLE_TYPES)[number];

export const ADVISER_SPECIALTIES = ['CHILD', 'ELDERLY', 'DISABILITY', 'MENTAL_HEALTH', 'EMPLOYMENT', 'MEDICAL', 'HOUSING', 'LEGAL', 'POLICY'] as const;
export type AdviserSpecialty = (typeof ADVISER_SPECIALTIES)[number];

/** Relations a near-relative filing (近亲属备案) may name. */
export const NEAR_RELATIONS = ['SPOUSE', 'PARENT', 'CHILD', 'SIBLING', 'GRANDPARENT', 'GRANDCHILD', 'PARENT_IN_LAW', 'CHILD_IN_LAW', 'OTHER'] as const;
export type NearRelation = (typeof NEAR_RELATIONS)[number];
