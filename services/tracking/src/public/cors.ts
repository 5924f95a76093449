import type { FastifyReply, FastifyRequest } from 'fastify';

/** Returns the Origin header of a browser request, or null for other clients. */
export function originOf(request: FastifyRequest): string | null {
  const origin = request.headers.origin;

  return typeof origin === 'string' && origin !== 'null' && origin !== '' ? origin : null;
}

/** Lets one origin read the response of a cross-origin request. */
export function allowOrigin(reply: FastifyReply, origin: string): void {
  reply.header('access-control-allow-origin', origin);
  reply.header('vary', 'Origin');
}

/** Responds to a CORS preflight for a POST with a JSON body from `origin`. */
export function respondToPreflight(reply: FastifyReply, origin: string | null): FastifyReply {
  if (origin) {
    allowOrigin(reply, origin);
    reply.header('access-control-allow-methods', 'POST');
    reply.header('access-control-allow-headers', 'content-type');
    reply.header('access-control-max-age', '600');
  }

  return reply.code(204).send();
}

/** Host of an origin such as https://www.example.com:8443, lower case, with its port; null when malformed. */
export function originHost(origin: string): { hostname: string; host: string } | null {
  try {
    const url = new URL(origin);

    return { hostname: url.hostname.toLowerCase(), host: url.host.toLowerCase() };
  } catch {
    return null;
  }
}
