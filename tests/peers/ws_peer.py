#!/usr/bin/env python3
"""WebSocket test peer for WsScope's tests, built on Debian's python3-websockets (10.4).

Binds 127.0.0.1 on a free port and prints "PORT <n>" as its first stdout line, then one JSON
object per line for everything it sends or receives, so tests can compare the tap's view of the
wire with what the peer says it did. Modes (--mode):
  echo       echo every message back (text as text, binary as binary)
  push       send --count text messages "push-<i>" right after the handshake, then echo
  close      after the handshake (or the first message with --after-message), close with
             --code/--reason
  refuse     answer the upgrade with --status, a few headers and --body
  ping       send --count pings with payload "ping-<i>" and wait for each pong, then echo
  digest     answer every message with "<length> <sha256>" of what arrived
  keepalive  echo, and ping every --ping-interval s; close (1011) when a pong takes longer than
             --ping-timeout s (websockets' own keepalive)
Options: --subprotocols a,b (server preference order), --tls-cert/--tls-key (wss),
--client-ca FILE (require a client certificate signed by that CA).
"""
import argparse
import asyncio
import base64
import hashlib
import http
import json
import ssl
import sys

import websockets


def emit(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def describe(data):
    if isinstance(data, str):
        return {"opcode": "text", "data": data, "length": len(data.encode("utf-8"))}
    return {"opcode": "binary", "data_base64": base64.b64encode(data).decode("ascii"), "length": len(data)}


async def send(ws, data):
    await ws.send(data)
    emit(dict(event="sent", **describe(data)))


async def echo_loop(ws):
    async for message in ws:
        emit(dict(event="received", **describe(message)))
        await send(ws, message)


def make_handler(args):
    async def handler(ws, path):
        peer_cert = ws.transport.get_extra_info("peercert") if ws.transport else None
        client_cn = ""
        for rdn in (peer_cert or {}).get("subject", ()):
            for key, value in rdn:
                if key == "commonName":
                    client_cn = value
        emit({"event": "open", "path": path, "subprotocol": ws.subprotocol, "client_cn": client_cn,
              "request_headers": [[k, v] for k, v in ws.request_headers.raw_items()]})
        try:
            if args.mode == "push":
                for i in range(args.count):
                    await send(ws, "push-%d" % i)
                await echo_loop(ws)
            elif args.mode == "close":
                if args.after_message:
                    message = await ws.recv()
                    emit(dict(event="received", **describe(message)))
                await ws.close(code=args.code, reason=args.reason)
                emit({"event": "sent", "opcode": "close", "code": args.code, "reason": args.reason})
            elif args.mode == "ping":
                for i in range(args.count):
                    payload = ("ping-%d" % i).encode()
                    waiter = await ws.ping(payload)
                    emit({"event": "sent", "opcode": "ping", "data": payload.decode()})
                    await waiter
                    emit({"event": "pong", "data": payload.decode()})
                await echo_loop(ws)
            elif args.mode == "digest":
                # Answers each message with "<length> <sha256>" of what arrived: a large upload is
                # checked without echoing it back.
                async for message in ws:
                    data = message.encode("utf-8") if isinstance(message, str) else message
                    emit({"event": "received", "opcode": "text" if isinstance(message, str) else "binary",
                          "length": len(data)})
                    await send(ws, "%d %s" % (len(data), hashlib.sha256(data).hexdigest()))
            else:
                await echo_loop(ws)
        except websockets.ConnectionClosed:
            pass
        emit({"event": "closed", "code": ws.close_code, "reason": ws.close_reason})

    return handler


def make_process_request(args):
    if args.mode != "refuse":
        return None

    async def process_request(path, headers):
        body = args.body.encode("utf-8")
        emit({"event": "refused", "status": args.status, "body": args.body})
        return (http.HTTPStatus(args.status),
                [("WWW-Authenticate", 'Bearer realm="wsscope-test"'), ("X-Test-Peer", "refuse"),
                 ("Content-Type", "text/plain; charset=utf-8")],
                body)

    return process_request


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", default="echo", choices=["echo", "push", "close", "refuse", "ping", "digest", "keepalive"])
    parser.add_argument("--ping-interval", type=float, default=1.0)
    parser.add_argument("--ping-timeout", type=float, default=1.0)
    parser.add_argument("--count", type=int, default=3)
    parser.add_argument("--code", type=int, default=1000)
    parser.add_argument("--reason", default="")
    parser.add_argument("--after-message", action="store_true")
    parser.add_argument("--status", type=int, default=401)
    parser.add_argument("--body", default="")
    parser.add_argument("--subprotocols", default="")
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("--client-ca")
    args = parser.parse_args()

    ssl_context = None
    if args.tls_cert:
        ssl_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ssl_context.load_cert_chain(args.tls_cert, args.tls_key)
        if args.client_ca:
            ssl_context.verify_mode = ssl.CERT_REQUIRED
            ssl_context.load_verify_locations(args.client_ca)

    subprotocols = [p for p in args.subprotocols.split(",") if p] or None
    keepalive = args.mode == "keepalive"
    async with websockets.serve(make_handler(args), "127.0.0.1", 0, subprotocols=subprotocols,
                                process_request=make_process_request(args), ssl=ssl_context,
                                compression=None, max_size=None,
                                ping_interval=args.ping_interval if keepalive else None,
                                ping_timeout=args.ping_timeout if keepalive else None) as server:
        port = server.sockets[0].getsockname()[1]
        sys.stdout.write("PORT %d\n" % port)
        sys.stdout.flush()
        await asyncio.Future()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
