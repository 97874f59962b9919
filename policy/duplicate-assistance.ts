// No duplicate assistance (POL-ORD-4, POL-ORD-7, NEED-6; CATALOGUE.md matching guidance step 5).

/**
 * A category held means the household already receives that statutory scheme (CATALOGUE.md
 * R01–R13) and which needs it meets. A gateway such as 低保边缘 (R04) meets no need by itself, so it
 * never blocks the medical, education or housing schemes.
 */
export const RECEIVED_BY_CATEGORY: Readonly<Record<string, { resourceCode: string; meets: readonly string[] }>> = {
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

/**
 * NEED-2: N01 raised while the household receives basic-living support is a policy gap (r < 1 after
 * 低保), not a duplicate: it goes to the next layers — temporary assistance (R07, POL-EMG-1) and
 * citizen comprehensive help (R33, POL-ORD-3) — instead of "already receiving".
 */
export const GAP_ROUTES: Readonly<Record<string, readonly string[]>> = { N01: ['R07', 'R33'] };

/** Provider types that are government: others see a household only with its charity-referral consent. */
export const GOVERNMENT_PROVIDER_TYPES: readonly string[] = ['GOVERNMENT_STATUTORY', 'GOVERNMENT_SPECIAL'];

/** A statutory cash (or cash-and-kind) scheme meets the cost of its needs; a statutory service does not. */
export function paysCost(r: { layer: string; form: string }): boolean {
  return r.layer === 'STATUTORY' && (r.form === 'CASH' || r.form === 'MIXED');
}

/**
 * POL-ORD-7: non-government cash (mass organisation, charity, community) is never given for a cost statutory cash
 * meets.
 */
export function isNonGovernmentCash(r: { layer: string; form: string }): boolean {
  return (
    (r.layer === 'MASS_ORGANISATION' || r.layer === 'CHARITY_COMMUNITY') && (r.form === 'CASH' || r.form === 'MIXED')
  );
}
