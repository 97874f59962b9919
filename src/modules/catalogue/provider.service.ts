// Provider organisations: ADMIN registers and updates them by code.
import { DataSource } from 'typeorm';
import { InputValidationError } from '../../graphql/errors';
import { Provider } from './catalogue.entity';
import { ProviderInput } from './catalogue.inputs';
import { checkEmail, checkUrl, checkContactPersons, toContactPerson } from './contact.rules';
import { checkScope } from './resource-rules';

export class ProviderService {
  constructor(private readonly db: DataSource) {}

  list(): Promise<Provider[]> {
    return this.db.getRepository(Provider).find({ order: { id: 'ASC' } });
  }

  find(id: string): Promise<Provider | null> {
    return this.db.getRepository(Provider).findOneBy({ id });
  }

  async save(input: ProviderInput): Promise<Provider | InputValidationError> {
    return this.db.transaction(async (em) => {
      const problems = await checkScope(em, input.serviceArea, 'input.serviceArea');
      checkEmail(problems, 'input.email', input.email);
      checkUrl(problems, 'input.website', input.website);
      const contacts = input.contacts ? input.contacts.map(toContactPerson) : null;
      checkContactPersons(problems, 'input.contacts', contacts);
      if (problems.length > 0) return new InputValidationError(problems);
      const { phone, email, address, postalCode, website, contacts: _contacts, ...rest } = input;
      return em.save(
        em.create(Provider, {
          ...rest,
          parentDepartment: rest.parentDepartment ?? null,
          contact: {
            phone: phone ?? null,
            email: email ?? null,
            address: address ?? null,
            postalCode: postalCode ?? null,
            website: website ?? null,
          },
          contacts,
          serviceArea: { level: input.serviceArea.level, codes: input.serviceArea.codes },
        }),
      );
    });
  }
}
