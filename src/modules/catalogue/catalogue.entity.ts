import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { GraphQLJSON, LocalDate } from '../../graphql/scalars';
import * as E from './catalogue.enums';
import { ContactPerson, CostOption, Phone, WeeklySchedule } from './contact.types';

@ObjectType({ description: 'Contact details of a provider; null where not known (never invented).' })
export class Contact {
  @Field(() => String, { nullable: true, description: 'Phone.' }) phone: string | null;
  @Field(() => String, { nullable: true, description: 'Email.' }) email: string | null;
  @Field(() => String, { nullable: true, description: 'Postal address.' }) address: string | null;
  @Field(() => String, { nullable: true, description: 'Postal code (邮政编码) of the address.' })
  postalCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Website.' }) website: string | null;
}

@ObjectType({ description: 'Where something applies: all of Shanghai, some districts (区), or some streets (街镇).' })
export class GeoScope {
  @Field(() => E.ScopeLevel, { description: 'CITY, DISTRICT or STREET.' }) level: E.ScopeLevel;
  @Field(() => [String], { description: 'District or street codes; empty for CITY.' }) codes: string[];
}

@ObjectType({ description: 'What a resource gives (待遇).' })
export class Benefit {
  @Field(() => Float, { nullable: true, description: 'Amount in yuan, when it is a sum of money.' }) amount:
    number | null;
  @Field(() => String, {
    nullable: true,
    description: 'Unit of the amount: PER_PERSON_MONTH, PER_HOUSEHOLD, PER_PERSON_YEAR, PER_TIME, …',
  })
  unit: string | null;
  @Field(() => Float, { nullable: true, description: 'Cap in yuan.' }) cap: number | null;
  @Field(() => Int, { nullable: true, description: 'Sessions given.' }) sessions: number | null;
  @Field(() => Float, { nullable: true, description: 'Hours of service given.' }) hours: number | null;
  @Field(() => String, { nullable: true, description: 'Description in Chinese.' }) descriptionZh: string | null;
  @Field(() => String, { nullable: true, description: 'Description in English.' }) descriptionEn: string | null;
}

