import type { FastifyRequest } from 'fastify';
import { RateLimitedError } from './http-replies.js';
import { limitCheck } from './rate-limits.js';

const request = (ip: string) => ({ ip, params: {} }) as unknown as FastifyRequest;
const perAddress = (max: number) => ({ name: 'test-ip', description: 'from this address', max, keyOf: (req: FastifyRequest) => req.ip });

describe('limitCheck', () => {
  it('rejects the request after max', () => {
    const check = limitCheck([perAddress(2)]);
    check(request('192.0.2.1'));
    check(request('192.0.2.1'));

    expect(() => check(request('192.0.2.1'))).toThrow(RateLimitedError);
    expect(() => check(request('192.0.2.2'))).not.toThrow();
  });

  it('names the limit and the wait', () => {
    const check = limitCheck([perAddress(1)]);
    check(request('192.0.2.1'));
    const error = (() => {
      try {
        check(request('192.0.2.1'));
      } catch (err) {
        return err as RateLimitedError;
      }
    })();

    expect(error?.message).toMatch(/^Too many requests from this address; retry in \d+ s\.$/);
    expect(error?.retryAfterSeconds).toBeGreaterThanOrEqual(59);
  });

  it('skips a rule without key', () => {
    const check = limitCheck([{ ...perAddress(1), keyOf: () => null }]);

    for (let index = 0; index < 5; index++) expect(() => check(request('192.0.2.1'))).not.toThrow();
  });
});
