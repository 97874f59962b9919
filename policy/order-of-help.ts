// The order of help (POL-ORD-1, POL-ORD-2, POL-ORD-6, NEED-7, CATALOGUE.md "Matching guidance"):
// layers, gateway certifications, designated channels and complements, as data validated against
// the catalogue (validateOrderOfHelp). The planner reads these; nothing else defines them.

/**
 * The four layers, first to last (POL-ORD-6): statutory → government special → mass organisations → charity and
 * community.
 */
export const ORDER_OF_HELP = ['STATUTORY', 'SPECIAL', 'MASS_ORGANISATION', 'CHARITY_COMMUNITY'] as const;
export type Layer = (typeof ORDER_OF_HELP)[number];
export const LAYER_RANK: Readonly<Record<Layer, number>> = {
  STATUTORY: 1,
  SPECIAL: 2,
  MASS_ORGANISATION: 3,
  CHARITY_COMMUNITY: 4,
};

/**
 * Gateway certifications: offered only once every higher scheme is ruled out (INELIGIBLE), never
 * while it is eligible, unknown or received. POLICY.md §3.2: 低保边缘 is "not 低保-eligible";
 * POL-ORD-1: basic living (低保) first, then special schemes.
 */
export const GATEWAYS: Readonly<Record<string, { higher: readonly string[]; basis: string }>> = {
  R04: { higher: ['R01'], basis: 'POLICY.md §3.2 (低保边缘: not 低保-eligible); POL-ORD-1' },
  R05: { higher: ['R01'], basis: 'POL-ORD-1 (basic living first); POLICY.md §3.2 刚性支出' },
};

/**
 * A need's designated channel (POL-ORD-2: route needs by type to the departmental special schemes —
 * 区医保局 medical, 区教育局 education, 区房管局 housing, 区人社局 employment — and link the help
 * projects of 区残联 …; NEEDS.md lists it first): when eligible it ranks before every layer for that
 * need, so a generic scheme that covers more needs does not take the need from it.
 */
export const DESIGNATED_CHANNELS: Readonly<Record<string, { resource: string; basis: string }>> = {
  N02: { resource: 'R09', basis: 'NEEDS.md N02 (R09 first); POL-ORD-2 区医保局 medical assistance' },
  N03: { resource: 'R10', basis: 'NEEDS.md N03 (R10 first); POL-ORD-2 区教育局 education assistance' },
  N04: { resource: 'R11', basis: 'NEEDS.md N04 (R11); POL-ORD-2 区房管局 housing assistance' },
  N19: { resource: 'R12', basis: 'NEEDS.md N19 (R12 first); POL-ORD-2 区人社局 employment assistance' },
  N24: { resource: 'R30', basis: 'NEEDS.md N24 (R30 first); POL-ORD-2 区残联' },
  N11: { resource: 'R30', basis: 'NEEDS.md N11 (R30 first); POL-ORD-2 区残联' },
};

/**
 * Declared complements: `with` is planned beside `resource` for `need`, not instead of it, and does
 * not count as a precedence break or a duplicate (CATALOGUE.md R16: "pair with R21 for poor households").
 */
export const COMPLEMENTS: ReadonlyArray<{ resource: string; with: string; need: string; basis: string }> = [
  { resource: 'R16', with: 'R21', need: 'N22', basis: 'CATALOGUE.md R16 "pair with R21 for poor households"' },
];

/** Locality (就近), a tie-break after the order of help: street before district before city. */
export const LOCALITY_RANK = { STREET: 3, DISTRICT: 2, CITY: 1 } as const;

/** Whether `a` comes before `b` in the order of help for `need` (designated channel first, then layers). */
export function precedes(a: { code: string; layer: Layer }, b: { code: string; layer: Layer }, need: string): boolean {
  return layerFor(a, need) < layerFor(b, need);
}

/** The rank of a resource for a need: 0 for the need's designated channel, else its layer's rank. */
export function layerFor(r: { code: string; layer: Layer }, need: string): number {
  return DESIGNATED_CHANNELS[need]?.resource === r.code ? 0 : LAYER_RANK[r.layer];
}

/** Whether `code` is a declared complement of something for `need`. */
export function isComplement(code: string, need: string): boolean {
  return COMPLEMENTS.some((c) => c.with === code && c.need === need);
}

/**
 * The gateway decision: null when `code` is no gateway or every higher scheme is ruled out;
 * otherwise the first higher scheme not ruled out and how it stands.
 */
export function gatewayBlockedBy(
  code: string,
  verdictOf: (higher: string) => 'ELIGIBLE' | 'INELIGIBLE' | 'UNKNOWN' | 'RECEIVED' | 'ABSENT',
): { higher: string; verdict: 'ELIGIBLE' | 'UNKNOWN' | 'RECEIVED' } | null {
  for (const higher of GATEWAYS[code]?.higher ?? []) {
    const v = verdictOf(higher);
    if (v === 'ELIGIBLE' || v === 'UNKNOWN' || v === 'RECEIVED') return { higher, verdict: v };
  }
  return null;
}

export interface CatalogueShape {
  code: string;
  layer: Layer;
  needCodes: readonly string[];
}

/** Problems with the data above against a catalogue: every code must exist and meet the need it is declared for. */
export function validateOrderOfHelp(catalogue: readonly CatalogueShape[]): string[] {
  const byCode = new Map(catalogue.map((r) => [r.code, r]));
  const errors: string[] = [];
  const meets = (code: string, need: string, what: string) => {
    const r = byCode.get(code);
    if (!r) errors.push(`${what}: resource ${code} is not in the catalogue`);
    else if (!r.needCodes.includes(need)) errors.push(`${what}: ${code} does not meet ${need}`);
  };
  for (const [need, d] of Object.entries(DESIGNATED_CHANNELS)) meets(d.resource, need, `designated channel of ${need}`);
  for (const c of COMPLEMENTS) {
    meets(c.resource, c.need, `complement ${c.resource}+${c.with}`);
    meets(c.with, c.need, `complement ${c.resource}+${c.with}`);
  }
  for (const [code, g] of Object.entries(GATEWAYS)) {
    if (!byCode.has(code)) errors.push(`gateway ${code} is not in the catalogue`);
    for (const h of g.higher) {
      const higher = byCode.get(h);
      if (!higher) errors.push(`gateway ${code}: higher scheme ${h} is not in the catalogue`);
      else if (byCode.has(code) && LAYER_RANK[higher.layer] > LAYER_RANK[byCode.get(code)!.layer])
        errors.push(`gateway ${code}: higher scheme ${h} is in a later layer`);
    }
  }
  return errors;
}
