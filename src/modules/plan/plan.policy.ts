// The plan module's view of the policy layer: every rule is defined once in policy/ and only
// re-exported here so existing imports keep working.
export {
  CASE_HELP_CODE,
  DEFAULT_ANSWER_DAYS,
  EMERGENCY_RESPONSE_DAYS,
  SMALL_AMOUNT_AID_CODE,
  SMALL_AMOUNT_PER_PERSON,
} from '../../../policy/emergency-route';
export { GOVERNMENT_PROVIDER_TYPES, RECEIVED_BY_CATEGORY } from '../../../policy/duplicate-assistance';
export { LOCALITY_RANK } from '../../../policy/order-of-help';
