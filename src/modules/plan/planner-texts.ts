// The matcher's bilingual sentences, built once per resource or criterion (never per household
// where the words do not depend on it), so that explaining a plan costs little more than making it.
import type { Tier } from '../catalogue/catalogue.enums';
import type { ObjectiveComponent } from './planner-search';
import type { RankingCriterion } from './plan.enums';

export interface Text {
  zh: string;
  en: string;
}

export const TIER_TEXT: Readonly<Record<Tier, Text>> = {
  STATUTORY: { zh: '法定救助，应享尽享优先', en: 'statutory scheme: entitlements come first (应享尽享)' },
  SPECIAL: { zh: '政府专项，法定之后', en: 'government special scheme, after statutory ones' },
  MASS_ORGANISATION: { zh: '群团帮扶，补充政府救助', en: 'mass organisation, complementing government aid' },
  CHARITY_COMMUNITY: { zh: '慈善/社区资源，补充缺口', en: 'charity and community, filling what remains' },
};

export const TIER_NAME: Readonly<Record<Tier, Text>> = {
  STATUTORY: { zh: '法定救助', en: 'statutory' },
  SPECIAL: { zh: '政府专项', en: 'government special' },
  MASS_ORGANISATION: { zh: '群团', en: 'mass organisation' },
  CHARITY_COMMUNITY: { zh: '慈善/社区', en: 'charity and community' },
};

/** What the objective component that decided between two resources says, for the rationale. */
export const DECIDED_BY: Readonly<Record<ObjectiveComponent, { criterion: RankingCriterion } & Text>> = {
  unmet: { criterion: 'NEEDS_COVERED', zh: '选它可少留未满足需求', en: 'it leaves fewer needs unmet' },
  referrals: { criterion: 'FEWER_REFERRALS', zh: '转介次数更少', en: 'the plan needs fewer referrals' },
  providers: { criterion: 'FEWER_PROVIDERS', zh: '涉及的服务机构更少', en: 'the plan involves fewer providers' },
  locality: {
    criterion: 'LOCALITY',
    zh: '更就近（街镇优先于区、市）',
    en: 'it is nearer (street before district before city)',
  },
  capacity: {
    criterion: 'CAPACITY',
    zh: '名额更充足（应享尽享不限名额）',
    en: 'it has more places (entitlements are uncapped)',
  },
  processing: { criterion: 'PROCESSING_TIME', zh: '办理更快', en: 'it is processed faster' },
  codes: { criterion: 'CODE_ORDER', zh: '其余条件相同，按资源编号', en: 'all else equal, by resource code' },
};

export const UNMET_TEXT = {
  none: { zh: '资源清单中没有满足该需求的资源', en: 'no resource in the catalogue meets this need' },
  blocked: { zh: '没有符合条件且可用的资源', en: 'no eligible resource with a place is available' },
  excluded: {
    zh: '可用资源与方案中其他项目互斥',
    en: 'the resources that could meet it are exclusive with other items of the plan',
  },
} as const;

export const ELIGIBLE_TEXT: Text = { zh: '符合条件', en: 'eligible' };

export const ONLY_AS_COMPLEMENT: Text = {
  zh: '配套资源，只与其主项目一并提供',
  en: 'a declared complement, offered only beside the resource it completes',
};
export const costCoveredText = (code: string): Text => ({
  zh: `方案中的法定救助${code}已覆盖该费用，不重复救助（POL-ORD-7）`,
  en: `statutory ${code} in the plan already meets this cost; no duplicate assistance (POL-ORD-7)`,
});
export const lowerLayerText = (code: string | null): Text => ({
  zh: code ? `更高层级的${code}可满足该需求（应享尽享，POL-ORD-1）` : '更高层级的资源可满足该需求（POL-ORD-1）',
  en: code
    ? `${code}, in a higher layer of help, meets this need (POL-ORD-1)`
    : 'a resource in a higher layer of help can meet this need (POL-ORD-1)',
});
export const exclusiveText = (holder: string, group: string): Text => ({
  zh: `与方案中的${holder}互斥（${group}）`,
  en: `exclusive with ${holder} in this plan (group ${group})`,
});

export const LAYER_DECIDED: readonly Text[] = [
  { zh: '层级更高（法定→专项→群团→慈善社区，POL-ORD-6）', en: 'a higher layer of help (POL-ORD-6)' },
  { zh: '该需求的指定渠道优先（POL-ORD-2）', en: "the need's designated channel comes first (POL-ORD-2)" },
];
