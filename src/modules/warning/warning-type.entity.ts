import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

// POL-WRN-3: the list of compared items is configuration (街镇 may add items), so warning types are
// rows, not code: adding one is an insert (saveWarningType), and ingestion accepts it at once.
@ObjectType({
  description:
    'A kind of data-comparison event (预警类型, POLICY.md §4.2), reference data: its names and the need a matched ' +
    'warning of this kind raises.',
})
@Entity()
export class WarningType {
  @Field({ description: 'Code used in warning files and the API, e.g. HOSPITALISATION, DRUG_USE.' })
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code: string;
  @Field({ description: 'Chinese name, e.g. 住院 / 大病.' }) @Column({ type: 'text' }) nameZh: string;
  @Field({ description: 'English name.' }) @Column({ type: 'text' }) nameEn: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Need code (N01–N28) a matched warning raises as a DATA_WARNING need; null when the event does not tell ' +
      'which (the adviser checks on the visit).',
  })
  @Column({ type: 'varchar', length: 3, nullable: true })
  needCode: string | null;
  @Field({ description: 'What the documents say about it, and why this need (or none).' })
  @Column({ type: 'text' })
  description: string;
  @Field(() => Int, { description: 'Display order.' }) @Column({ type: 'smallint' }) position: number;
}
