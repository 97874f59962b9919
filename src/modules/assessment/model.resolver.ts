import { GraphQLJSON } from '../../graphql/scalars';
import { Arg, Authorized, ID, Mutation, Query, Resolver } from 'type-graphql';
import { DomainError } from '../../common/domain-error';
import type { Viewer } from '../../common/viewer';
import { CurrentViewer } from '../../graphql/context';
import { ModelSimulation, ScoringModelResult } from './assessment.types';
import { ModelService } from './model.service';
import { ScoringModelView } from './model.types';
import { SimulationService } from './simulation.service';
import { NotFoundError } from '../../graphql/errors';

@Authorized('ADMIN', 'ADVISER', 'VIEWER')
@Resolver(() => ScoringModelView)
export class ModelResolver {
  constructor(
    private readonly models: ModelService,
    private readonly simulation: SimulationService,
  ) {}

  @Query(() => [ScoringModelView], {
    description: 'Every scoring-model version: dimensions, weights, CR, thresholds, cadences.',
  })
  scoringModels() {
    return this.models.views();
  }

  @Query(() => ScoringModelView, {
    nullable: true,
    description: 'One scoring-model version; NOT_FOUND if unknown. Omit id for the active model.',
  })
  async scoringModel(
    @Arg('id', () => ID, { nullable: true, description: 'Model id, e.g. sh-2024.1.' }) id: string | undefined,
  ) {
    const view = await this.models.view(id);
    if (!view) throw new DomainError('NOT_FOUND', `Scoring model ${id ?? '(active)'} not found`);
    return view;
  }

  @Authorized('ADMIN')
  @Mutation(() => ScoringModelResult, {
    description:
      'Register a new model version (validated: known facts and indicators, reciprocal positive judgements, CR < ' +
      '0.10, thresholds without gaps or overlaps). It is not used until activated.',
  })
  registerScoringModel(
    @Arg('definition', () => GraphQLJSON, {
      description: 'The model version as JSON (see scoring/models/sh-2024.1.json).',
    })
    definition: unknown,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.models.register(viewer, definition);
  }

  @Authorized('ADMIN')
  @Mutation(() => ScoringModelResult, { description: 'Make a registered version the one new assessments use.' })
  activateScoringModel(@Arg('id', () => ID, { description: 'Model id.' }) id: string, @CurrentViewer() viewer: Viewer) {
    return this.models.activate(viewer, id);
  }

  @Authorized('ADMIN')
  @Query(() => ModelSimulation, {
    description:
      'How many households would change level or circle under this model versus the active one, by street. Stores ' +
      'nothing.',
  })
  async simulateModel(@Arg('id', () => ID, { description: 'Model id.' }) id: string) {
    const result = await this.simulation.simulate(id);
    if (result instanceof NotFoundError) throw new DomainError('NOT_FOUND', result.message);
    return result;
  }
}
