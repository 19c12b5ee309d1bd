import { canCoverProfession } from './profession-cover';

describe('canCoverProfession', () => {
  it.each([
    ['sjukskoterska', 'sjukskoterska', true],
    ['specialistsjukskoterska', 'sjukskoterska', true],
    ['sjukskoterska', 'specialistsjukskoterska', false],
    ['underskoterska', 'sjukskoterska', false],
    ['sjukskoterska', 'underskoterska', false],
  ] as const)('%s for a %s shift → %s', (has, needs, ok) => {
    expect(canCoverProfession(has, needs)).toBe(ok);
  });
});
