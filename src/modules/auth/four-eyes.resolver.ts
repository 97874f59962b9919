// Reading and setting which decisions need a second person, per district (四眼原则设置).
import { Arg, Authorized, createUnionType, Field, InputType, Mutation, Query, Resolver } from 'type-graphql';
import type { FourEyesDecision } from '../../../policy/four-eyes';
import { DomainError } from '../../common/domain-error';
import { isStreetScoped, type Viewer } from '../../common/viewer';
import { CurrentViewer } from '../../graphql/context';
import { InputValidationError } from '../../graphql/errors';
import { districtOfStreet } from './four-eyes';
import { FourEyesDecisionEnum, FourEyesRule } from './four-eyes.entity';
import type { FourEyesSettingsService } from './four-eyes-settings.service';

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
  constructor(private readonly settings: FourEyesSettingsService) {}

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
    return this.settings.rules(districtCode);
  }

  @Authorized('ADMIN')
  @Mutation(() => SetFourEyesRuleResult, {
    description: 'Set whether a decision needs a second person in a district (ADMIN, 区民政). Audited.',
  })
  async setFourEyesRule(
    @Arg('input', { description: 'District, decision and the setting.' }) input: SetFourEyesRuleInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<FourEyesRule | InputValidationError> {
    const known = /^\d{6}$/.test(input.districtCode) && (await this.settings.districtExists(input.districtCode));
    if (!known)
      return new InputValidationError([
        { field: 'input.districtCode', reason: 'UNKNOWN_DISTRICT', message: 'no district with this 6-digit code' },
      ]);
    return this.settings.set(input.districtCode, input.decision, input.secondPerson, viewer.id);
  }
}
