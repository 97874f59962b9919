// simulateModel: how many households would change level or circle under a candidate model, by
// street. Streams active households in chunks; stores nothing.
import { DataSource } from 'typeorm';
import { scoreHousehold } from '../../../scoring';
import type { Clock } from '../../common/clock';
import { NotFoundError } from '../../graphql/errors';
import { Household } from '../household/household.entity';
import { AssessmentService } from './assessment.service';
import { ModelSimulation } from './assessment.types';
import { ModelService } from './model.service';

export class SimulationService {
  constructor(
    private readonly db: DataSource,
    private readonly assessments: AssessmentService,
    private readonly models: ModelService,
    private readonly clock: Clock,
  ) {}

  async simulate(modelId: string, chunk = 1000): Promise<ModelSimulation | NotFoundError> {
    const candidate = await this.models.get(modelId);
    if (!candidate) return new NotFoundError('ScoringModel', modelId);
    const active = await this.models.active();
    const asOf = this.clock.today();
    const byStreet = new Map<string, { households: number; levelChanged: number; circleChanged: number }>();
    for (let lastId = ''; ;) {
      const households = await this.db
        .getRepository(Household)
        .createQueryBuilder('h')
        .where('h.status = :status AND h.id > :lastId', {
          status: 'ACTIVE',
          lastId: lastId || '00000000-0000-0000-0000-000000000000',
        })
        .orderBy('h.id')
        .take(chunk)
        .getMany();
      if (households.length === 0) break;
      lastId = households[households.length - 1].id;
      const facts = await this.assessments.factsFor(this.db.manager, households, asOf);
      households.forEach((h, i) => {
        const now = scoreHousehold(facts[i], active, { explain: false });
        const then = scoreHousehold(facts[i], candidate, { explain: false });
        const row = byStreet.get(h.streetCode) ?? { households: 0, levelChanged: 0, circleChanged: 0 };
        row.households++;
        if (now.level !== then.level) row.levelChanged++;
        if (now.circle.primary !== then.circle.primary) row.circleChanged++;
        byStreet.set(h.streetCode, row);
      });
    }
    const streets = [...byStreet.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([streetCode, row]) => ({ streetCode, ...row }));
    const sum = (key: 'households' | 'levelChanged' | 'circleChanged') => streets.reduce((n, s) => n + s[key], 0);
    return Object.assign(new ModelSimulation(), {
      modelId,
      activeModelId: active.id,
      households: sum('households'),
      levelChanged: sum('levelChanged'),
      circleChanged: sum('circleChanged'),
      byStreet: streets,
    });
  }
}
