import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/access.decorators';
import { type Page, PageQueryDto, PageView, pageOf } from '../common/http/pagination';
import { AuditService } from './audit.service';

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'employee' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  entityType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string;
}

export class AuditEntryView {
  @ApiProperty() id!: string;
  @ApiProperty({ nullable: true, type: String }) actorUserId!: string | null;
  @ApiProperty({ example: 'update' }) action!: string;
  @ApiProperty({ example: 'employee' }) entityType!: string;
  @ApiProperty() entityId!: string;
  @ApiProperty({ nullable: true, type: Object }) before!: object | null;
  @ApiProperty({ nullable: true, type: Object }) after!: object | null;
  @ApiProperty({ nullable: true, type: String }) correlationId!: string | null;
  @ApiProperty() at!: string;
}

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles('admin')
  @ApiOkResponse({ type: PageView(AuditEntryView) })
  async list(@CurrentUser() user: AuthUser, @Query() query: AuditQueryDto): Promise<Page<AuditEntryView>> {
    const { items, total } = await this.audit.list(user, query);
    return pageOf(
      items.map((a) => ({
        id: a.id,
        actorUserId: a.actorUserId,
        action: a.action,
        entityType: a.entityType,
        entityId: a.entityId,
        before: a.before,
        after: a.after,
        correlationId: a.correlationId,
        at: a.at.toISOString(),
      })),
      total,
      query,
    );
  }
}
