import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AdviserRoleType, AdviserSpecialty, NearRelation } from './adviser.enums';

export interface Training { date: string; topic: string; hours: number }

// The adviser roster (社区救助顾问人员清单). An ADVISER token's subject is the roster id.
@Entity()
export class Adviser {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', nullable: true }) gender: string | null;
  @Column({ type: 'text', nullable: true }) phone: string | null;
  @Index('IDX_adviser_street') @Column({ type: 'varchar', length: 9 }) streetCode: string;
  /** 居村: the neighbourhood or village committee the adviser serves, when not the whole street. */
  @Column({ type: 'text', nullable: true }) community: string | null;
  /** 服务站/点: the station the adviser works from. */
  @Column({ type: 'text', nullable: true }) station: string | null;
  @Column({ type: 'text' }) roleType: AdviserRoleType;
  @Column({ type: 'text', array: true, default: '{}' }) specialties: AdviserSpecialty[];
  @Column({ type: 'text', array: true, default: '{}' }) languages: string[];
  @Column({ type: 'text', array: true, default: '{}' }) qualifications: string[];
  @Column({ type: 'jsonb', default: [] }) trainings: Training[];
  /** 备案登记 date; null while the filing is pending. */
  @Column({ type: 'date', nullable: true }) filedOn: string | null;
  @Column({ type: 'int' }) caseloadMax: number;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

// 近亲属备案 (POL-INT-3, POL-INT-9): a filed link between an adviser and a relative, by ID number,
// so that a relative who later appears in any household is found whatever household they join.
@Entity()
@Index('IDX_near_relative_adviser', ['adviserId'])
@Index('IDX_near_relative_id_number', ['idNumber'])
export class NearRelativeFiling {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) adviserId: string;
  @Column({ type: 'text' }) relativeName: string;
  @Column({ type: 'varchar', length: 18 }) idNumber: string;
  @Column({ type: 'text' }) relation: NearRelation;
  @Column({ type: 'date' }) filedOn: string;
  @Column({ type: 'text', nullable: true }) note: string | null;
}
