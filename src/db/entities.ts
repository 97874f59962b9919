// Every entity and migration the data source knows, in one reviewable place.
import { District, Street } from '../modules/geo/geo.entity';
import { AssistanceEvent, CategoryHolding, LifeEvent } from '../modules/household/assistance.entity';
import { Household } from '../modules/household/household.entity';
import { Member } from '../modules/household/member.entity';
import { Registry1763880000000 } from './migrations/1763880000000-registry';

export const ENTITIES = [District, Street, Household, Member, CategoryHolding, AssistanceEvent, LifeEvent];
export const MIGRATIONS = [Registry1763880000000];
