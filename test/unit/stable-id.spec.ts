// Name-based ids (RFC 4122 §4.3, version 5): checked against the RFC's algorithm as Python's uuid
// module implements it (uuid.uuid5), values computed there, not by this code.
import { FOUR_LISTS_NAMESPACE, seededResourceId, uuidV5 } from '../../src/common/stable-id';

const DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8'; // RFC 4122 Appendix C, NameSpace_DNS
const URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8'; // NameSpace_URL

it('matches RFC 4122 version 5 ids', () => {
  // python: uuid5(NAMESPACE_DNS, 'python.org')
  expect(uuidV5('python.org', DNS)).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  expect(uuidV5('four-lists', URL)).toBe(FOUR_LISTS_NAMESPACE); // the namespace is itself such an id
});

it('gives each seeded resource the same id on every install', () => {
  // python: uuid5(UUID('8fa27196-37b1-56ca-a7bd-eb987e2b1a71'), 'resource:R01') and 'resource:R33'
  expect(seededResourceId('R01')).toBe('5b3f4e41-66be-5444-8090-0cdb513c03c1');
  expect(seededResourceId('R33')).toBe('710cb4bd-b65a-56cf-9560-64fa49c8a625');
});
