import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { AuthSettings } from '../auth/auth-settings';

/**
 * Security headers with a CSP that allows only this origin (the web app serves its own scripts from
 * /assets; inline styles stay allowed for the stage colours and the report's embedded stylesheet),
 * cookies for sessions, CORS closed unless CORS_ORIGINS names origins (which then may send bearer tokens).
 */
export function applySecurity(app: INestApplication, settings: AuthSettings): void {
  const express = app as NestExpressApplication;
  if (settings.trustProxy) express.set('trust proxy', 1);
  express.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'self'"],
        },
      },
      strictTransportSecurity: settings.secureCookies === 'always',
    }),
  );
  const parseCookies = cookieParser();
  // Scripts send a bearer token and no cookie: they skip the parser and the three properties it adds to each request.
  express.use((request: Request, response: Response, next: NextFunction) =>
    request.headers.cookie === undefined ? next() : parseCookies(request, response, next),
  );
  if (settings.corsOrigins.length > 0) {
    express.enableCors({
      origin: settings.corsOrigins,
      credentials: false,
      methods: ['GET', 'POST', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-Match', 'X-Correlation-Id', 'X-Causation-Id'],
      exposedHeaders: ['ETag', 'X-Content-Hash'],
    });
  }
}
