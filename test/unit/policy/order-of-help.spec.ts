// The order-of-help data against the seeded catalogue (CATALOGUE.md), and the gateway rule (POLICY.md §3.2, POL-ORD-1).
import { formMeets, NEED_FORM } from '../../../policy/need-forms';
import catalogue from '../../../seeds/data/catalogue.json';
import { gatewayBlockedBy, layerFor, validateOrderOfHelp, type Layer } from '../../../policy/order-of-help';
import { emergencyAnswerDueAt } from '../../../policy/emergency-route';

const TIER: Record<string, Layer> = {
  GOVERNMENT_STATUTORY: 'STATUTORY',
  GOVERNMENT_SPECIAL: 'SPECIAL',
  MASS_ORGANISATION: 'MASS_ORGANISATION',
};
const types = new Map(catalogue.providers.map((p) => [p.code, p.type]));
const shape = catalogue.resources.map((r) => ({
  code: r.code,
  layer: ((r as { tier?: string }).tier as Layer) ?? TIER[types.get(r.providerCode)!] ?? 'CHARITY_COMMUNITY',
  needCodes: r.needCodes,
}));

describe('order of help', () => {
  it('designated channels, complements and gateways are valid against the seeded catalogue', () => {
    expect(validateOrderOfHelp(shape)).toEqual([]);
    expect(validateOrderOfHelp([])).toContain('designated channel of N24: resource R30 is not in the catalogue');
  });
  it('R30 (区残联) ranks first for N24 although it is a mass organisation (NEEDS.md N24, POL-ORD-2)', () => {
    const r30 = shape.find((r) => r.code === 'R30')!;
    const r15 = shape.find((r) => r.code === 'R15')!;
    expect(layerFor(r30, 'N24')).toBeLessThan(layerFor(r15, 'N24'));
    expect(layerFor(r30, 'N19')).toBeGreaterThan(layerFor(r15, 'N24'));
  });
  it('R04 and R05 wait until 低保 (R01) is ruled out', () => {
    expect(gatewayBlockedBy('R04', () => 'UNKNOWN')).toEqual({ higher: 'R01', verdict: 'UNKNOWN' });
    expect(gatewayBlockedBy('R05', () => 'ELIGIBLE')).toEqual({ higher: 'R01', verdict: 'ELIGIBLE' });
    expect(gatewayBlockedBy('R04', () => 'INELIGIBLE')).toBeNull();
    expect(gatewayBlockedBy('R09', () => 'ELIGIBLE')).toBeNull();
  });
  it('an emergency answer is due 24 calendar hours after issue, over a weekend too (NEED-3)', () => {
    const friday = new Date('2026-11-27T10:00:00Z');
    expect(emergencyAnswerDueAt(friday).toISOString()).toBe('2026-11-28T10:00:00.000Z');
  });
});

describe('need forms (NEEDS.md §2 "form")', () => {
  it('reads service-only, material and mixed needs from the model', () => {
    // NEEDS.md: N13 服务, N01 物质 (cash), N24 物质 + 服务, N27 服务 / 物质.
    expect([NEED_FORM.N13, NEED_FORM.N01, NEED_FORM.N24, NEED_FORM.N27]).toEqual([
      'SERVICE',
      'MATERIAL',
      'BOTH',
      'EITHER',
    ]);
    expect(Object.keys(NEED_FORM)).toHaveLength(28);
    expect(formMeets('N13', 'CASH')).toBe(false);
    expect(formMeets('N13', 'MIXED')).toBe(true);
    expect(formMeets('N06', 'IN_KIND')).toBe(true);
  });
});
