import { Field, Float, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LocalDate } from '../../graphql/scalars';

const numeric = { from: (v: string | null) => (v === null ? null : Number(v)), to: (v: number | null) => v };

@ObjectType({ description: 'A need code (需求代码) of the low-income needs list, NEEDS.md §2.' })
@Entity()
export class NeedCode {
  @Field({ description: 'Code N01–N28.' }) @PrimaryColumn({ type: 'varchar', length: 3 }) code: string;
  @Field({ description: 'Stable English key, e.g. BASIC_LIVING.' }) @Column({ type: 'text' }) key: string;
  @Field({ description: 'Chinese name, e.g. 基本生活保障.' }) @Column({ type: 'text' }) nameZh: string;
  @Field({ description: 'English name, e.g. Basic living income.' }) @Column({ type: 'text' }) nameEn: string;
  @Field({
    description:
      'Service category: L 生活类 daily life, T 提升类 enhancement, F 扶持类 support, Z 综合性 comprehensive, J 急难 emergency.',
  })
  @Column({ type: 'text' })
  category: string;
  @Field({ description: 'Form of help: MATERIAL 物质, SERVICE 服务, MIXED 物质+服务.' })
  @Column({ type: 'text' })
  form: string;
}

@ObjectType({
  description:
    'The 低保 standard (最低生活保障标准) in force from a date, with the multipliers derived from it (POLICY.md §3.3).',
})
@Entity()
export class DibaoStandard {
  @Field(() => LocalDate, { description: 'In force from this date until the next row.' })
  @PrimaryColumn({ type: 'date' })
  effectiveFrom: string;
  @Field(() => Float, { description: 'Yuan per person per month.' })
  @Column({ type: 'numeric', precision: 10, scale: 2, transformer: numeric })
  dibaoStandard: number;
  @Field(() => Float, { description: 'Minors in 低保 families: multiple of the standard (≈1.3).' })
  @Column({ type: 'numeric', precision: 6, scale: 3, transformer: numeric })
  minorMultiplier: number;
  @Field(() => Float, {
    description: '低保边缘 (dibao-edge) income line as a multiple of the standard (Shanghai 2.0, national 1.5).',
  })
  @Column({ type: 'numeric', precision: 6, scale: 3, transformer: numeric })
  edgeMultiplier: number;
  @Field({ description: 'False when the figure is not verified against a source ([U] in POLICY.md).' })
  @Column({ type: 'boolean' })
  verified: boolean;
  @Field(() => String, { nullable: true, description: 'Where the figure comes from.' })
  @Column({ type: 'text', nullable: true })
  source: string | null;
}
