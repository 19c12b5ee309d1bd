import { DomainError } from '../errors/domain-error';

/** Optimistic locking: a write that names an older version than the stored one is refused with the current state. */
export function assertVersion(stored: { version: number }, expected: number | undefined, current: () => unknown): void {
  if (expected !== undefined && expected !== stored.version) throw DomainError.versionConflict(current());
}
