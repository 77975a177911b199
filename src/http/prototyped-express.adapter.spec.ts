import { IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { Controller, Get, INestApplication, Module, Query, Req, Res } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Express, Request, Response } from 'express';
import { PrototypedExpressAdapter } from './prototyped-express.adapter';

type Observed = { requestHasAppPrototype: boolean; responseHasAppPrototype: boolean; isIncomingMessage: boolean; isServerResponse: boolean; host?: string; name?: string };

let express: Express;
let prototypeChanges: number;

@Controller('probe')
class ProbeController {
  @Get()
  probe(@Req() request: Request, @Res() response: Response, @Query('name') name?: string): void {
    const observed: Observed = {
      requestHasAppPrototype: Object.getPrototypeOf(request) === express.request,
      responseHasAppPrototype: Object.getPrototypeOf(response) === express.response,
      isIncomingMessage: request instanceof IncomingMessage,
      isServerResponse: response instanceof ServerResponse,
      host: request.get('host'),
      name,
    };
    response.status(202).json(observed);
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

describe('PrototypedExpressAdapter', () => {
  let app: INestApplication;
  let baseUrl: string;
  const setPrototypeOf = Object.setPrototypeOf;

  beforeAll(async () => {
    app = await NestFactory.create(ProbeModule, new PrototypedExpressAdapter(), { logger: false });
    express = app.getHttpAdapter().getInstance() as Express;
    await app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });

  beforeEach(() => {
    prototypeChanges = 0;
    jest.spyOn(Object, 'setPrototypeOf').mockImplementation((target: object, prototype: object | null) => {
      if (Object.getPrototypeOf(target) !== prototype) prototypeChanges++;
      return setPrototypeOf(target, prototype);
    });
  });

  afterEach(() => jest.restoreAllMocks());
  afterAll(() => app.close());

  it('creates requests and responses with the app’s prototypes, so Express changes no prototype', async () => {
    const answer = await fetch(`${baseUrl}/probe?name=Ada`);

    expect(answer.status).toBe(202);
    expect(await answer.json()).toEqual({
      requestHasAppPrototype: true,
      responseHasAppPrototype: true,
      isIncomingMessage: true,
      isServerResponse: true,
      host: new URL(baseUrl).host,
      name: 'Ada',
    });
    expect(prototypeChanges).toBe(0);
  });

  it('still answers an unknown route with Nest’s 404', async () => {
    const answer = await fetch(`${baseUrl}/nowhere`);

    expect(answer.status).toBe(404);
    expect(await answer.json()).toMatchObject({ statusCode: 404 });
  });
});
