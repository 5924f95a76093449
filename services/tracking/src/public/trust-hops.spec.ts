import Fastify from 'fastify';
import { trustHops } from './public-server.js';

async function clientAddress(trustProxy: boolean | ((address: string, hop: number) => boolean), forwardedFor: string): Promise<string> {
  const app = Fastify({ trustProxy });
  app.get('/', async (request) => ({ ip: request.ip }));
  const response = await app.inject({ method: 'GET', url: '/', headers: { 'x-forwarded-for': forwardedFor }, remoteAddress: '10.0.0.1' });
  await app.close();

  return (response.json() as { ip: string }).ip;
}

describe('trustHops', () => {
  it('takes the address the nearest proxy saw', async () => {
    expect(await clientAddress(trustHops(1), '198.51.100.7, 203.0.113.9')).toBe('203.0.113.9');
  });

  it('walks one hop further per trusted proxy', async () => {
    expect(await clientAddress(trustHops(2), '198.51.100.7, 203.0.113.9')).toBe('198.51.100.7');
  });

  it('ignores forged addresses left of the trusted hops', async () => {
    expect(await clientAddress(trustHops(1), '1.2.3.4, 5.6.7.8, 203.0.113.9')).toBe('203.0.113.9');
  });

  it('keeps the socket address without the header', async () => {
    const app = Fastify({ trustProxy: trustHops(1) });
    app.get('/', async (request) => ({ ip: request.ip }));
    const response = await app.inject({ method: 'GET', url: '/', remoteAddress: '10.0.0.1' });
    await app.close();

    expect((response.json() as { ip: string }).ip).toBe('10.0.0.1');
  });
});
