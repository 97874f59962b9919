import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LocalDate } from '../../graphql/scalars';

// One row per QUOTA resource and period (名额周期): the history of its places. Written when a place
// is first taken in the period (places.ts); a new period opens with the resource's quota.
@ObjectType({ description: 'One period of a QUOTA resource (名额周期): the places it opened with and those taken.' })
@Entity()
export class QuotaPeriod {
  @PrimaryColumn({ type: 'uuid' }) resourceId: string;
  @Field({ description: 'The period: 2026 (YEAR), 2026-Q4, 2026-12, 2026-AUTUMN (TERM), or ALL (no period).' })
  @PrimaryColumn({ type: 'text' })
  periodKey: string;
  @Field(() => LocalDate, { nullable: true, description: 'First day; null for ALL.' })
  @Column({ type: 'date', nullable: true })
  startsOn: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Last day (inclusive); null for ALL.' })
  @Column({ type: 'date', nullable: true })
  endsOn: string | null;
  @Field(() => Int, { description: 'Places the period opened with (the quota then).' })
  @Column({ type: 'integer' })
  places: number;
  @Field(() => Int, { description: 'Places taken in it (accepted referrals), less those given back.' })
  @Column({ type: 'integer', default: 0 })
  taken: number;
  @Field({ description: 'When the period was opened (its first place taken).' })
  @Column({ type: 'timestamptz' })
  openedAt: Date;
}
