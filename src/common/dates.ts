// Calendar dates travel as YYYY-MM-DD strings (GraphQL scalar LocalDate). The arithmetic lives in
// policy/calendar.ts; "today" comes from the injected Clock (src/common/clock.ts), never from here.
export { isIsoDate } from '../../policy/calendar';
