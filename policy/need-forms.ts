// The form of help each need asks for (NEEDS.md §2, column "form"; 长社救联办〔2024〕2号 "物质+服务").
// A need whose form is service only (服务) is met by a resource that gives a service (SERVICE or
// MIXED), never by cash or goods alone: crisis protection (N13) is not met by an allowance. The
// forms themselves are data of the indicator model that raises the needs (scoring/models), read
// here, not copied.
import model from '../scoring/models/sh-2024.1.json';

export type NeedForm = 'MATERIAL' | 'SERVICE' | 'BOTH' | 'EITHER';

/** NEEDS.md wording: 物质 → MATERIAL, 服务 → SERVICE, "服务 + 物质" → BOTH, "服务 / 物质" → EITHER. */
export function needFormOf(text: string): NeedForm {
  const service = text.includes('服务');
  const material = text.includes('物质');
  if (service && material) return text.includes('/') ? 'EITHER' : 'BOTH';
  return service ? 'SERVICE' : 'MATERIAL';
}

export const NEED_FORM: Readonly<Record<string, NeedForm>> = Object.fromEntries(
  model.needs.rules.map((r) => [r.code, needFormOf(r.form)]),
);

/** Resource forms that include a service (catalogue `form`: CASH, IN_KIND, SERVICE, MIXED). */
const GIVES_SERVICE: readonly string[] = ['SERVICE', 'MIXED'];

/** Whether a resource of `form` can meet `need`: a service-only need needs a resource that serves. */
export function formMeets(need: string, form: string): boolean {
  return NEED_FORM[need] !== 'SERVICE' || GIVES_SERVICE.includes(form);
}
