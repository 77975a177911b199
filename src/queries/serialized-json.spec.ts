import express, { Express } from 'express';
import request from 'supertest';
import { jsonBytes, sendJsonBytes, weakEtagOf } from './serialized-json';

const PAGE = { code: 'CIV', name: 'Côte d’Ivoire', entries: [{ summary: 'Training “for” educators\n', participants: 25 }] };

/** The same body answered the way Express answers by itself, and from bytes serialised once. */
function appAnswering(body: unknown): Express {
  const app = express();
  app.get('/by-express', (_request, response) => response.type('application/json').send(JSON.stringify(body)));
  app.get('/by-json', (_request, response) => response.json(body));
  const bytes = jsonBytes(body);
  const etag = weakEtagOf(bytes);
  app.get('/from-bytes', (_request, response) => sendJsonBytes(response, bytes, etag));
  app.get('/from-bytes-with-revision', (_request, response) => sendJsonBytes(response, bytes, '"7"'));
  return app;
}

describe('JSON sent from bytes serialised once', () => {
  const app = appAnswering(PAGE);

  it('sends the bytes, content type and ETag Express would send for the same JSON', async () => {
    const [byExpress, byJson, fromBytes] = await Promise.all(['/by-express', '/by-json', '/from-bytes'].map((path) => request(app).get(path)));

    expect(fromBytes.status).toBe(200);
    expect(fromBytes.text).toBe(byExpress.text);
    expect(fromBytes.text).toBe(byJson.text);
    expect(fromBytes.headers['content-type']).toBe(byJson.headers['content-type']);
    expect(fromBytes.headers['content-length']).toBe(byJson.headers['content-length']);
    expect(fromBytes.headers.etag).toBe(byExpress.headers.etag);
    expect(fromBytes.headers.etag).toMatch(/^W\/"/);
  });

  it('answers 304 to a client that holds the current copy, and 200 to one that does not', async () => {
    const etag = (await request(app).get('/from-bytes')).headers.etag as string;

    await request(app).get('/from-bytes').set('If-None-Match', etag).expect(304, '');
    await request(app).get('/from-bytes').set('If-None-Match', 'W/"0-stale"').expect(200);
  });

  it('keeps an ETag given by the caller, such as a stream revision', async () => {
    const response = await request(app).get('/from-bytes-with-revision').expect(200);

    expect(response.headers.etag).toBe('"7"');
    await request(app).get('/from-bytes-with-revision').set('If-None-Match', '"7"').expect(304);
  });

  it('serialises as JSON.stringify does, in UTF-8', () => {
    expect(jsonBytes(PAGE).toString('utf8')).toBe(JSON.stringify(PAGE));
  });
});
