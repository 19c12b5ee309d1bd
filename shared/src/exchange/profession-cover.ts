// Who may take a shift planned for a profession: the same profession, or a specialist nurse for a
// nurse's shift (a specialist nurse is a registered nurse with a further degree). Nothing else
// covers for another profession in a swap or an open shift; the scheduler can still assign anyone.
import { type Profession } from '../staff/staff-vocabulary';

export function canCoverProfession(has: Profession, needs: Profession): boolean {
  return has === needs || (has === 'specialistsjukskoterska' && needs === 'sjukskoterska');
}
