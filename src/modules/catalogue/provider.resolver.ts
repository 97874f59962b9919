import { Arg, Authorized, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { DomainError } from '../../common/domain-error';
import { InputValidationError } from '../../graphql/errors';
import { Provider } from './catalogue.entity';
import { ProviderInput } from './catalogue.inputs';
import { ProviderResult } from './catalogue.types';
import { checkScope } from './resource-rules';

@Authorized()
@Resolver(() => Provider)
export class ProviderResolver {
  constructor(private readonly db: DataSource) {}

  @Query(() => [Provider], { description: 'Provider organisations, by code.' })
  providers() {
    return this.db.getRepository(Provider).find({ order: { id: 'ASC' } });
  }

  @Query(() => Provider, { nullable: true, description: 'One provider; NOT_FOUND if there is none with that code.' })
  async provider(@Arg('id', () => ID, { description: 'Provider code.' }) id: string) {
    const provider = await this.db.getRepository(Provider).findOneBy({ id });
    if (!provider) throw new DomainError('NOT_FOUND', `Provider ${id} not found`);
    return provider;
  }

  @Authorized('ADMIN')
  @Mutation(() => ProviderResult, { description: 'ADMIN registers or updates a provider organisation (by its code).' })
  saveProvider(@Arg('input', { description: 'The provider.' }) input: ProviderInput) {
    return this.db.transaction(async (em) => {
      const problems = await checkScope(em, input.serviceArea, 'input.serviceArea');
      if (problems.length > 0) return new InputValidationError(problems);
      const { phone, email, address, website, ...rest } = input;
      const provider = em.create(Provider, {
        ...rest, parentDepartment: rest.parentDepartment ?? null,
        contact: { phone: phone ?? null, email: email ?? null, address: address ?? null, website: website ?? null },
        serviceArea: { level: input.serviceArea.level, codes: input.serviceArea.codes },
      });
      return em.save(provider);
    });
  }
}
