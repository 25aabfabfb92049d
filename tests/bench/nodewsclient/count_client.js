#!/usr/bin/env node
// The baseline for wsscope-cli: a Node `ws` client (Debian's node-ws; run with
// NODE_PATH=/usr/share/nodejs) that only counts the messages of a flood server
// (tests/bench/rawframeserver) and answers its Close, as a script would that just watches a feed.
//
//   node count_client.js URL
//
// Prints the same "RESULT" line as tests/bench/bareqwebsocket: messages, open_close_s (from
// 'open' to 'close', the definition of wsscope-cli's --summary line), first_last_s (first message
// to last) and cpu_s (process CPU from 'open' to 'close').
'use strict';
const WebSocket = require('ws');

const url = process.argv[2];
if (!url) {
    process.stderr.write('usage: node count_client.js URL\n');
    process.exit(2);
}

const now = () => process.hrtime.bigint();
const seconds = (from, to) => Number(to - from) / 1e9;
const cpuSeconds = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1e6;
};

let messages = 0;
let openAt = null;
let firstAt = null;
let lastAt = null;
let cpuAtOpen = 0;

// No compression offered: the server would not take it, and the Qt clients do not offer it.
const ws = new WebSocket(url, { perMessageDeflate: false });
ws.on('open', () => {
    openAt = now();
    cpuAtOpen = cpuSeconds();
});
ws.on('message', () => {
    lastAt = now();
    if (messages++ === 0)
        firstAt = lastAt;
});
ws.on('error', (error) => {
    process.stdout.write(`RESULT client=nodews messages=${messages} error=${JSON.stringify(String(error.message))}\n`);
    process.exit(1);
});
ws.on('close', () => {
    const closeAt = now();
    const cpu = cpuSeconds() - cpuAtOpen;
    if (openAt === null || messages === 0) {
        process.stdout.write(`RESULT client=nodews messages=${messages} error=no-messages\n`);
        process.exit(1);
    }
    process.stdout.write(`RESULT client=nodews messages=${messages} open_close_s=${seconds(openAt, closeAt).toFixed(6)} `
                         + `first_last_s=${seconds(firstAt, lastAt).toFixed(6)} cpu_s=${cpu.toFixed(3)}\n`);
});
