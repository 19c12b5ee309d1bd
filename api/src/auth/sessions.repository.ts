import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { SessionEntity } from './session.entity';

@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(
    session: Pick<SessionEntity, 'organisationId' | 'userId' | 'tokenHash' | 'expiresAt' | 'lastSeenAt'>,
  ): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).insert(session);
  }

  /** The live session for a token hash with its (active) user, or null. */
  async findLive(tokenHash: string, now: Date): Promise<{ session: SessionEntity; user: UserEntity } | null> {
    const session = await this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.user', 'u')
      .where('s.token_hash = :tokenHash', { tokenHash })
      .andWhere('s.expires_at > :now', { now })
      .andWhere('u.active')
      .getOne();
    if (!session?.user) return null;
    return { session, user: session.user };
  }

  async extend(id: string, now: Date, expiresAt: Date): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).update({ id }, { lastSeenAt: now, expiresAt });
  }

  async deleteByTokenHash(tokenHash: string): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).delete({ tokenHash });
  }

  async deleteExpired(now: Date): Promise<void> {
    await this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder()
      .delete()
      .where('expires_at <= :now', { now })
      .execute();
  }
}
