import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, type OpenAPIObject, type SwaggerDocumentOptions, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from '../app.module';
import { ErrorView, FieldErrorView } from '../common/errors/error.view';

export function openApiConfig(): Omit<OpenAPIObject, 'paths'> {
  return new DocumentBuilder()
    .setTitle('Bemanna API')
    .setDescription(
      'Staff scheduling for Swedish public healthcare. Log in with POST /api/auth/login; the session is a cookie.',
    )
    .setVersion('0.1.0')
    .addCookieAuth('bemanna_session')
    .build();
}

/** Models every endpoint may answer with, beyond those its decorators name. */
export function openApiOptions(): SwaggerDocumentOptions {
  return { extraModels: [ErrorView, FieldErrorView] };
}

/**
 * The OpenAPI document without a database: preview mode builds the module graph but runs no
 * provider, so the web client's types can be generated on any machine.
 */
export async function buildOpenApiDocument(): Promise<OpenAPIObject> {
  const app = await NestFactory.create(AppModule.forRoot({ databaseUrl: 'postgres://unused/preview' }), {
    preview: true,
    logger: false,
  });
  app.setGlobalPrefix('api');
  const document = withErrorResponses(SwaggerModule.createDocument(app, openApiConfig(), openApiOptions()));
  await app.close();
  return document;
}

/** Every operation may answer with the one error body; say so once for all of them. */
export function withErrorResponses(document: OpenAPIObject): OpenAPIObject {
  for (const path of Object.values(document.paths)) {
    for (const operation of Object.values(path) as { responses?: Record<string, unknown> }[]) {
      if (!operation || typeof operation !== 'object' || !operation.responses) continue;
      operation.responses.default = {
        description: 'An error: see `code`; `details` names the fields concerned',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorView' } } },
      };
    }
  }
  return document;
}
