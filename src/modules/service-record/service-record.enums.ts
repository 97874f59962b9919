import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums';

export const SERVICE_MODES = ['HOME_VISIT', 'PHONE', 'ONLINE', 'STATION'] as const;
export type ServiceMode = (typeof SERVICE_MODES)[number];
export const ServiceModeEnum = enumOf(SERVICE_MODES);

/** The adviser service catalogue (社区救助顾问服务清单, POLICY.md §12.4). */
export const ADVISER_SERVICE_CODES = [
  'ADV-BRIEF',
  'ADV-CONSULT',
  'ADV-APPLY',
  'ADV-REFER',
  'ADV-VISIT',
  'ADV-CASE',
  'ADV-REVIEW',
  'ADV-FOLLOW',
  'ADV-EMERG',
] as const;

// A record counts towards the visit cadence when the adviser met the household in person:
// any service delivered at home, or a visit or exit follow-up at the station. Phone and online
// contacts are services, not visits (POL-CAD-6 speaks of 走访).
export function countsAsVisit(serviceCode: string, mode: ServiceMode): boolean {
  if (mode === 'HOME_VISIT') return true;
  return mode === 'STATION' && (serviceCode === 'ADV-VISIT' || serviceCode === 'ADV-FOLLOW');
}

registerEnumType(ServiceModeEnum, {
  name: 'ServiceMode',
  description: 'How a service was delivered (服务方式).',
  valuesConfig: {
    HOME_VISIT: { description: '上门 home visit (counts as a visit)' },
    PHONE: { description: '电话 by phone (not a visit)' },
    ONLINE: { description: '线上 online (not a visit)' },
    STATION: { description: '站点 at the station (a visit only for ADV-VISIT and ADV-FOLLOW)' },
  },
});
