// Policy data the matcher reads: which held category is which received benefit, the emergency
// route's resources, and response times. Data, not logic; each line names its source.
import type { CategoryCode } from '../../../scoring/facts';

/**
 * A category the household holds (CategoryHolding) means it already receives that statutory scheme
 * (CATALOGUE.md R01–R13), and which needs that scheme meets. A gateway such as 低保边缘 (R04) is
 * received but meets no need by itself, so it never blocks the medical, education or housing schemes.
 */
export const RECEIVED_BY_CATEGORY: Partial<Record<CategoryCode, { resourceCode: string; meets: readonly string[] }>> = {
  DB: { resourceCode: 'R01', meets: ['N01'] },
  TK_DISPERSED: { resourceCode: 'R02', meets: ['N01', 'N08'] },
  TK_CENTRAL: { resourceCode: 'R02', meets: ['N01', 'N08'] },
  ZC: { resourceCode: 'R03', meets: [] },
  BY: { resourceCode: 'R04', meets: [] },
  GX: { resourceCode: 'R05', meets: ['N01'] },
  KJ: { resourceCode: 'R06', meets: ['N01'] },
  GE: { resourceCode: 'R06', meets: ['N01'] },
  ZX_MEDICAL: { resourceCode: 'R09', meets: ['N02'] },
  ZX_EDUCATION: { resourceCode: 'R10', meets: ['N03'] },
  ZX_HOUSING: { resourceCode: 'R11', meets: ['N04'] },
  ZX_EMPLOYMENT: { resourceCode: 'R12', meets: ['N19'] },
  ZX_DISASTER: { resourceCode: 'R13', meets: [] },
};

/** 小金额救助 (POL-EMG-2, 长社救联办〔2024〕2号): the catalogue's resource and its per-person ceiling. */
export const SMALL_AMOUNT_AID_CODE = 'R08';
export const SMALL_AMOUNT_PER_PERSON = 500;
/** 市民综合帮扶·个案 (沪民救发〔2025〕1号): the case-help resource an emergency proposal goes to. */
export const CASE_HELP_CODE = 'R33';

/** NEED-3: an EMERGENCY need is answered within 24 h; a resource slower than this is "not faster". */
export const EMERGENCY_RESPONSE_DAYS = 1;
/** NEED-3: an ORDINARY need is answered within 10 working days; used when a resource states no processing time. */
export const DEFAULT_ANSWER_DAYS = 10;

/** Non-government organisations see a household only with its charity-referral consent (慈善转介授权). */
export const GOVERNMENT_PROVIDER_TYPES: readonly string[] = ['GOVERNMENT_STATUTORY', 'GOVERNMENT_SPECIAL'];

/** Locality (就近): a street-level resource before a district one before a city-wide one. */
export const LOCALITY_RANK = { STREET: 3, DISTRICT: 2, CITY: 1 } as const;