@ObjectType({ description: 'An organisation that runs assistance resources (救助资源提供方).' })
@Entity()
export class Provider {
  @Field(() => ID, { description: 'Provider code, e.g. P-CN-MZJ; PARTNER tokens carry it as their providerId.' })
  @PrimaryColumn({ type: 'varchar', length: 40 })
  id: string;
  @Field({ description: 'Chinese name.' }) @Column({ type: 'text' }) nameZh: string;
  @Field({ description: 'English name.' }) @Column({ type: 'text' }) nameEn: string;
  @Field(() => E.ProviderType, { description: 'Kind of organisation; sets the default tier of its resources.' })
  @Column({ type: 'text' })
  type: E.ProviderType;
  @Field(() => String, { nullable: true, description: 'Parent department (主管部门).' })
  @Column({ type: 'text', nullable: true })
  parentDepartment: string | null;
  @Field(() => Contact, { description: 'Contact details.' }) @Column({ type: 'jsonb', default: {} }) contact: Contact;
  @Field(() => [ContactPerson], { nullable: true, description: '联系人 Named contact people; null when not known.' })
  @Column({ type: 'jsonb', nullable: true })
  contacts: ContactPerson[] | null;
  @Field(() => GeoScope, { description: 'Where it serves.' }) @Column({ type: 'jsonb' }) serviceArea: GeoScope;
  @Field(() => E.VerificationStatus, { description: 'Verification by civil affairs.' })
  @Column({ type: 'text', default: 'UNVERIFIED' })
  verificationStatus: E.VerificationStatus;
  @Field({ description: 'Created.' }) @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Field({ description: 'Last changed.' }) @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

@ObjectType({ description: 'An assistance resource (社会救助资源): a scheme, service or fund that can meet needs.' })
@Entity()
@Index('IDX_resource_provider_status', ['providerId', 'status'])
@Index('IDX_resource_provider_hsds_id', ['providerId', 'hsdsId'], { unique: true, where: '"hsds_id" IS NOT NULL' })
export class Resource {
  @Field(() => ID, { description: 'Stable identifier (UUID).' }) @PrimaryGeneratedColumn('uuid') id: string;
  @Field({ description: 'Catalogue code, e.g. R09.' })
  @Index('IDX_resource_code', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  code: string;
  @Field({ description: 'Code of the provider organisation.' })
  @Column({ type: 'varchar', length: 40 })
  providerId: string;
  @Field({ description: 'Chinese name.' }) @Column({ type: 'text' }) nameZh: string;
  @Field({ description: 'English name.' }) @Column({ type: 'text' }) nameEn: string;
  @Field({ description: 'Chinese description.' }) @Column({ type: 'text', default: '' }) descriptionZh: string;
  @Field({ description: 'English description.' }) @Column({ type: 'text', default: '' }) descriptionEn: string;
  @Field(() => E.Tier, {
    nullable: true,
    description: 'Tier set explicitly; null = derived from the provider type (see tier).',
  })
  @Column({ type: 'text', nullable: true })
  tierOverride: E.Tier | null;
  @Field(() => E.ResourceForm, { description: 'Form of help.' }) @Column({ type: 'text' }) form: E.ResourceForm;
  @Field(() => [String], { description: 'Need codes (N01–N28) it meets.' })
  @Column({ type: 'text', array: true })
  needCodes: string[];
  @Field(() => GraphQLJSON, { description: 'Eligibility rule in the rule language (see README "Eligibility rules").' })
  @Column({ type: 'jsonb' })
  eligibility: unknown;
  @Field(() => Benefit, { description: 'What it gives.' }) @Column({ type: 'jsonb' }) benefit: Benefit;
  @Field(() => E.CapacityKind, { description: 'ENTITLEMENT (uncapped) or QUOTA.' })
  @Column({ type: 'text' })
  capacityKind: E.CapacityKind;
  @Field(() => Int, { nullable: true, description: 'Places per period (QUOTA).' })
  @Column({ type: 'integer', nullable: true })
  quota: number | null;
  @Field(() => String, { nullable: true, description: 'Quota period: YEAR, MONTH, TERM.' })
  @Column({ type: 'text', nullable: true })
  period: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Places left in the current period (QUOTA); null for entitlements.',
  })
  @Column({ type: 'integer', nullable: true })
  remaining: number | null;
  /** The quota period `remaining` counts (policy/quota-period.ts); null until a period-aware write sees it. */
  @Column({ type: 'text', nullable: true })
  remainingPeriod: string | null;
  @Field(() => GeoScope, { description: 'Where it applies.' }) @Column({ type: 'jsonb' }) geoScope: GeoScope;
  @Field({ description: 'How to apply (申请渠道), e.g. 一网通办, 街镇社区事务受理服务中心.' })
  @Column({ type: 'text', default: '' })
  applicationChannel: string;
  @Field(() => [String], { description: 'Materials to bring (申请材料).' })
  @Column({ type: 'text', array: true, default: '{}' })
  requiredMaterials: string[];
  @Field(() => Int, { nullable: true, description: 'Processing time in working days.' })
  @Column({ type: 'integer', nullable: true })
  processingDays: number | null;
  @Field(() => String, { nullable: true, description: 'Policy basis (政策依据 / 文号).' })
  @Column({ type: 'text', nullable: true })
  policyBasis: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Resources sharing an exclusive group are never given together (互斥).',
  })
  @Column({ type: 'text', nullable: true })
  exclusiveGroup: string | null;
  @Field({ description: 'Offered only after the relevant statutory schemes are used or ruled out (需先用尽法定).' })
  @Column({ type: 'boolean', default: false })
  statutoryFirst: boolean;
  @Field(() => LocalDate, { nullable: true, description: 'Valid from.' })
  @Column({ type: 'date', nullable: true })
  validFrom: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Valid to; null = open-ended.' })
  @Column({ type: 'date', nullable: true })
  validTo: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'When the facts were last verified.' })
  @Column({ type: 'date', nullable: true })
  lastVerified: string | null;
  @Field({ description: 'False when amounts or quotas are not verified against a source: show them as such.' })
  @Column({ type: 'boolean', default: false })
  figuresVerified: boolean;
  @Field(() => E.ResourceStatus, { description: 'Lifecycle status.' })
  @Column({ type: 'text', default: 'DRAFT' })
  status: E.ResourceStatus;
  @Field(() => String, { nullable: true, description: 'The last review note or status reason.' })
  @Column({ type: 'text', nullable: true })
  statusNote: string | null;
  // Contact details of the resource itself (the provider's are on Provider); null = not known.
  @Field(() => String, { nullable: true, description: 'Web page of the resource (网址).' })
  @Column({ type: 'text', nullable: true })
  url: string | null;
  @Field(() => String, { nullable: true, description: 'Email for enquiries about this resource.' })
  @Column({ type: 'text', nullable: true })
  email: string | null;
  @Field(() => [Phone], { nullable: true, description: '咨询电话 Phones for this resource.' })
  @Column({ type: 'jsonb', nullable: true })
  phones: Phone[] | null;
  @Field(() => [ContactPerson], { nullable: true, description: '联系人 Contact people for this resource.' })
  @Column({ type: 'jsonb', nullable: true })
  contacts: ContactPerson[] | null;
  @Field(() => [String], {
    nullable: true,
    description: '服务语言 Languages it is delivered in, as ISO 639 codes (zh, en, wuu for Shanghainese).',
  })
  @Column({ type: 'text', array: true, nullable: true })
  languages: string[] | null;
  @Field(() => [WeeklySchedule], { nullable: true, description: '开放时间 When it can be reached or attended.' })
  @Column({ type: 'jsonb', nullable: true })
  schedules: WeeklySchedule[] | null;
  @Field(() => String, {
    nullable: true,
    description: '收费说明 What the household pays, if anything (the benefit it receives is in benefit).',
  })
  @Column({ type: 'text', nullable: true })
  feesDescription: string | null;
  @Field(() => [CostOption], { nullable: true, description: '费用 Costs to the household, case by case.' })
  @Column({ type: 'jsonb', nullable: true })
  costOptions: CostOption[] | null;
  @Field(() => String, {
    nullable: true,
    description: 'Id of the HSDS service this draft was imported from; importing that id again updates it.',
  })
  @Column({ type: 'text', nullable: true })
  hsdsId: string | null;
  @Field(() => Int, { description: 'Version; increases with every change.' }) @VersionColumn() version: number;
  @Field({ description: 'Created.' }) @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Field({ description: 'Last changed.' }) @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

