// Reading and setting which decisions need a second person, per district (四眼原则设置).
import { Arg, Authorized, createUnionType, Field, InputType, Mutation, Query, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { FOUR_EYES_DECISIONS, FOUR_EYES_DEFAULTS, type FourEyesDecision } from '../../../policy/four-eyes';
import type { Clock } from '../../common/clock';
import { DomainError } from '../../common/domain-error';
import { isStreetScoped, type Viewer } from '../../common/viewer';
import { CurrentViewer } from '../../graphql/context';
import { InputValidationError } from '../../graphql/errors';
import { District } from '../geo/geo.entity';
import { districtOfStreet } from './four-eyes';
import { FourEyesDecisionEnum, FourEyesRule, FourEyesSetting } from './four-eyes.entity';

@InputType({ description: 'Set whether a decision needs a second person in a district (ADMIN).' })
export class SetFourEyesRuleInput {
  @Field({ description: 'District (区) code, 6 digits, e.g. 310105 for 长宁区.' }) districtCode: string;
  @Field(() => FourEyesDecisionEnum, { description: 'The decision.' }) decision: FourEyesDecision;
  @Field({ description: 'True: someone other than the drafter (SUPERVISOR or ADMIN) decides. False: the drafter may.' })
  secondPerson: boolean;
}

export const SetFourEyesRuleResult = createUnionType({
  name: 'SetFourEyesRuleResult',
  description: 'The rule as now set, or why it was refused.',
  types: () => [FourEyesRule, InputValidationError] as const,
});

@Resolver()
export class FourEyesResolver {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  @Authorized('ADMIN', 'ADVISER', 'SUPERVISOR')
  @Query(() => [FourEyesRule], {
    description:
      'The four-eyes rules (四眼原则) of a district, one per decision: its own setting or the default. ADVISER and ' +
      "SUPERVISOR read their streets' districts only.",
  })
  async fourEyesRules(
    @Arg('districtCode', { description: 'District (区) code, 6 digits.' }) districtCode: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<FourEyesRule[]> {
    if (!/^\d{6}$/.test(districtCode)) throw new DomainError('BAD_USER_INPUT', 'districtCode must be 6 digits');
    if (isStreetScoped(viewer) && !viewer.streetCodes.some((s) => districtOfStreet(s) === districtCode))
      throw new DomainError('NOT_FOUND', `District ${districtCode} is not one of your streets' districts`);
    const rows = await this.db.getRepository(FourEyesSetting).findBy({ districtCode });
    return FOUR_EYES_DECISIONS.map((decision) => {
      const row = rows.find((r) => r.decision === decision);
      return Object.assign(new FourEyesRule(), {
        districtCode,
        decision,
        secondPerson: row ? row.secondPerson : FOUR_EYES_DEFAULTS[decision],
        isDefault: !row,
        updatedBy: row?.updatedBy ?? null,
        updatedAt: row?.updatedAt ?? null,
      });
    });
  }

  @Authorized('ADMIN')
  @Mutation(() => SetFourEyesRuleResult, {
    description: 'Set whether a decision needs a second person in a district (ADMIN, 区民政). Audited.',
  })
  async setFourEyesRule(
    @Arg('input', { description: 'District, decision and the setting.' }) input: SetFourEyesRuleInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<FourEyesRule | InputValidationError> {
    const known = /^\d{6}$/.test(input.districtCode)
      ? await this.db.getRepository(District).existsBy({ code: input.districtCode })
      : false;
    if (!known)
      return new InputValidationError([
        { field: 'input.districtCode', reason: 'UNKNOWN_DISTRICT', message: 'no district with this 6-digit code' },
      ]);
    const now = this.clock.now();
    await this.db.getRepository(FourEyesSetting).upsert(
      {
        districtCode: input.districtCode,
        decision: input.decision,
        secondPerson: input.secondPerson,
        updatedBy: viewer.id,
        updatedAt: now,
      },
      ['districtCode', 'decision'],
    );
    return Object.assign(new FourEyesRule(), {
      districtCode: input.districtCode,
      decision: input.decision,
      secondPerson: input.secondPerson,
      isDefault: false,
      updatedBy: viewer.id,
      updatedAt: now,
    });
  }
}
