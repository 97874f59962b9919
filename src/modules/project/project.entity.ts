import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ProjectScopeLevelEnum, type ProjectScopeLevel } from './project.enums';

@ObjectType({
  description:
    'A help project (项目帮扶, 一类一策) for a need shared by households of a street or district: a catalogue resource ' +
    'with its fund, made from a shared-needs aggregate.',
})
@Entity()
@Index('IDX_project_scope', ['scopeLevel', 'scopeCode', 'createdAt'])
export class Project {
  @Field(() => ID, { description: 'Identifier.' }) @PrimaryGeneratedColumn('uuid') id: string;
  @Field({ description: 'Short unique code, e.g. CN-2026-N13.' })
  @Index('IDX_project_code', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  code: string;
  @Field({ description: 'Name (项目名称).' }) @Column({ type: 'text' }) nameZh: string;
  @Field({ description: 'The need code (N01–N28) the project meets (共性需求).' })
  @Column({ type: 'varchar', length: 3 })
  needCode: string;
  @Field(() => ProjectScopeLevelEnum, { description: 'STREET or DISTRICT.' })
  @Column({ type: 'text' })
  scopeLevel: ProjectScopeLevel;
  @Field({ description: 'The street (9 digits) or district (6 digits) code.' })
  @Column({ type: 'varchar', length: 9 })
  scopeCode: string;
  @Field(() => ID, { description: 'The catalogue resource (救助资源) the project is; households are planned into it.' })
  @Column({ type: 'uuid' })
  resourceId: string;
  @Field(() => ID, { description: 'The fund (专项资金) that pays it; its purposes include PROJECT_HELP.' })
  @Column({ type: 'uuid' })
  fundId: string;
  /** The aggregate it was made from (立项依据), exact; GraphQL shows it to ADMIN only (project.resolver.ts). */
  @Column({ type: 'jsonb' })
  snapshot: Record<string, unknown>;
  @Field({ description: 'Who made it (token subject).' }) @Column({ type: 'text' }) createdBy: string;
  @Field({ description: 'Their role.' }) @Column({ type: 'text' }) createdRole: string;
  @Field({ description: 'When it was made.' }) @Column({ type: 'timestamptz' }) createdAt: Date;
}
