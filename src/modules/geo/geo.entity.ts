import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'A district (区) of Shanghai, with its national division code.' })
@Entity()
export class District {
  @Field({ description: '6-digit national division code (区划代码), e.g. 310105 for 长宁区.' })
  @PrimaryColumn({ type: 'varchar', length: 6 })
  code: string;

  @Field({ description: 'Official Chinese name, e.g. 长宁区.' })
  @Column({ type: 'text' })
  nameZh: string;

  @Field({ description: 'English name, e.g. Changning District.' })
  @Column({ type: 'text' })
  nameEn: string;
}

@ObjectType({ description: 'A street or town (街镇): the sub-district level that runs assistance locally.' })
@Entity()
export class Street {
  @Field({ description: '9-digit national division code (区划代码), e.g. 310105002 for 华阳路街道.' })
  @PrimaryColumn({ type: 'varchar', length: 9 })
  code: string;

  @Field({ description: 'Code of the district (区) this street belongs to.' })
  @Index('IDX_street_district_code')
  @Column({ type: 'varchar', length: 6 })
  districtCode: string;

  @Field({ description: 'Official Chinese name, e.g. 华阳路街道.' })
  @Column({ type: 'text' })
  nameZh: string;

  @Field({ description: 'English name, e.g. Huayang Road Subdistrict.' })
  @Column({ type: 'text' })
  nameEn: string;

  @Field({ description: 'STREET (街道), TOWN (镇), TOWNSHIP (乡) or OTHER.' })
  @Column({ type: 'text' })
  kind: string;
}
