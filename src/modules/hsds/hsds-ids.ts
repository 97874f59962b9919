// Identifiers of the HSDS interchange: stable UUIDs for everything the catalogue exports (the same
// row always gets the same id), the names of our taxonomies and identifier scheme, and the provider
// code an imported HSDS organization becomes.
import { createHash } from 'node:crypto';

/** Taxonomy of need codes: services carry their needs as its terms (codes N01–N28). */
export const NEEDS_TAXONOMY = 'four-lists-needs';
/** Taxonomy of the catalogue's own fields carried as attribute values (hsds-extensions.ts). */
export const EXTENSIONS_TAXONOMY = 'four-lists-extensions';
/** organization_identifiers scheme holding the provider code (e.g. P-CN-MZJ). */
export const PROVIDER_IDENTIFIER = 'four-lists-provider-code';
/** The HSDS version the API and export follow, and its published OpenAPI description. */
export const HSDS_VERSION = '3.0';
export const HSDS_OPENAPI_URL = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json';

const NAMESPACE = 'four-lists.hsds';

/** A stable UUID (RFC 4122 version 5 layout, SHA-1 based) for a name: the same input always gives the same id. */
export function stableUuid(...parts: string[]): string {
  const hash = createHash('sha1')
    .update(`${NAMESPACE}:${parts.join(':')}`)
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const organizationUuid = (providerId: string) => stableUuid('organization', providerId);
export const taxonomyUuid = (taxonomy: string) => stableUuid('taxonomy', taxonomy);
/** Need terms keep the id formula of the first export ('taxonomy-term', code), so ids already shared stay valid. */
export const needTermUuid = (code: string) => stableUuid('taxonomy-term', code);
export const extensionTermUuid = (code: string) => stableUuid('taxonomy-term', EXTENSIONS_TAXONOMY, code);

/** The provider code of an organization imported from HSDS: derived from its id, so a re-import finds it. */
export function importedProviderCode(hsdsOrganizationId: string): string {
  return `P-HSDS-${createHash('sha1').update(hsdsOrganizationId).digest('hex').slice(0, 12).toUpperCase()}`;
}
