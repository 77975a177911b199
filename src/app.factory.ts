import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { resolveAuthSettings } from './auth/auth-settings';
import { AppConfig } from './config/app-config';
import { DomainExceptionFilter } from './http/domain-exception.filter';
import { PrototypedExpressAdapter } from './http/prototyped-express.adapter';
import { applySecurity } from './http/security';
import { createValidationPipe } from './http/validation';
import { WEB_ROUTES_OUTSIDE_API_PREFIX } from './web/web-routes';

export const REQUEST_BODY_LIMIT = '100kb';
const FORM_BODY_LIMIT = '10kb';

export async function createApp(config: AppConfig, options: { logger?: false } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), new PrototypedExpressAdapter(), {
    bodyParser: false,
    ...(options.logger === false && { logger: false }),
  });
  applySecurity(app, resolveAuthSettings(config.auth));
  app.useBodyParser('json', { limit: REQUEST_BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: FORM_BODY_LIMIT, extended: false });
  app.setGlobalPrefix('api', { exclude: WEB_ROUTES_OUTSIDE_API_PREFIX });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new DomainExceptionFilter());
  app.enableShutdownHooks();
  const openApi = new DocumentBuilder()
    .setTitle('ta-tracker')
    .setDescription('Event-sourced activity tracker for technical-assistance programmes')
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'A personal API token (tat_...) or a JWT of the OIDC issuer' })
    .addSecurityRequirements('bearer')
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi));
  return app;
}
