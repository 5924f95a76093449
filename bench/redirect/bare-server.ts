/**
 * The baseline of the redirect benchmark: a bare node:http server that
 * responds to every request with the same 302, headers and Location that the
 * tracking redirect sent for a sample click. Usage:
 * node bench/redirect/bare-server.ts PORT, with the headers as JSON in
 * BARE_HEADERS. It prints "listening" once it accepts connections.
 */
import { createServer } from 'node:http';

const port = Number(process.argv[2]);
const headers = JSON.parse(process.env.BARE_HEADERS ?? '{}') as Record<string, string>;

const server = createServer((_request, response) => {
  response.writeHead(302, headers);
  response.end();
});
server.keepAliveTimeout = 10_000;
server.listen(port, '127.0.0.1', () => console.log('listening'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
