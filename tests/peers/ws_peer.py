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
--client-ca FILE (require a client certificate signed by that CA), --require-client-cert (require
one, signed by --client-ca or else by the server's own certificate), --tls-max-version
1.0|1.1|1.2|1.3 (the newest TLS version offered; 1.0 and 1.1 also lower OpenSSL's security level so
they can be offered at all), --tls-min-version likewise. With --require-client-cert or a TLS
version the TLS handshake runs on a blocking socket in front of the server, so a refused
handshake sends its alert (see serve_tls_front) and prints {"event": "tls_failed", "reason": ...}.
"""
import argparse
import asyncio
import warnings
import base64
import hashlib
import http
import json
import select
import socket
import ssl
import sys
import threading

import websockets


TLS_VERSIONS = {"1.0": ssl.TLSVersion.TLSv1, "1.1": ssl.TLSVersion.TLSv1_1, "1.2": ssl.TLSVersion.TLSv1_2,
                "1.3": ssl.TLSVersion.TLSv1_3}


def emit(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def describe(data):
    if isinstance(data, str):
        return {"opcode": "text", "data": data, "length": len(data.encode("utf-8"))}
    return {"opcode": "binary", "data_base64": base64.b64encode(data).decode("ascii"), "length": len(data)}


LINGER_S = 2.0


def relay(tls, plain):
    """Copies bytes both ways between a TLS connection and a plain one until either side ends."""
    tls.setblocking(False)
    try:
        while True:
            readable, _, _ = select.select([tls, plain], [], []) if not tls.pending() else ([tls], [], [])
            if tls in readable:
                try:
                    data = tls.recv(65536)
                except (ssl.SSLWantReadError, ssl.SSLWantWriteError):
                    continue
                if not data:
                    return
                plain.sendall(data)
            if plain in readable:
                data = plain.recv(65536)
                if not data:
                    return
                while data:
                    try:
                        sent = tls.send(data)
                        data = data[sent:]
                    except (ssl.SSLWantReadError, ssl.SSLWantWriteError):
                        select.select([], [tls], [], 1)
    except (ssl.SSLError, OSError) as e:
        emit({"event": "tls_relay_ended", "reason": str(e)})
    finally:
        for s in (tls, plain):
            try:
                s.close()
            except OSError:
                pass


def serve_tls_front(ssl_context, backend_port):
    """TLS on a blocking socket in front of the plain websockets server, returning its port.

    asyncio drops a connection whose handshake failed without sending the alert OpenSSL wrote
    (protocol version, certificate required, handshake failure); a blocking handshake sends it,
    as a real server does, so the client can tell what went wrong."""
    listener = socket.create_server(("127.0.0.1", 0))

    def handshake(conn):
        tls = ssl_context.wrap_socket(conn, server_side=True, do_handshake_on_connect=False)
        try:
            tls.do_handshake()
        except (ssl.SSLError, OSError) as e:
            emit({"event": "tls_failed", "reason": str(e)})
            # A lingering close: closing with the client's bytes unread (a TLS 1.3 client sends
            # its request right after its Finished) would reset the connection, and a reset can
            # discard the alert before the client reads it.
            try:
                tls.shutdown(socket.SHUT_WR)
                tls.settimeout(LINGER_S)
                while tls.recv(65536):
                    pass
            except OSError:
                pass
            tls.close()
            return
        emit({"event": "tls_accepted", "version": tls.version()})
        relay(tls, socket.create_connection(("127.0.0.1", backend_port)))

    def accept_loop():
        while True:
            conn, _ = listener.accept()
            threading.Thread(target=handshake, args=(conn,), daemon=True).start()

    threading.Thread(target=accept_loop, daemon=True).start()
    return listener.getsockname()[1]


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
    parser.add_argument("--require-client-cert", action="store_true")
    parser.add_argument("--tls-max-version", choices=sorted(TLS_VERSIONS))
    parser.add_argument("--tls-min-version", choices=sorted(TLS_VERSIONS))
    args = parser.parse_args()
    warnings.filterwarnings("ignore", category=DeprecationWarning)  # TLS 1.0/1.1 on purpose

    ssl_context = None
    if args.tls_cert:
        ssl_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ssl_context.load_cert_chain(args.tls_cert, args.tls_key)
        if args.client_ca or args.require_client_cert:
            ssl_context.verify_mode = ssl.CERT_REQUIRED
            ssl_context.load_verify_locations(args.client_ca or args.tls_cert)
        if args.tls_max_version or args.tls_min_version:
            versions = [TLS_VERSIONS[v] for v in (args.tls_max_version, args.tls_min_version) if v]
            if min(versions) < ssl.TLSVersion.TLSv1_2:
                # OpenSSL 3 refuses TLS 1.0/1.1 at its default security level.
                ssl_context.set_ciphers("DEFAULT:@SECLEVEL=0")
                ssl_context.minimum_version = ssl.TLSVersion.TLSv1
            if args.tls_min_version:
                ssl_context.minimum_version = TLS_VERSIONS[args.tls_min_version]
            if args.tls_max_version:
                ssl_context.maximum_version = TLS_VERSIONS[args.tls_max_version]

    subprotocols = [p for p in args.subprotocols.split(",") if p] or None
    keepalive = args.mode == "keepalive"
    # The failure cases need the server's TLS alerts on the wire: TLS in front, plain behind.
    front = ssl_context is not None and (args.require_client_cert or args.tls_max_version or args.tls_min_version)
    async with websockets.serve(make_handler(args), "127.0.0.1", 0, subprotocols=subprotocols,
                                process_request=make_process_request(args), ssl=None if front else ssl_context,
                                compression=None, max_size=None,
                                ping_interval=args.ping_interval if keepalive else None,
                                ping_timeout=args.ping_timeout if keepalive else None) as server:
        port = server.sockets[0].getsockname()[1]
        if front:
            port = serve_tls_front(ssl_context, port)
        sys.stdout.write("PORT %d\n" % port)
        sys.stdout.flush()
        await asyncio.Future()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
