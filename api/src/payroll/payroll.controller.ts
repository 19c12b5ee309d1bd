import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/access.decorators';
import { IdParamPipe } from '../common/http/id-param.pipe';
import { PayCodesService } from './pay-codes.service';
import {
  EmployeeTimeQueryDto,
  EmployeeTimeView,
  ExportPreviewView,
  PayCodesView,
  PayrollExportRequestDto,
  PayrollExportView,
  PayrollOverviewView,
  PayrollScopeQueryDto,
  PayrollSettingsDto,
  PayrollSettingsView,
  PutPayCodeMappingDto,
} from './payroll.dto';
import { PayrollService } from './payroll.service';

/** HR's payroll routes (admins too); schedulers attest in /roster-periods/:id/attestations. */
@ApiTags('payroll')
@Controller('payroll')
export class PayrollController {
  constructor(
    private readonly payroll: PayrollService,
    private readonly payCodes: PayCodesService,
  ) {}

  @Get('overview')
  @Roles('hr', 'admin')
  @ApiOkResponse({ type: PayrollOverviewView })
  overview(@CurrentUser() user: AuthUser, @Query() query: PayrollScopeQueryDto): Promise<PayrollOverviewView> {
    return this.payroll.overview(user, query);
  }

  @Get('employees/:id')
  @Roles('hr', 'admin')
  @ApiOkResponse({ type: EmployeeTimeView })
  employee(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Query() query: EmployeeTimeQueryDto,
  ): Promise<EmployeeTimeView> {
    return this.payroll.employeeTime(user, id, query);
  }

  @Get('pay-codes')
  @Roles('hr', 'admin')
  @ApiOkResponse({ type: PayCodesView })
  payCodesView(@CurrentUser() user: AuthUser): Promise<PayCodesView> {
    return this.payCodes.view(user);
  }

  /** Creates or replaces the mapping version in force from the date. */
  @Put('pay-codes/:validFrom')
  @Roles('hr', 'admin')
  @ApiOkResponse({ type: PayCodesView })
  putPayCodes(
    @CurrentUser() user: AuthUser,
    @Param('validFrom') validFrom: string,
    @Body() dto: PutPayCodeMappingDto,
  ): Promise<PayCodesView> {
    return this.payCodes.put(user, validFrom, dto);
  }

  @Get('settings')
  @Roles('hr', 'admin')
  @ApiOkResponse({ type: PayrollSettingsView })
  settings(@CurrentUser() user: AuthUser): Promise<PayrollSettingsView> {
    return this.payCodes.settings(user);
  }

  @Put('settings')
  @Roles('hr', 'admin')
  @ApiOkResponse({ type: PayrollSettingsView })
  putSettings(@CurrentUser() user: AuthUser, @Body() dto: PayrollSettingsDto): Promise<PayrollSettingsView> {
    return this.payCodes.putSettings(user, dto);
  }

  /** What an export would send now, without recording anything. */
  @Post('exports/preview')
  @Roles('hr', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: ExportPreviewView })
  preview(@CurrentUser() user: AuthUser, @Body() dto: PayrollExportRequestDto): Promise<ExportPreviewView> {
    return this.payroll.preview(user, dto);
  }

  @Post('exports')
  @Roles('hr', 'admin')
  @ApiCreatedResponse({ type: PayrollExportView })
  export(@CurrentUser() user: AuthUser, @Body() dto: PayrollExportRequestDto): Promise<PayrollExportView> {
    return this.payroll.export(user, dto);
  }

  @Get('exports')
  @Roles('hr', 'admin')
  @ApiOkResponse({ type: [PayrollExportView] })
  history(@CurrentUser() user: AuthUser): Promise<PayrollExportView[]> {
    return this.payroll.history(user);
  }

  @Get('exports/:id')
  @Roles('hr', 'admin')
  @ApiOkResponse({ type: PayrollExportView })
  get(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) id: string): Promise<PayrollExportView> {
    return this.payroll.get(user, id);
  }

  /** The exact bytes that were sent, for re-download. */
  @Get('exports/:id/file')
  @Roles('hr', 'admin')
  @ApiProduces('application/xml', 'text/csv')
  @ApiOkResponse({ description: 'The PAXml or CSV file as exported' })
  async file(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const f = await this.payroll.fileOf(user, id);
    res.setHeader('Content-Type', f.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${f.fileName}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(f.content);
  }
}
