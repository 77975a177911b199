import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { PrototypedExpressAdapter } from '../../../src/http/prototyped-express.adapter';

/**
 * The baseline for the HTTP figures: a bare Nest route, nothing else. With HELLO_ADAPTER=prototyped it runs on
 * the server's own adapter (PrototypedExpressAdapter), the baseline since 2026-11-25; without, on Nest's.
 */
@Controller('hello')
class HelloController {
  @Get()
  hello(): string {
    return 'Hello World!';
  }
}

@Module({ controllers: [HelloController] })
class HelloModule {}

async function bootstrap(): Promise<void> {
  const app =
    process.env.HELLO_ADAPTER === 'prototyped'
      ? await NestFactory.create<NestExpressApplication>(HelloModule, new PrototypedExpressAdapter(), { logger: false })
      : await NestFactory.create<NestExpressApplication>(HelloModule, { logger: false });
  await app.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
}

void bootstrap();
