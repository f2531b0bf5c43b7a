import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

/**
 * A stand-in for Slack's Socket Mode endpoint: a bare WebSocket server (RFC 6455 handshake and text
 * frames, written out here so the test needs no WebSocket package) that says hello, sends envelopes
 * and records the acknowledgements the app sends back.
 * Protocol: https://docs.slack.dev/apis/events-api/using-socket-mode
 */
export async function startFakeSocketMode() {
  const acks: Array<Record<string, unknown>> = [];
  let socket: Duplex | undefined;
  let connected: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    connected = resolve;
  });
  const server: Server = createServer((_req, res) => {
    res.writeHead(426);
    res.end();
  });
  server.on('upgrade', (req, sock: Duplex) => {
    const key = String(req.headers['sec-websocket-key'] ?? '');
    const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
    sock.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    socket = sock;
    let buffer = Buffer.alloc(0);
    sock.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const frame = readFrame(buffer);
        if (!frame) break;
        buffer = buffer.subarray(frame.length);
        if (frame.opcode === 0x9) sock.write(frame.encode(0xa));
        if (frame.opcode === 0x1)
          acks.push(JSON.parse(frame.payload.toString('utf8')) as Record<string, unknown>);
        if (frame.opcode === 0x8) sock.end();
      }
    });
    sock.on('error', () => {});
    send({
      type: 'hello',
      num_connections: 1,
      debug_info: { host: 'fake' },
      connection_info: { app_id: 'A0RECTRACK' },
    });
    connected();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  function send(message: unknown): void {
    socket?.write(textFrame(JSON.stringify(message)));
  }

  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`,
    acks,
    ready,
    /** Delivers one envelope (a slash command, interaction or event) as Slack would. */
    deliver(type: string, payload: unknown, envelopeId: string): void {
      send({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api' });
    },
    close: () =>
      new Promise<void>((resolve) => {
        socket?.destroy();
        server.close(() => resolve());
      }),
  };
}

function textFrame(text: string): Buffer {
  const payload = Buffer.from(text, 'utf8');
  const header =
    payload.length < 126
      ? Buffer.from([0x81, payload.length])
      : payload.length < 65536
        ? Buffer.from([0x81, 126, payload.length >> 8, payload.length & 0xff])
        : Buffer.concat([Buffer.from([0x81, 127]), bigLength(payload.length)]);
  return Buffer.concat([header, payload]);
}

function bigLength(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(n));
  return b;
}

/** One client frame (always masked), or undefined until it has fully arrived. */
function readFrame(buffer: Buffer) {
  if (buffer.length < 2) return undefined;
  const opcode = (buffer[0] ?? 0) & 0x0f;
  let length = (buffer[1] ?? 0) & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (buffer.length < 4) return undefined;
    length = buffer.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (buffer.length < 10) return undefined;
    length = Number(buffer.readBigUInt64BE(2));
    offset = 10;
  }
  const masked = ((buffer[1] ?? 0) & 0x80) !== 0;
  const maskEnd = offset + (masked ? 4 : 0);
  if (buffer.length < maskEnd + length) return undefined;
  const mask = buffer.subarray(offset, maskEnd);
  const payload = Buffer.from(buffer.subarray(maskEnd, maskEnd + length));
  if (masked) for (let i = 0; i < payload.length; i++) payload[i] = (payload[i] ?? 0) ^ (mask[i % 4] ?? 0);
  return {
    opcode,
    payload,
    length: maskEnd + length,
    /** The same payload back with another opcode (a pong for a ping). */
    encode: (code: number) => Buffer.concat([Buffer.from([0x80 | code, payload.length]), payload]),
  };
}
