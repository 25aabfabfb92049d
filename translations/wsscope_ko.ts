<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Handshake</name>
    <message>
        <source>The key is empty; it must be the base64 encoding of 16 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The key is %n characters long; the base64 encoding of 16 bytes is 24 characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 must be &apos;=&apos; padding, found &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (&apos;%2&apos;) is not in the base64 alphabet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key does not decode to 16 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>WsScope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Headless WebSocket client that logs what crossed the wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Sec-WebSocket-Accept value for KEY and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ws:// or wss:// URL to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsscope-cli: invalid Sec-WebSocket-Key &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsscope-cli: missing URL (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
