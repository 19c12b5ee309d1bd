import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../common/auth/access.decorators';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
  ) {}

  /** For load balancers and `docker compose`: 200 {status:"ok", db:"up"} or 503 {status:"error", db:"down"}. */
  @Get()
  @Public()
  async check(): Promise<{ status: 'ok'; db: 'up' }> {
    try {
      await this.health.check([() => this.db.pingCheck('db', { timeout: 3000 })]);
      return { status: 'ok', db: 'up' };
    } catch {
      throw new HttpException({ status: 'error', db: 'down' }, HttpStatus.SERVICE_UNAVAILABLE);
    }
  }
}
