// Pure part of importing an HSDS organization as a provider (ADMIN only; see hsds-import.service.ts):
// names, email, website, the first phone, contact people and the first physical or postal address.
// Our own export's organization_identifiers name the provider code, so it is found again.
import type { FieldProblem } from '../../common/domain-error';
import type { Contact, Provider } from '../catalogue/catalogue.entity';
import { checkEmail, checkText, checkUrl } from '../catalogue/contact.rules';
import { LINK_IDS, readContacts } from './hsds-contacts.read';
import { PROVIDER_IDENTIFIER } from './hsds-ids';
import { Json, Ledger, Reader } from './hsds-reader';

/** How an address that is in Shanghai may name its city, province and country. */
const SHANGHAI = /^(shanghai|上海|上海市)$/i;
const CHINA = /^(cn|chn|china|中国)$/i;

export interface MappedOrganization {
  hsdsId: string;
  name: string;
  /** The provider code our own export wrote in organization_identifiers, if any. */
  providerCode: string | null;
  fields: Pick<Provider, 'nameZh' | 'nameEn' | 'contact' | 'contacts'>;
  ledger: Ledger;
}

export function mapOrganization(path: string, record: Json, problems: FieldProblem[]): MappedOrganization {
  const ledger = new Ledger();
  const r = new Reader(record, path, ledger, problems);
  r.use('services'); // read as services of this provider
  const hsdsId = r.string('id', true) ?? '';
  const name = (r.string('name', true) ?? '').trim();
  checkText(problems, r.at('name'), name, 200);
  const alternate = r.string('alternate_name')?.trim() || null;
  checkText(problems, r.at('alternate_name'), alternate, 200);
  const email = r.string('email');
  checkEmail(problems, r.at('email'), email);
  const website = r.string('website');
  checkUrl(problems, r.at('website'), website);
  // One phone on the provider record: the first; the others stay unmarked and are reported.
  const first = r.list('phones')[0];
  first?.use(...LINK_IDS);
  const phone = first?.string('number') ?? null;
  if (first) checkText(problems, first.at('number'), phone, 50, true);
  const address = readAddress(r);
  let providerCode: string | null = null;
  for (const id of r.list('organization_identifiers')) {
    if (id.record.identifier_type !== PROVIDER_IDENTIFIER) continue;
    id.use('id', 'organization_id', 'identifier_type');
    providerCode = id.string('identifier');
  }
  const contact: Contact = {
    phone,
    email,
    address: address.line,
    postalCode: address.postalCode,
    website,
  };
  return {
    hsdsId,
    name,
    providerCode,
    fields: { nameZh: name, nameEn: alternate ?? name, contact, contacts: readContacts(r) },
    ledger,
  };
}

/** The first address of the first location that has one; city, province and country only when Shanghai, China. */
function readAddress(r: Reader): { line: string | null; postalCode: string | null } {
  for (const location of r.list('locations')) {
    const address = location.list('addresses')[0];
    if (!address) continue;
    location.use('id', 'organization_id', 'location_type');
    if (location.record.name === r.record.name) location.use('name');
    address.use(...LINK_IDS, 'address_type');
    const lines = [address.string('address_1'), address.string('address_2')].filter(Boolean);
    const postalCode = address.string('postal_code');
    for (const key of ['city', 'state_province'])
      if (typeof address.record[key] === 'string' && SHANGHAI.test(address.record[key] as string)) address.use(key);
    if (typeof address.record.country === 'string' && CHINA.test(address.record.country)) address.use('country');
    const line = lines.join(' ') || null;
    checkText(r.problems, address.at('address_1'), line, 300);
    checkText(r.problems, address.at('postal_code'), postalCode, 20);
    return { line, postalCode };
  }
  return { line: null, postalCode: null };
}
