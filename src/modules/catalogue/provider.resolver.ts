import { Arg, Authorized, ID, Mutation, Query, Resolver } from 'type-graphql';
import { DomainError } from '../../common/domain-error';
import { Provider } from './catalogue.entity';
import { ProviderInput } from './catalogue.inputs';
import { ProviderResult } from './catalogue.types';
import { ProviderService } from './provider.service';

@Authorized()
@Resolver(() => Provider)
export class ProviderResolver {
  constructor(private readonly providerService: ProviderService) {}

  @Query(() => [Provider], { description: 'Provider organisations, by code.' })
  providers() {
    return this.providerService.list();
  }

  @Query(() => Provider, { nullable: true, description: 'One provider; NOT_FOUND if there is none with that code.' })
  async provider(@Arg('id', () => ID, { description: 'Provider code.' }) id: string) {
    const provider = await this.providerService.find(id);
    if (!provider) throw new DomainError('NOT_FOUND', `Provider ${id} not found`);
    return provider;
  }

  @Authorized('ADMIN')
  @Mutation(() => ProviderResult, { description: 'ADMIN registers or updates a provider organisation (by its code).' })
  saveProvider(@Arg('input', { description: 'The provider.' }) input: ProviderInput) {
    return this.providerService.save(input);
  }
}
