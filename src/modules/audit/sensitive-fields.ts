// What the access audit records reading. By field name, on whatever type carries it, so a type
// added later is covered: `idNumber` is the full ID number by convention (the masked form is
// idNumberMasked); the health facts are those PIPL counts as sensitive personal information.
import type { AuditAction } from './audit.entity';

export const HEALTH_FIELDS: ReadonlySet<string> = new Set([
  'hasDisability',
  'disabilityGrade',
  'disabilityType',
  'mobilityImpaired',
  'bedridden',
  'seriousIllness',
  'chronicIllness',
  'mentalDisorder',
  'careNeedsGrade',
  'hospitalStays12m',
  'hospitalDays12m',
]);

export function sensitiveRead(fieldName: string): AuditAction | null {
  if (fieldName === 'idNumber') return 'READ_ID_NUMBER';
  if (HEALTH_FIELDS.has(fieldName)) return 'READ_HEALTH';
  return null;
}

/** Root queries that hand out data in bulk: named …Export. */
export const isExport = (rootFieldName: string) => /Export$/.test(rootFieldName);
