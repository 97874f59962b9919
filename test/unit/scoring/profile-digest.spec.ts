// Regression guard for performance work: whole profiles (every field, lazy ones included) of seeded
// households under sh-2024.1 and a reordered variant model hash to the digests recorded when the
// engine was last deliberately changed. A speed-up must leave them alone; a change to what the
// engine computes must update them in the same commit, and say why.
import { digestOf, digestSets, profileLines } from './profile-digest';

const RECORDED: Record<string, string> = {
  'sh-2024.1 synthetic': 'c0bbf5c94b48f0f22fcd066a8c5af9399193a83439e7b03bd529fe3a9154ad1e',
  'sh-2024.1 worked': '3294ed0c7c3145db1689758141cf23571a2b9b963cb4b191cd49d3b840dcc792',
  'variant synthetic': '8ec80cb1c32d956319307dd4b7c9d52fd9b3c5cc642e29c2a687fe4465a9b066',
};

describe('profile digests (whole profiles of seeded households are unchanged)', () => {
  const sets = digestSets();
  it.each(Object.keys(RECORDED))('%s', (name) => {
    const { households, model } = sets[name];
    expect(digestOf(profileLines(households, model))).toBe(RECORDED[name]);
  });
});
