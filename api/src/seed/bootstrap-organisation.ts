import type { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';

export interface BootstrapSettings {
  organisationName: string;
  organisationCode: string;
  adminEmail: string;
  adminPassword: string;
}

/** Reads BOOTSTRAP_* from the environment; null unless all are given. */
export function bootstrapSettingsFromEnv(env: NodeJS.ProcessEnv): BootstrapSettings | null {
  const { BOOTSTRAP_ORGANISATION, BOOTSTRAP_ORGANISATION_CODE, BOOTSTRAP_ADMIN_EMAIL, BOOTSTRAP_ADMIN_PASSWORD } = env;
  if (!BOOTSTRAP_ORGANISATION || !BOOTSTRAP_ADMIN_EMAIL || !BOOTSTRAP_ADMIN_PASSWORD) return null;
  if (BOOTSTRAP_ADMIN_PASSWORD.length < 10)
    throw new Error('BOOTSTRAP_ADMIN_PASSWORD must have at least 10 characters');
  return {
    organisationName: BOOTSTRAP_ORGANISATION,
    organisationCode: BOOTSTRAP_ORGANISATION_CODE ?? BOOTSTRAP_ORGANISATION.toUpperCase().replace(/[^A-Z0-9]+/g, '-'),
    adminEmail: BOOTSTRAP_ADMIN_EMAIL.trim().toLowerCase(),
    adminPassword: BOOTSTRAP_ADMIN_PASSWORD,
  };
}

/**
 * A production install starts with one organisation and its first administrator instead of the
 * demo region; everything else is then entered through the application.
 */
export async function bootstrapOrganisationIfEmpty(
  dataSource: DataSource,
  settings: BootstrapSettings,
): Promise<boolean> {
  if ((await dataSource.getRepository(OrganisationEntity).count()) > 0) return false;
  const passwordHash = await hashPassword(settings.adminPassword);
  await dataSource.transaction(async (em) => {
    const organisation = await em.save(
      em.create(OrganisationEntity, { name: settings.organisationName, code: settings.organisationCode }),
    );
    await em.save(
      em.create(UserEntity, {
        organisationId: organisation.id,
        email: settings.adminEmail,
        displayName: 'Administratör',
        passwordHash,
        role: 'admin',
      }),
    );
  });
  return true;
}
