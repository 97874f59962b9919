import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums';

/** Where a shared need is looked at and a project runs: one street (街镇) or one district (区). */
export const PROJECT_SCOPE_LEVELS = ['STREET', 'DISTRICT'] as const;
export type ProjectScopeLevel = (typeof PROJECT_SCOPE_LEVELS)[number];
export const ProjectScopeLevelEnum = enumOf(PROJECT_SCOPE_LEVELS);
registerEnumType(ProjectScopeLevelEnum, {
  name: 'ProjectScopeLevel',
  description: 'The area of a shared-needs aggregate or a project (项目范围).',
  valuesConfig: {
    STREET: { description: '街镇 one street or town (9-digit code).' },
    DISTRICT: { description: '区 one district (6-digit code): every street of it.' },
  },
});
