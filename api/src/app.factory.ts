import 'reflect-metadata';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type LogLevel, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { AppModule, type AppOptions } from './app.module';
import { DomainError } from './common/errors/domain-error';
import { HttpExceptionFilter } from './common/errors/http-exception.filter';
import { describeValidationErrors } from './common/errors/validation-messages';
import { correlationId } from './common/http/correlation-id';
import { requestContext } from './common/http/request-context';
import { openApiConfig, openApiOptions, withErrorResponses } from './openapi/openapi-document';

export interface CreateAppOptions extends AppOptions {
  /** Built web client to serve next to the API (web/dist); omitted in API-only tests. */
  webDist?: string;
  logLevels?: LogLevel[];
}

/** Builds the configured application; `server.ts` and the integration tests both start from here. */
export async function createApp(options: CreateAppOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    logger: options.logLevels ?? ['error', 'warn', 'log'],
  });
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.use(correlationId, requestContext);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // FullCalendar and the colour picker set inline styles; scripts stay 'self' only.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
        },
      },
    }),
  );
  // Roster documents for a whole department and period are larger than body-parser's 100 kB default.
  app.useBodyParser('json', { limit: '10mb' });
  app.use(cookieParser());
  app.setGlobalPrefix('api');
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      // All broken rules are collected; describeValidationErrors reports the most basic one per field.
      stopAtFirstError: false,
      // The error's target lets the messages quote the rule's limits ("at most 100").
      validationError: { target: true, value: false },
      exceptionFactory: (errors) => DomainError.invalidFields(describeValidationErrors(errors)),
    }),
  );
  app.useGlobalFilters(new HttpExceptionFilter());
  mountApiDocs(app);
  if (options.webDist && existsSync(path.join(options.webDist, 'index.html'))) serveWebClient(app, options.webDist);
  return app;
}

function mountApiDocs(app: NestExpressApplication): void {
  SwaggerModule.setup(
    'api/docs',
    app,
    () => withErrorResponses(SwaggerModule.createDocument(app, openApiConfig(), openApiOptions())),
    {
      jsonDocumentUrl: 'api/docs/openapi.json',
    },
  );
}

/** The single-page app: static files, and index.html for every other non-API GET so deep links work. */
function serveWebClient(app: NestExpressApplication, webDist: string): void {
  app.useStaticAssets(webDist, { index: false, maxAge: '1h' });
  const indexHtml = path.join(webDist, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}
