import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type CheckResult, ROLES, type RuleCatalog } from '@bemanna/shared';
import { Roles } from '../common/auth/access.decorators';
import { RulesService } from './rules.service';

@ApiTags('rules')
@Controller('rules')
export class RulesController {
  constructor(private readonly rules: RulesService) {}

  /** Checks a roster document (docs/roster-format.md) and answers violations, exceptions used and figures. */
  @Post('check')
  @Roles('admin', 'scheduler')
  @HttpCode(200)
  @ApiBody({ description: 'A roster document, see docs/roster-format.md', schema: { type: 'object' } })
  @ApiOkResponse({ description: '{ violations, exceptionsUsed, employees }', schema: { type: 'object' } })
  check(@Body() document: unknown): CheckResult {
    return this.rules.check(document);
  }

  @Get('catalog')
  @Roles(...ROLES)
  @ApiOkResponse({
    description: 'Rules with titles, sources and severities; rule sets with parameters',
    schema: { type: 'object' },
  })
  catalog(): RuleCatalog {
    return this.rules.getCatalog();
  }
}
