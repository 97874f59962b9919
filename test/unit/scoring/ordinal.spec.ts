import { ordinalTable } from '../../../scoring/indicators/ordinal';

describe('ordinalTable', () => {
  const contact = ordinalTable({ REGULAR: 0, OCCASIONAL: 1, NONE_OR_REFUSES: 2 });
  it('maps each name to its ordinal', () => {
    expect([contact('REGULAR'), contact('OCCASIONAL'), contact('NONE_OR_REFUSES')]).toEqual([0, 1, 2]);
  });
  it('reads an unknown name (or a prototype key) as unknown, like the keyed read it replaced', () => {
    expect(contact('SOMETIMES' as never)).toBeNull();
    expect(contact('toString' as never)).toBeNull();
  });
});
