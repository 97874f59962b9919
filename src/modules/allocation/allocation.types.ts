import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars';

export const AllocationMethod = { SORT: 'SORT', MIN_COST_FLOW: 'MIN_COST_FLOW' } as const;
registerEnumType(AllocationMethod, {
  name: 'AllocationMethod',
  description: 'How the proposal was found; both give the highest total priority.',
  valuesConfig: {
    SORT: { description: '排序 no household claims two resources of one exclusive group: each queue is a sort' },
    MIN_COST_FLOW: { description: '最小费用流 exclusive groups tie the resources together: an exact min-cost flow' },
  },
});

export const LeftOutReason = {
  PLACES_FILLED: 'PLACES_FILLED',
  EXCLUSIVE_GROUP: 'EXCLUSIVE_GROUP',
  NO_PLACES: 'NO_PLACES',
} as const;
registerEnumType(LeftOutReason, {
  name: 'LeftOutReason',
  description: 'Why a household waits in a resource queue (轮候原因).',
  valuesConfig: {
    PLACES_FILLED: { description: '名额已满 every place went to a household of equal or higher priority' },
    EXCLUSIVE_GROUP: { description: '互斥 it is proposed another resource of the same exclusive group instead' },
    NO_PLACES: { description: '本期无名额 the period has no places left' },
  },
});

@ObjectType({ description: 'One household claiming a place (名额申请人): its priority and where it stands.' })
export class AllocationClaim {
  @Field(() => ID, { nullable: true, description: 'The household; null when it is not on your streets.' })
  householdId: string | null;
  @Field(() => String, { nullable: true, description: 'Its address (住址); null when it is not on your streets.' })
  address: string | null;
  @Field({ description: 'Street (街镇) code of the household.' }) streetCode: string;
  @Field({ description: 'Hardship level (困境等级) of its latest assessment; WATCH when it has none.' }) level: string;
  @Field({ description: 'EMERGENCY when any need this resource meets for it is, else ORDINARY.' }) urgency: string;
  @Field(() => LocalDate, { description: 'Waiting since (轮候起始): the earliest opening of those needs.' })
  waitingSince: string;
  @Field(() => Int, { description: 'Whole days waited up to today.' }) waitingDays: number;
  @Field(() => Int, { description: 'Priority (优先分): level, urgency and waiting days by the documented weights.' })
  priority: number;
  @Field(() => Int, { nullable: true, description: 'Place in the queue (轮候顺位), 1 = next; null when placed.' })
  position: number | null;
  @Field(() => LeftOutReason, { nullable: true, description: 'Why it waits; null when placed.' })
  reason: keyof typeof LeftOutReason | null;
  @Field(() => String, {
    nullable: true,
    description: 'EXCLUSIVE_GROUP: the code of the resource of the same group proposed instead.',
  })
  givenInstead: string | null;
}

@ObjectType({ description: 'The proposal for one resource (资源名额分配) in its period.' })
export class ResourceAllocation {
  @Field(() => ID, { description: 'The resource.' }) resourceId: string;
  @Field({ description: 'Its catalogue code.' }) resourceCode: string;
  @Field(() => String, { nullable: true, description: 'Its exclusive group (互斥组), if any.' })
  exclusiveGroup: string | null;
  @Field({ description: 'The period (名额周期): 2026, 2026-Q4, 2026-12, 2026-AUTUMN, or ALL.' }) periodKey: string;
  @Field(() => LocalDate, { nullable: true, description: 'First day of the period; null for ALL.' })
  periodStartsOn: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Last day of the period; null for ALL.' })
  periodEndsOn: string | null;
  @Field(() => Int, { description: 'Places open in the period before this proposal.' }) places: number;
  @Field(() => Int, { nullable: true, description: 'Households proposed a place; null when suppressed (VIEWER, < 5).' })
  placedCount: number | null;
  @Field(() => Int, { nullable: true, description: 'Households left waiting; null when suppressed (VIEWER, < 5).' })
  queueLength: number | null;
  @Field(() => [AllocationClaim], { description: 'Proposed a place, highest priority first; empty for VIEWER.' })
  placed: AllocationClaim[];
  @Field(() => [AllocationClaim], { description: 'The queue (轮候队列), in order, each with why; empty for VIEWER.' })
  queue: AllocationClaim[];
}

@ObjectType({ description: 'A proposal (名额分配建议) for scarce places: nothing is written, no referral issued.' })
export class Allocation {
  @Field(() => LocalDate, { description: 'The day whose periods were allocated.' }) on: string;
  @Field(() => AllocationMethod, { description: 'How it was found.' }) method: keyof typeof AllocationMethod;
  @Field(() => Float, {
    nullable: true,
    description: 'Total priority of the places proposed: the highest possible. Null for VIEWER (it sums households).',
  })
  objective: number | null;
  @Field(() => [ResourceAllocation], { description: 'One entry per requested resource, in the order asked.' })
  resources: ResourceAllocation[];
}
