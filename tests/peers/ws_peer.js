#!/usr/bin/env node
// WebSocket test peer for WsScope's tests, built on Debian's node-ws (8.11); run with
// NODE_PATH=/usr/share/nodejs. Binds 127.0.0.1 on a free port, prints "PORT <n>", then one JSON
// object per line for every frame it sends and every message it receives. Modes (argv[2]):
//   fragments PART...   send one text message split into the given fragments (fin: false until
//                       the last), then echo
//   ping COUNT          send COUNT pings with payload "node-ping-<i>", then echo
//   close CODE REASON   close with CODE and REASON right after the handshake
//   close-empty         close with an empty Close frame (no status code: the client sees 1005)
//   flood COUNT SIZE    send COUNT binary messages of SIZE bytes as fast as possible, then
//                       close with 1000 (for throughput benchmarks)
//   keepalive MS        echo, and ping every MS ms ("keepalive-<i>"); a ping still unanswered
//                       when the next is due ends the connection without a Close frame
//                       (terminate(), the heartbeat ws documents)
//   echo                echo every message
'use strict';
const WebSocket = require('ws');

const mode = process.argv[2] || 'echo';
const args = process.argv.slice(3);

function emit(obj) {
    process.stdout.write(JSON.stringify(obj) + '\n');
}

const server = new WebSocket.Server({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
server.on('listening', () => {
    process.stdout.write('PORT ' + server.address().port + '\n');
});
server.on('connection', (ws) => {
    emit({ event: 'open' });
    ws.on('message', (data, isBinary) => {
        emit({ event: 'received', opcode: isBinary ? 'binary' : 'text', data: data.toString(), length: data.length });
        ws.send(data, { binary: isBinary });
        emit({ event: 'sent', opcode: isBinary ? 'binary' : 'text', fin: true, data: data.toString(), length: data.length });
    });
    ws.on('pong', (data) => emit({ event: 'pong', data: data.toString() }));
    ws.on('close', (code, reason) => emit({ event: 'closed', code: code, reason: reason.toString() }));
    // A protocol violation by the client: ws closes with the error's status code; without a
    // listener the error would end the whole peer.
    ws.on('error', (err) => emit({ event: 'error', code: err.code, message: err.message }));

    if (mode === 'fragments') {
        args.forEach((part, i) => {
            const fin = i === args.length - 1;
            ws.send(part, { fin: fin, binary: false });
            emit({ event: 'sent', opcode: i === 0 ? 'text' : 'continuation', fin: fin, data: part, length: Buffer.byteLength(part) });
        });
    } else if (mode === 'ping') {
        const count = parseInt(args[0] || '1', 10);
        for (let i = 0; i < count; ++i) {
            const payload = 'node-ping-' + i;
            ws.ping(payload);
            emit({ event: 'sent', opcode: 'ping', data: payload });
        }
    } else if (mode === 'flood') {
        const count = parseInt(args[0] || '100000', 10);
        const payload = Buffer.alloc(parseInt(args[1] || '16', 10), 0x61);
        for (let i = 0; i < count; ++i)
            ws.send(payload, { binary: true });
        emit({ event: 'sent', opcode: 'binary', count: count, length: payload.length });
        ws.close(1000, 'flood done');
    } else if (mode === 'keepalive') {
        const interval = parseInt(args[0] || '1000', 10);
        let alive = true;
        let i = 0;
        ws.on('pong', () => { alive = true; });
        const timer = setInterval(() => {
            if (!alive) {
                emit({ event: 'keepalive_timeout' });
                clearInterval(timer);
                ws.terminate();
                return;
            }
            alive = false;
            const payload = 'keepalive-' + i++;
            ws.ping(payload);
            emit({ event: 'sent', opcode: 'ping', data: payload });
        }, interval);
        ws.on('close', () => clearInterval(timer));
    } else if (mode === 'close-empty') {
        ws.close();
        emit({ event: 'sent', opcode: 'close', code: null, reason: '' });
    } else if (mode === 'close') {
        const code = parseInt(args[0] || '1000', 10);
        const reason = args[1] || '';
        ws.close(code, reason);
        emit({ event: 'sent', opcode: 'close', code: code, reason: reason });
    }
});
