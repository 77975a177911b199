import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { configFromEnv } from './config/app-config';

async function bootstrap(): Promise<void> {
  const config = configFromEnv();
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  Logger.log(`ta-tracker listening: web app at http://${config.host}:${config.port}/, API at /api, docs at /api/docs`, 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  Logger.error(error instanceof Error ? error.message : String(error), 'Bootstrap');
  process.exit(1);
});
