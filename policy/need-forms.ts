// The form of help each need asks for (NEEDS.md §2, column "form"; 长社救联办〔2024〕2号 "物质+服务").
// A need whose form is service only (服务) is met by a resource that gives a service (SERVICE or
// MIXED), never by cash or goods alone: crisis protection (N13) is not met by an allowance.

export type NeedForm = 'MATERIAL' | 'SERVICE' | 'BOTH' | 'EITHER';

/** NEEDS.md §2: 物质 → MATERIAL, 服务 → SERVICE, 服务 + 物质 / 物质 + 服务 → BOTH, 服务 / 物质 → EITHER. */
export const NEED_FORM: Readonly<Record<string, NeedForm>> = {
  N01: 'MATERIAL',
  N02: 'MATERIAL',
  N03: 'MATERIAL',
  N04: 'MATERIAL',
  N05: 'MATERIAL',
  N06: 'MATERIAL',
  N07: 'SERVICE',
  N08: 'SERVICE',
  N09: 'SERVICE',
  N10: 'SERVICE',
  N11: 'BOTH',
  N12: 'SERVICE',
  N13: 'SERVICE',
  N14: 'SERVICE',
  N15: 'SERVICE',
  N16: 'SERVICE',
  N17: 'BOTH',
  N18: 'SERVICE',
  N19: 'SERVICE',
  N20: 'SERVICE',
  N21: 'SERVICE',
  N22: 'MATERIAL',
  N23: 'BOTH',
  N24: 'BOTH',
  N25: 'SERVICE',
  N26: 'SERVICE',
  N27: 'EITHER',
  N28: 'SERVICE',
};

/** Resource forms that include a service (catalogue `form`: CASH, IN_KIND, SERVICE, MIXED). */
const GIVES_SERVICE: readonly string[] = ['SERVICE', 'MIXED'];

/** Whether a resource of `form` can meet `need`: a service-only need needs a resource that serves. */
export function formMeets(need: string, form: string): boolean {
  return NEED_FORM[need] !== 'SERVICE' || GIVES_SERVICE.includes(form);
}
