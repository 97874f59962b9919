import { createUnionType, ObjectType } from 'type-graphql';
import { ConflictError, InputValidationError, NotFoundError } from '../../graphql/errors';
import { ListOf } from '../../graphql/pagination';
import { ServiceRecord } from './service-record.entity';

@ObjectType({ description: 'A page of service records.' })
export class ServiceRecordList extends ListOf(ServiceRecord, 'Records on this page, newest first.') {}

export const RecordServiceResult = createUnionType({
  name: 'RecordServiceResult',
  description:
    'The stored record, or why nothing was written (not the record, not the household facts, not the needs).',
  types: () => [ServiceRecord, InputValidationError, NotFoundError, ConflictError] as const,
});
