import { ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import type { HouseholdFacts } from '../../../scoring';
import {
  CategoryHoldingInput,
  EconomicsInput,
  HousingInput,
  LifeEventInput,
  ObservationsInput,
} from '../household/household.inputs';

@InputType({
  description: 'What-if changes for previewAssessment; nothing is stored. Omitted fields keep their stored value.',
})
export class WhatIfInput {
  @Field(() => HousingInput, { nullable: true, description: 'Housing changes.' })
  @ValidateNested()
  housing?: HousingInput;
  @Field(() => EconomicsInput, { nullable: true, description: 'Economic changes.' })
  @ValidateNested()
  economics?: EconomicsInput;
  @Field(() => ObservationsInput, { nullable: true, description: 'Observation changes.' })
  @ValidateNested()
  observations?: ObservationsInput;
  @Field(() => [CategoryHoldingInput], { nullable: true, description: 'Replace the categories held.' })
  @ValidateNested()
  categories?: CategoryHoldingInput[];
  @Field(() => [LifeEventInput], { nullable: true, description: 'Replace the life events.' })
  @ValidateNested()
  lifeEvents?: LifeEventInput[];
}

const HOUSING_TO_FACTS: Record<string, keyof HouseholdFacts> = {
  floor: 'floor',
  hasElevator: 'hasElevator',
  buildingElevatorProject: 'buildingElevatorProject',
  tenure: 'tenure',
  livingAreaSqm: 'livingAreaSqm',
  monthlyRent: 'monthlyRent',
  condition: 'housingCondition',
  evictionThreatened: 'evictionThreatened',
  homeAdapted: 'homeAdapted',
  falls12m: 'falls12m',
  fallInjury: 'fallInjury',
  studySpace: 'studySpace',
};
const INCOME_TO_FACTS = {
  incomeWages: 'wages',
  incomePensions: 'pensions',
  incomeBenefits: 'benefits',
  incomeMaintenance: 'maintenance',
  incomeOther: 'other',
} as const;
const RIGID_TO_FACTS = {
  rigidMedical: 'medical',
  rigidEducation: 'education',
  rigidCare: 'care',
  rigidRehab: 'rehab',
} as const;

/** Applies what-if changes to a facts snapshot, in place. */
export function applyWhatIf(facts: HouseholdFacts, input: WhatIfInput): void {
  const set = (key: keyof HouseholdFacts, value: unknown) => {
    if (value !== undefined) (facts as unknown as Record<string, unknown>)[key] = value;
  };
  for (const [from, to] of Object.entries(HOUSING_TO_FACTS)) set(to, input.housing?.[from as keyof HousingInput]);
  const eco = input.economics ?? {};
  for (const [from, to] of Object.entries(INCOME_TO_FACTS))
    if (eco[from as keyof EconomicsInput] !== undefined)
      facts.incomeMonthly[to] = eco[from as keyof EconomicsInput] as number | null;
  for (const [from, to] of Object.entries(RIGID_TO_FACTS))
    if (eco[from as keyof EconomicsInput] !== undefined)
      facts.rigidSpending12m[to] = eco[from as keyof EconomicsInput] as number | null;
  set('liquidAssets', eco.liquidAssets);
  set('arrears', eco.arrears);
  set('wageArrears', eco.wageArrears);
  for (const [key, value] of Object.entries(input.observations ?? {})) set(key as keyof HouseholdFacts, value);
  if (input.categories)
    facts.categories = input.categories.map((c) => ({
      category: c.category,
      since: c.since ?? null,
      until: c.until ?? null,
    }));
  if (input.lifeEvents) facts.lifeEvents = input.lifeEvents.map((e) => ({ kind: e.kind, date: e.date }));
}
