import 'reflect-metadata';
import { Body, Controller, Get, Module, Param, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { HoldTrainingRequestDto } from '../../../src/country/hold-training/hold-training.request.dto';
import { PrototypedExpressAdapter } from '../../../src/http/prototyped-express.adapter';
import { createValidationPipe } from '../../../src/http/validation';

type Received = { country: string; fields: number };

/**
 * The baseline for the HTTP figures: a bare Nest route, nothing else. With HELLO_ADAPTER=prototyped it runs on
 * the server's own adapter (PrototypedExpressAdapter), the baseline since 2026-11-25; without, on Nest's.
 * The two POST routes take a command's body and do nothing with it: the most any command route could answer.
 */
@Controller('hello')
class HelloController {
  @Get()
  hello(): string {
    return 'Hello World!';
  }

  /** The body parsed from JSON and not validated: the pipe leaves a plain `object` alone. */
  @Post('parsed/:code/hold-training')
  parsed(@Param('code') country: string, @Body() body: object): Received {
    return { country, fields: Object.keys(body).length };
  }

  /** The body parsed and validated as the server validates hold-training, by the same pipe and DTO. */
  @Post('validated/:code/hold-training')
  validated(@Param('code') country: string, @Body() body: HoldTrainingRequestDto): Received {
    return { country, fields: Object.keys(body).length };
  }
}

@Module({ controllers: [HelloController] })
class HelloModule {}

async function bootstrap(): Promise<void> {
  const app =
    process.env.HELLO_ADAPTER === 'prototyped'
      ? await NestFactory.create<NestExpressApplication>(HelloModule, new PrototypedExpressAdapter(), { logger: false })
      : await NestFactory.create<NestExpressApplication>(HelloModule, { logger: false });
  app.useGlobalPipes(createValidationPipe());
  await app.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
}

void bootstrap();
