import { ArrayMaxSize, ArrayMinSize, IsNotEmpty, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { NotInFuture } from '../../common/validators';
import { LocalDate } from '../../graphql/scalars';
import { ActingPersonKindEnum, type ActingPersonKind } from './acting-person.enums';
import { NearRelationEnum, type NearRelation } from './adviser.enums';

@InputType({ description: 'Register a person who acts on cases without an adviser-roster entry (经办及评议人员).' })
export class RegisterActingPersonInput {
  @Field({ description: 'Name (姓名).' }) @IsNotEmpty() @MaxLength(100) name: string;
  @Field({
    description:
      'Their own resident ID number (身份证号码), 18 characters: only a keyed hash and a masked copy are kept.',
  })
  @IsNotEmpty()
  idNumber: string;
  @Field(() => ActingPersonKindEnum, { description: 'What they do on cases.' }) kind: ActingPersonKind;
  @Field(() => [String], { description: 'Streets (街镇, 9 digits) they act in; a SUPERVISOR only their own.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  streetCodes: string[];
}

@InputType({ description: 'File a near relative (近亲属备案) of a registered person (POL-INT-3, POL-INT-8).' })
export class FilePersonNearRelativeInput {
  @Field(() => ID, { description: 'The registered person (actingPeople).' }) personId: string;
  @Field({ description: 'Name of the relative.' }) @IsNotEmpty() @MaxLength(100) relativeName: string;
  @Field({ description: 'Resident ID number of the relative; only a keyed hash and a masked copy are kept.' })
  @IsNotEmpty()
  idNumber: string;
  @Field(() => NearRelationEnum, { description: 'Relation to the person.' }) relation: NearRelation;
  @Field(() => LocalDate, { description: 'Filing date; not in the future.' }) @NotInFuture() filedOn: string;
  @Field(() => String, { nullable: true, description: 'Note; no ID numbers.' }) @MaxLength(500) note?: string | null;
}

@InputType({
  description: 'Withdraw (撤回) a near-relative filing of a registered person: it is kept, no longer checked.',
})
export class WithdrawPersonNearRelativeInput {
  @Field(() => ID, { description: 'The filing.' }) filingId: string;
  @Field({ description: 'Why (e.g. filed in error, relation ended).' }) @IsNotEmpty() @MaxLength(500) reason: string;
}

@InputType({ description: 'Filters of the register; all optional and combined with AND.' })
export class ActingPersonFilter {
  @Field(() => String, { nullable: true, description: 'Acting in this street (9 digits).' })
  @MaxLength(9)
  streetCode?: string | null;
  @Field(() => ActingPersonKindEnum, { nullable: true, description: 'Of this kind.' }) kind?: ActingPersonKind | null;
}
