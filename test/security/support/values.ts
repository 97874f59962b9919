// Values for any argument of the schema, so the suite can call every root field without knowing it:
// ids of real objects (made by `makeWorld`) chosen by argument name, plausible scalars by type.
import type { Server } from 'node:http';
import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { CHANGNING, freshIdNumber, householdInput } from '../../support/factories';
import { gql } from './graphql';

/** Ids of one of each object, by the name arguments give them (householdId, planId, …). */
export type World = Record<string, string>;

/** A household with a need, an assessment, a plan with referrals, an adviser: one of each object. */
export async function makeWorld(server: Server, admin: string, db: { query(sql: string): Promise<any[]> }) {
  const call = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(server, admin, query, variables);
    if (res.body.errors) throw new Error(`world setup: ${JSON.stringify(res.body.errors)}`);
    return res.body.data!;
  };
  const input = householdInput({
    consents: { charityReferral: true, charityReferralDate: '2026-01-05' },
    observations: { familyStructure: 'LIVING_ALONE', kinSupport: 'NONE' },
    members: [
      { name: '矩阵甲', idNumber: freshIdNumber('1944-04-04'), relation: 'HEAD', hukou: 'LOCAL', careNeedsGrade: 5 },
      { name: '矩阵乙', idNumber: freshIdNumber('1946-06-06'), relation: 'SPOUSE', hukou: 'LOCAL' },
    ],
  });
  const { createHousehold: household } = await call(
    `mutation ($input: CreateHouseholdInput!) {
      createHousehold(input: $input) { ... on Household { id members { id } } }
    }`,
    { input },
  );
  const { addNeed: need } = await call(
    `mutation ($input: AddNeedInput!) { addNeed(input: $input) { ... on Need { id } } }`,
    { input: { householdId: household.id, code: 'N05', source: 'SELF_REPORT', note: '矩阵' } },
  );
  const { assessHousehold: assessment } = await call(
    `mutation ($id: ID!) { assessHousehold(householdId: $id) { __typename ... on Assessment { id } } }`,
    { id: household.id },
  );
  const { generatePlan: plan } = await call(
    `mutation ($id: ID!) { generatePlan(householdId: $id) { __typename ... on Plan { id items { id } } } }`,
    { id: household.id },
  );
  const { approvePlan: approved } = await call(
    `mutation ($id: ID!) { approvePlan(planId: $id) { __typename ... on Plan { referrals { id providerId } } } }`,
    { id: plan.id },
  );
  const { createAdviser: adviser } = await call(
    `mutation ($input: CreateAdviserInput!) { createAdviser(input: $input) { ... on Adviser { id } } }`,
    { input: { name: '矩阵顾问', streetCode: CHANGNING.huayang, roleType: 'SOCIAL_WORKER', caseloadMax: 30 } },
  );
  const [resource] = await db.query(
    `SELECT id, provider_id FROM resource WHERE status = 'PUBLISHED' ORDER BY code LIMIT 1`,
  );
  const referral = approved?.referrals?.[0];
  const world: World = {
    householdId: household.id,
    memberId: household.members[0].id,
    needId: need?.id,
    assessmentId: assessment?.id,
    planId: plan?.id,
    itemId: plan?.items?.[0]?.id,
    planItemId: plan?.items?.[0]?.id,
    referralId: referral?.id,
    adviserId: adviser.id,
    resourceId: resource.id,
    providerId: referral?.providerId ?? resource.provider_id,
  };
  return {
    world,
    secrets: [...input.members.map((m) => m.idNumber), ...input.members.map((m) => m.name), input.address],
  };
}

// Which id an `id` argument means, from the type the field returns (household(id) → a household).
const ID_BY_TYPE: Record<string, string> = {
  Household: 'householdId',
  Member: 'memberId',
  Need: 'needId',
  Plan: 'planId',
  Referral: 'referralId',
  Adviser: 'adviserId',
  Resource: 'resourceId',
  Provider: 'providerId',
  Assessment: 'assessmentId',
};

function idFor(name: string, context: string, world: World): string {
  if (name === 'id') return world[ID_BY_TYPE[context] ?? 'householdId'] ?? world.householdId;
  return world[name] ?? world[`${name.replace(/Ids?$/, '')}Id`] ?? world.householdId;
}

const STRING_BY_NAME: Record<string, () => string> = {
  streetCode: () => CHANGNING.huayang,
  districtCode: () => '310105',
  code: () => 'N05',
  needCode: () => 'N05',
  serviceCode: () => 'ADV-VISIT',
  idNumber: () => freshIdNumber(),
  providerId: () => 'P-CN-MZJ',
};

/**
 * A plausible value for an input of `type`: required fields always, optional ones too when `full`
 * (so every leaf exists to be mutated), to `depth` levels of input objects.
 */
export function sample(
  type: GraphQLInputType,
  name: string,
  context: string,
  world: World,
  full = false,
  depth = 0,
): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name, context, world, full, depth);
  if (isListType(type)) return [sample(type.ofType as GraphQLInputType, name, context, world, full, depth)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (!isNonNullType(field.type) && (!full || depth >= 3)) continue;
      out[field.name] = sample(field.type, field.name, context, world, full, depth + 1);
    }
    return out;
  }
  if (!isScalarType(type)) return null;
  switch (type.name) {
    case 'ID':
      return idFor(name, context, world);
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return false;
    case 'LocalDate':
      return '2026-01-02';
    case 'DateTimeISO':
      return '2026-01-02T03:04:05.000Z';
    case 'JSON':
      return {};
    default:
      return STRING_BY_NAME[name]?.() ?? '安全测试';
  }
}

/** The object type a field is about: its type, or its union's first member that is no error. */
export function subjectOf(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (!isUnionType(type)) return type.name;
  return (type.getTypes().find((t) => !t.getInterfaces().some((i) => i.name === 'ErrorResult')) ?? type).name;
}

export function sampleArgs(field: GraphQLField<unknown, unknown>, world: World, full = false) {
  const context = subjectOf(field);
  const args: Record<string, unknown> = {};
  for (const arg of field.args as GraphQLArgument[]) {
    if (!isNonNullType(arg.type) && !full) continue;
    args[arg.name] = sample(arg.type, arg.name, context, world, full);
  }
  return args;
}

/** `query ($a: T!) { field(a: $a) <selection> }` for the arguments given. */
export function operation(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  selection: string,
) {
  const used = field.args.filter((a) => a.name in args);
  const decl = used.map((a) => `$${a.name}: ${a.type}`).join(', ');
  const call = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind}${decl ? ` (${decl})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selection} }`;
}
