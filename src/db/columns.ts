// Column helpers shared by entities: money as numeric (exact), surfaced as JS numbers.
import { Column, ColumnOptions, ValueTransformer } from 'typeorm';

const numericToNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null || value === undefined ? null : Number(value)),
};

/** Yuan with two decimals; null = unknown. */
export const MoneyColumn = (options: ColumnOptions = {}) =>
  Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: numericToNumber, ...options });

export const DecimalColumn = (options: ColumnOptions = {}) =>
  Column({ type: 'numeric', precision: 10, scale: 2, nullable: true, transformer: numericToNumber, ...options });

export const TextEnumColumn = (options: ColumnOptions = {}) => Column({ type: 'text', nullable: true, ...options });
