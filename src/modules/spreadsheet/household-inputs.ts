// Household drafts → the registry's own input classes (CreateHouseholdInput, UpdateHouseholdInput,
// NewMemberInput, UpdateMemberInput), validated by the same class-validator decorators the GraphQL
// layer runs, and problem paths (input.members.1.idNumber) mapped back to a row and a column.
import { validate } from 'class-validator';
import type { FieldProblem } from '../../common/domain-error';
import { futureDateErrors } from '../../common/validators';
import { flattenValidationErrors } from '../../graphql/errors';
import {
  CategoryHoldingInput,
  CreateHouseholdInput,
  EconomicsInput,
  HousingInput,
  UpdateHouseholdInput,
  UpdateMemberInput,
} from '../household/household.inputs';
import { NewMemberInput } from '../household/member.inputs';
import { ColumnDef, HOUSEHOLD_COLUMNS } from './household-columns';
import type { HouseholdDraft, MemberDraft } from './household-rows';
import { ImportProblem, problem } from './import-problems';

const GROUPS = { housing: HousingInput, economics: EconomicsInput } as const;

/** The household fields a draft gives (only those: an empty cell is "not given"). */
function householdFields(draft: HouseholdDraft): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [path, value] of draft.values) {
    const [group, key] = path.split('.');
    if (key && group in GROUPS) {
      const cls = GROUPS[group as keyof typeof GROUPS];
      fields[group] ??= new cls();
      (fields[group] as Record<string, unknown>)[key] = value;
    } else if (path !== 'categories' && path !== 'categoriesSince') fields[path] = value;
  }
  const categories = draft.values.get('categories') as string[] | undefined;
  if (categories) {
    const since = (draft.values.get('categoriesSince') as string | undefined) ?? null;
    fields.categories = categories.map((category) => Object.assign(new CategoryHoldingInput(), { category, since }));
  }
  return fields;
}

const memberFields = (member: MemberDraft) => Object.fromEntries(member.values);

export const newMemberInput = (member: MemberDraft) => Object.assign(new NewMemberInput(), memberFields(member));

export const createInput = (draft: HouseholdDraft): CreateHouseholdInput =>
  Object.assign(new CreateHouseholdInput(), householdFields(draft), { members: draft.members.map(newMemberInput) });

export const updateInput = (draft: HouseholdDraft, id: string): UpdateHouseholdInput =>
  Object.assign(new UpdateHouseholdInput(), householdFields(draft), { id });

export const memberPatch = (member: MemberDraft, id: string): UpdateMemberInput =>
  Object.assign(new UpdateMemberInput(), memberFields(member), { id });

/** class-validator's decorators and the "not in the future" dates, as GraphQL arguments get them. */
export async function validateInput(input: object, today: string, prefix = 'input'): Promise<FieldProblem[]> {
  const errors = [
    ...(await validate(input, { skipMissingProperties: true, forbidUnknownValues: false })),
    ...futureDateErrors(input, today),
  ];
  return flattenValidationErrors(errors, prefix);
}

const memberColumn = (path: string) => HOUSEHOLD_COLUMNS.find((c) => c.level === 'member' && c.path === path) ?? null;

/** A problem path of the household's input (input.members.1.sex, input.housing.floor) → row and column. */
export function locate(draft: HouseholdDraft, field: string): { row: number; column: ColumnDef | null } {
  const path = field.replace(/^input\.?/, '');
  const member = /^members\.(\d+)(?:\.(\w+))?/.exec(path);
  if (member) {
    const draftMember = draft.members[Number(member[1])];
    return { row: draftMember?.row ?? draft.row, column: member[2] ? memberColumn(member[2]) : null };
  }
  if (path.startsWith('categories')) {
    const key = /\.since$/.test(path) ? 'categoriesSince' : 'categories';
    return { row: draft.row, column: HOUSEHOLD_COLUMNS.find((c) => c.path === key) ?? null };
  }
  const column = HOUSEHOLD_COLUMNS.find(
    (c) => c.level === 'household' && (c.path === path || path.startsWith(`${c.path}.`)),
  );
  return { row: draft.row, column: column ?? null };
}

export const toImportProblems = (draft: HouseholdDraft, problems: FieldProblem[]): ImportProblem[] =>
  problems.map((p) => {
    const { row, column } = locate(draft, p.field);
    return problem(row, column, p.reason, p.message);
  });
