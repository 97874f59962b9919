import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { DecimalColumn } from '../../db/columns';
import { LocalDate } from '../../graphql/scalars';
import type { HardshipLevel, HardshipProfile, HouseholdFacts, VisitCadence } from '../../../scoring';
import { HardshipLevelEnum, ModelStatusEnum } from './assessment.enums';

@ObjectType({ description: 'A version of the hardship-scoring model (指标模型版本), stored as validated data.' })
@Entity()
export class ScoringModelVersion {
  @Field(() => ID, { description: 'Model id, e.g. sh-2024.1.' })
  @PrimaryColumn({ type: 'varchar', length: 60 })
  id: string;
  @Column({ type: 'jsonb' }) definition: unknown;
  @Field(() => ModelStatusEnum, {
    description: 'REGISTERED (validated, not in use), ACTIVE (used for new assessments) or RETIRED.',
  })
  @Column({ type: 'text' })
  status: 'REGISTERED' | 'ACTIVE' | 'RETIRED';
  @Field({ description: 'Who registered it.' }) @Column({ type: 'text' }) registeredBy: string;
  @Field({ description: 'When it was registered.' }) @CreateDateColumn({ type: 'timestamptz' }) registeredAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it was last activated.' })
  @Column({ type: 'timestamptz', nullable: true })
  activatedAt: Date | null;
}

// An assessment is immutable: a reassessment adds a new row, never rewrites one.
@ObjectType({
  description:
    'An immutable household assessment (困境评估): model, inputs snapshot, scores, who and when; its profile is ' +
    'derived from the inputs and the model when read.',
})
@Entity()
@Index('IDX_assessment_household_at_id', ['householdId', 'assessedAt', 'id'])
export class Assessment {
  @Field(() => ID, { description: 'Identifier.' }) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID, { description: 'The household assessed.' }) @Column({ type: 'uuid' }) householdId: string;
  @Field({ description: 'Model version used.' }) @Column({ type: 'varchar', length: 60 }) modelId: string;
  @Field(() => LocalDate, { description: 'The date the facts were evaluated at.' })
  @Column({ type: 'date' })
  asOf: string;
  // json, not jsonb: the snapshot comes back exactly as written, keys in their order, so that re-scoring it gives
  // the profile scoring gave (some lists, e.g. the facts to ask, follow the facts' key order; jsonb sorts keys).
  @Column({ type: 'json' })
  facts: HouseholdFacts;
  @Column({ type: 'varchar', length: 40 }) factsHash: string;
  /** Only on rows stored before issue 15 §3: newer rows derive their profile when read (derived-profile.ts). */
  @Column({ type: 'jsonb', nullable: true }) profile: HardshipProfile | null;
  @Field(() => Number, { description: 'Composite S, 0–100 (denormalised from the profile for trend lines).' })
  @DecimalColumn({ nullable: false })
  composite: number;
  @Field(() => HardshipLevelEnum, { description: 'Level (denormalised from the profile).' })
  @Column({ type: 'text' })
  level: HardshipLevel;
  @Field(() => Int, { nullable: true, description: 'Primary circle 1–4 (denormalised); null when in no circle.' })
  @Column({ type: 'smallint', nullable: true })
  circle: number | null;
  // The level's cadence under the model (the profile's cadence), which the visit schedule reads.
  @Column({ type: 'text' }) visitCadence: VisitCadence;
  @Column({ type: 'smallint' }) reassessMonths: number;
  @Field({ description: 'Who assessed (token subject).' }) @Column({ type: 'text' }) assessedBy: string;
  // Set from the service's clock (not the database's): the schedule compares it with warning times.
  @Field({ description: 'When.' }) @Column({ type: 'timestamptz', default: () => 'now()' }) assessedAt: Date;
}