@ObjectType({ description: 'One recorded change of a resource: who, when, what.' })
@Entity()
export class ResourceChange {
  @Field(() => ID, { description: 'Identifier.' }) @PrimaryGeneratedColumn('uuid') id: string;
  @Index('IDX_resource_change_resource_id') @Column({ type: 'uuid' }) resourceId: string;
  @Field(() => Int, { description: 'Resource version after the change.' })
  @Column({ type: 'integer' })
  resourceVersion: number;
  @Field(() => E.ResourceAction, { description: 'What happened.' }) @Column({ type: 'text' }) action: E.ResourceAction;
  @Field({ description: 'Who did it (token subject).' }) @Column({ type: 'text' }) actorId: string;
  @Field({ description: 'Their role.' }) @Column({ type: 'text' }) actorRole: string;
  @Field(() => E.ResourceStatus, { nullable: true, description: 'Status before.' })
  @Column({ type: 'text', nullable: true })
  fromStatus: E.ResourceStatus | null;
  @Field(() => E.ResourceStatus, { nullable: true, description: 'Status after.' })
  @Column({ type: 'text', nullable: true })
  toStatus: E.ResourceStatus | null;
  @Field(() => GraphQLJSON, { description: 'Changed fields: { field: { from, to } }.' })
  @Column({ type: 'jsonb', default: {} })
  changes: Record<string, { from: unknown; to: unknown }>;
  @Field(() => String, { nullable: true, description: 'Note or reasons.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;
  @Field({ description: 'When.' }) @CreateDateColumn({ type: 'timestamptz' }) at: Date;
}
