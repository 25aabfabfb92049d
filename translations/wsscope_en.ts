<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AcceptFormulaView</name>
    <message>
        <source>Sec-WebSocket-Accept = base64(SHA-1(key + &quot;%1&quot;))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(key not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 6455 section 4.2.2: the server appends the GUID to the client&apos;s Sec-WebSocket-Key, hashes it with SHA-1 and sends the Base64 of the hash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Date and time (2024-05-01 12:00:01.002)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the session opened (+3.412 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day (12:00:01.002)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Base64Codec</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a base64 character (A-Z, a-z, 0-9, &apos;+&apos; and &apos;/&apos;, or &apos;-&apos; and &apos;_&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes after the &apos;=&apos; padding at %2; padding may only end the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to the standard alphabet, but %2 at %3 belongs to the URL-safe one; use one alphabet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to the URL-safe alphabet, but %2 at %3 belongs to the standard one; use one alphabet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last group has a single character (%1); base64 needs at least two characters for one byte, so the text is cut off or has one character too many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;=&apos; padding: the characters before it already make whole bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found %1 &apos;=&apos; but the last group of %2 characters needs exactly %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockingSecrets</name>
    <message>
        <source>The keychain did not answer about &quot;%1&quot; within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliParser</name>
    <message>
        <source>%1 needs a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has no colon: write it as &quot;Name: value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--close needs CODE[:REASON] with a numeric close code, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proxy &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give socks5://host:port or http://host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be &quot;text&quot; or &quot;jsonl&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--har needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no value (in &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one URL can be given; unexpected &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile needs the name of a saved profile (see --list-profiles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profiles-dir needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing URL: give a ws:// or wss:// URL (or --profile NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no URL: give a ws:// or wss:// URL on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: profile &quot;%1&quot; does not verify TLS certificates: errors are ignored (they are still logged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: --insecure: TLS certificate errors are ignored (they are still logged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With profile &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--record needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--env needs the name of an environment (or - for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsscope-cli [OPTIONS] URL
       wsscope-cli --profile NAME [OPTIONS] [URL]
       wsscope-cli --import FILE | --export NAME... --out FILE [--profiles-dir DIR]
Headless WebSocket client that logs what crossed the wire.

Profiles (the ones the desktop app saves):
      --profile NAME          connect with the saved profile NAME: its URL, enabled headers,
                              subprotocols, origin, TLS, proxy, tap and timeouts. A URL given
                              here replaces the profile&apos;s; -H and -s add to its headers and
                              subprotocols; --origin, --insecure, --ca, --cert, --key, --proxy
                              and --no-tap replace its values. Its automatic reconnect is
                              not used, and --timeout caps its handshake timeout.
      --profiles-dir DIR      read profiles from DIR (default: %1)
      --list-profiles         print the saved profile names, one per line, and exit
      --env NAME              resolve {{name}} references with the environment NAME (default:
                              the one the desktop app has active; - for none)
      --set NAME=VALUE        define a variable for this run; it wins over the profile&apos;s and
                              the environment&apos;s (repeatable). References resolve in the URL,
                              headers, subprotocols, origin, proxy and --send text
      --import FILE           import the profiles of FILE into the profiles folder: a WsScope
                              profile bundle, a HAR from Chrome or Firefox DevTools (one
                              profile per WebSocket connection) or an Insomnia v4 export; prints
                              each created name (&quot;Name (2)&quot; when the name is taken), and on
                              stderr what could not be carried over; exit 2 on a bad file
      --export NAME... --out FILE [--include-secrets]
                              write the named profiles into one bundle FILE (0600); secret
                              header values and passwords are left out (and listed in the
                              file) unless --include-secrets; exit 2 on an unknown name

Connection:
  -H, --header &quot;Name: value&quot;  extra request header (repeatable)
  -s, --subprotocol NAME      offer a subprotocol (repeatable, in order of preference)
      --origin ORIGIN         send an Origin header
      --timeout MS            overall deadline (default 10000); exit 4 when it passes
      --insecure              accept invalid TLS certificates (warned; errors still logged)
      --ca FILE               extra CA certificate(s), PEM
      --cert FILE, --key FILE client certificate and its unencrypted key, PEM
      --proxy URL             upstream proxy: socks5://[user:pass@]host:port or http://host:port
      --no-tap                QWebSocket only: no wire tap (frame headers unknown)

Script (run in command-line order once the connection is open):
      --send TEXT             send a text message
      --send-hex HEX          send a binary message (&quot;48 65 6c&quot;, &quot;0x48,0x65&quot;, &quot;48:65&quot;)
      --send-base64 B64       send a binary message
      --send-file PATH        send a file&apos;s bytes as a binary message
      --ping [PAYLOAD]        send a ping; the next argument is the payload unless it starts
                              with &apos;-&apos; or ws:// / wss:// (use --ping=PAYLOAD to be explicit)

Testing a server (the wire tap writes these frames itself, between QWebSocket&apos;s frames):
      --send-frame SPEC       write one frame as SPEC says, legal or not, e.g.
                              &quot;fin=0 opcode=text payload=frag-one&quot; or
                              &quot;opcode=0x3 mask=off payload-hex=00ff&quot;. Fields: fin rsv1 rsv2
                              rsv3 (0/1), opcode (name or 0-15), mask (on/off), key (8 hex
                              digits), length (N, N/BITS or /BITS; BITS 7, 16 or 64), and one
                              of payload, payload-hex, payload-base64, payload-file. Each
                              injected frame is logged as such, with its RFC 6455 verdict
      --fragment N[,ping|,pong], --fragment S1+S2+...[,ping|,pong]
                              the next --send, --send-hex or --send-base64 goes as N fragments
                              of equal size, or as fragments of exactly S1, S2, ... bytes (they
                              must add up to the message&apos;s length), with a ping or pong
                              between every two
      --pong auto|off|delay=MS|payload=TEXT
                              from here on, let QWebSocket&apos;s automatic pongs through, withhold
                              them, delay each by MS ms, or answer with TEXT instead (each
                              logged as withheld/delayed; the tap&apos;s own pong as injected)
      --drop                  drop the TCP connection without a Close frame
      --wait MS               pause the script for MS ms
      --scenario FILE         run the steps of FILE here: a JSON array such as
                              [{&quot;send-frame&quot;: &quot;opcode=0x3&quot;}, {&quot;wait&quot;: 500},
                              {&quot;send&quot;: &quot;hi&quot;, &quot;fragment&quot;: &quot;3,ping&quot;}, {&quot;expect-close&quot;: [1002]}]
                              (steps: the options of this section without --, send,
                              send-hex, send-base64, send-file, ping, close &quot;CODE[:REASON]&quot;)
      --scenario-name NAME    run the scenario NAME saved with the --profile here (exit 2
                              when the profile has none of that name)
      --expect-close CODE[,CODE...]
                              expect the server to close with one of these codes
      --expect-message REGEX [--within MS]
                              expect a message from the server that matches REGEX (within MS
                              ms of this point of the script)
      --expect-drop           expect the server to drop the connection without a Close frame
                              With expectations the run waits for the server (until --timeout)
                              and its exit status is theirs: 0 all met, 5 one failed (each
                              logged as an expectation event)

Then:
      --wait-messages N       wait until N data messages were received
      --idle MS               finish after MS ms without a received frame
                              (with neither: finish after 500 ms of silence following the
                              sends, a short grace for replies)
      --close CODE[:REASON]   close with this code and reason (default 1000), then wait
                              for the server&apos;s Close reply

Output:
      --format text|jsonl     default: text on a terminal, else jsonl (one JSON object per
                              event: seq, time, event, dir, ...)
                              text: one line per event (time, arrow, type, length, summary);
                              one line per frame
      --flush                 write and flush every line at once (the default on a
                              terminal); otherwise the lines of one burst go out together
      --har FILE              also write the session as HAR 1.2 (_webSocketMessages; errors,
                              state changes and the close record in _wsscopeEvents)
      --record FILE           also write every event to FILE as its JSONL line, as it is
                              logged (whatever --format says; read it while it grows)
      --include-secrets       keep credential header values (Authorization, Cookie, *-Token,
                              *-Key, headers marked secret) in JSONL output, --har, --record;
                              without it they read &quot;&lt;secret, not exported&gt;&quot;
      --summary               one final line on stderr: counts, bytes, rate, close
      --accept-for KEY        print the Sec-WebSocket-Accept value for KEY and exit
  -h, --help                  show this help
  -v, --version               show the version

Exit status: 0 closed with 1000/1001 by either side; 1 any other close code or an abnormal
end (1006); 2 usage error, unknown profile or a profile file that does not load (nothing
sent); 3 could not connect, handshake refused or invalid; 4 timeout; 5 an expectation failed,
the --har file could not be written (e.g. the disk is full; no partial file is left),
whatever the run&apos;s end, or the --record file could not be written (it keeps every whole
line written before).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliProfileFiles</name>
    <message>
        <source>--import needs a file: a profile bundle, a HAR or an Insomnia export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export needs the name of a saved profile (see --list-profiles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--import and --export cannot be combined: run wsscope-cli once for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out and --include-secrets belong to --export, not to --import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--import takes one file; unexpected &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export needs --out FILE: the file to write the profiles into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsscope-cli: cannot import &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsscope-cli: warning: profile file not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsscope-cli: skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsscope-cli: %1: not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsscope-cli: warning: no keychain (%1): the secret values of %2 were not kept; import the file in the desktop app, or enter them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsscope-cli: left out of the file (secrets; --include-secrets keeps them): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsscope-cli: warning: %1 includes secrets (tokens, passwords); keep it private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out needs --export NAME.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliProfileLoader</name>
    <message>
        <source>There is no profile named &quot;%1&quot;: the profiles folder %2 does not exist (see --profiles-dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile file of &quot;%1&quot; does not load; repair it or save the profile again:
  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile is saved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profiles: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved profiles: %1 and %n more (see --list-profiles).</source>
        <translation>
            <numerusform>Saved profiles: %1 and %n more (see --list-profiles).</numerusform>
            <numerusform>Saved profiles: %1 and %n more (see --list-profiles).</numerusform>
        </translation>
    </message>
    <message>
        <source>These profile files did not load; one of them may hold it:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Timed out after %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handshake refused: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection closed with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by neither side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close %1 %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary: sent %1 messages (%2), received %3 messages (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, open %1 s, %2 messages/s, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: closing the connection (press Ctrl+C again to drop it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: dropping the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted by the user (Ctrl+C): the connection was dropped without a closing handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clean unknown (tap off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--send-file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expectation failed: expected %1; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>injected %1 frame: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: injected %1 frame: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliVariables</name>
    <message>
        <source>--set &quot;%1&quot;: give name=value, e.g. --set host=127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set &quot;%1&quot;: &quot;%2&quot; is not a variable name (a letter or _, then letters, digits, _, - or .).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--env %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the environments file does not load (%1); only the profile&apos;s and --set variables are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--env: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--send &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliWorkbench</name>
    <message>
        <source>%1 applies to the next --send, --send-hex or --send-base64, not to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given twice before a --send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a whole number of milliseconds of at least 1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 follows an --expect-message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applies to the next --send, --send-hex or --send-base64, not to --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a --send, --send-hex or --send-base64 after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--send-frame and --fragment need the wire tap: the tap writes those frames itself; remove --no-tap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pong needs the wire tap: it keeps QWebSocket&apos;s pongs back; remove --no-tap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the name of a scenario saved with the --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no saved scenarios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its scenarios are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile &quot;%2&quot; has no scenario named &quot;%3&quot;; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;, step %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; runs a scenario saved with a profile: give --profile NAME too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: step %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseCodes</name>
    <message>
        <source>Normal closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abnormal closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid frame payload data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned (reserved for the protocol)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered (IANA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection did what it was for and is being closed on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint is going away, for example a server shutting down or a browser leaving the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint received something that breaks the WebSocket protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint received a kind of data it cannot accept, for example binary data when it only understands text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved by RFC 6455 without a meaning; it must not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Close frame carried no status code; only used to report that, never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection ended without a Close frame; only used to report that, never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message held data that does not match its type, for example text that is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message broke the endpoint&apos;s rules; the generic code when no more specific one fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message was too big for the endpoint to process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client needed an extension that the server did not agree to in the handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ran into an unexpected problem that kept it from handling the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is restarting; the client may reconnect after a short wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is overloaded or busy; the client may try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server, acting as a gateway or proxy, got an invalid response from the server behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake failed, for example because the certificate could not be verified; only used to report that, never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved for future versions of the WebSocket protocol; nothing uses it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For libraries, frameworks and applications, registered with IANA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For private use, by agreement between the client and the server of one application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a close code: codes below 1000 and above 4999 are never used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1004 is reserved by RFC 6455 (section 7.4.1) and has no meaning; it must not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) only reports what happened locally; RFC 6455 (section 7.4.1) forbids sending it in a Close frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not assigned: codes 1016 to 2999 are reserved for future versions of the protocol (RFC 6455, section 7.4.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a close code: codes below 1000 are never used (RFC 6455, section 7.4.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a close code: the highest close code is 4999 (RFC 6455, section 7.4.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The close reason cannot be written as UTF-8. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is %1 bytes in UTF-8, %2 over the limit: a Close frame has room for at most %3 (125 bytes minus the 2-byte code, RFC 6455 section 5.5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Custom code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any code; 3000–4999 are for libraries, frameworks and applications (RFC 6455 §7.4.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a close code, e.g. 4000 (3000–4999 are free for applications).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not fit in a close code (2 bytes, at most 65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom close code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 bytes of the reason; a Close frame has room for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, at most %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosePayload</name>
    <message>
        <source>The Close frame carries 1 byte (0x%1); a status code needs 2 bytes (RFC 6455, section 5.5.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Close frame carries %1 bytes; control frames carry at most %2 (RFC 6455, section 5.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Close frame carries code %1, which may not appear in a Close frame. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The close reason is not valid UTF-8. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseReport</name>
    <message>
        <source>The reply carries a different code than the first Close frame; an endpoint typically echoes the code it received (RFC 6455 §5.5.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a malformed Close frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Close frame without a status code (1005)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, reason &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Close frame has crossed yet; the connection is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client closed with %1; the server has not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed with %1; the client has not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client closed with %1; the server answered with the same code: a clean close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed with %1; the client answered with the same code: a clean close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client closed with %1; the server answered with %2: a clean close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed with %1; the client answered with %2: a clean close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection ended without a Close frame from either side, so both codes read as 1006 (Abnormal closure): not a clean close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client closed with %1; the server&apos;s Close frame did not come in time, so the client dropped the connection (1006): not a clean close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed with %1; the client&apos;s Close frame did not come in time, so the server dropped the connection (1006): not a clean close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client closed with %1; the connection ended before the server answered (1006): not a clean close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed with %1; the connection ended before the client answered (1006): not a clean close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Close frame came from the client before the connection ended, so its code reads as 1006 (RFC 6455 §7.1.5, §7.4.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Close frame came from the server before the connection ended, so its code reads as 1006 (RFC 6455 §7.1.5, §7.4.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s Close frame is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s Close frame is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s Close frame carried no status code, so its code reads as 1005 (RFC 6455 §7.1.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s Close frame carried no status code, so its code reads as 1005 (RFC 6455 §7.1.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s Close frame was not seen on the wire (the wire tap was off); it is shown as the WebSocket library reported it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s Close frame was not seen on the wire (the wire tap was off); it is shown as the WebSocket library reported it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseVerdict</name>
    <message>
        <source>The server never answered our Close frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Close frame answered the server&apos;s Close frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s Close frame was malformed: %1 The connection failed with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our Close frame was malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap off: whether the server answered our Close frame, and so whether the close was clean (RFC 6455 §7.1.4), is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap off: QWebSocket answers the server&apos;s Close frame, but whether the answer crossed the wire, and so whether the close was clean (RFC 6455 §7.1.4), is unknown. The code is what QWebSocket reports; it reads an empty Close frame as 1000 and rewrites 1012-1014 to 1002.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseView</name>
    <message>
        <source>without a status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Close frame has been sent or received on this connection yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sent Close %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent Close %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1 (first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server echoed %1 after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server answered with %1 after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you echoed %1 after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you answered with %1 after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1 (echo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1 (reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent no Close frame back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Close frame was sent back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the server&apos;s Close frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the reply Close frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection dropped without a Close frame at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1 · %2 · reason &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed cleanly with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed, not cleanly, with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You closed the connection cleanly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You closed the connection, not cleanly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection cleanly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection, not cleanly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing handshake timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client: no Close frame (reads as %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: no Close frame (reads as %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(malformed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clean unknown (tap off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You closed the connection (tap off: whether cleanly is unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection (tap off: whether cleanly is unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the wire tap on, this tab would show both Close frames as they crossed the wire, which side sent first, how long the reply took, and whether the connection closed cleanly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandImportDialog</name>
    <message>
        <source>Cannot import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subprotocols: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS errors: ignored (as the command asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved messages: %n</source>
        <translation>
            <numerusform>Saved messages: %n</numerusform>
            <numerusform>Saved messages: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Command Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a wscat, websocat or curl command (for example from “Copy as cURL” in the browser&apos;s developer tools). Nothing is run; the profile editor opens with what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wscat -c wss://example.com/live -H &apos;Authorization: Bearer …&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue in Editor…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>URL password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wscat sends text messages only; copy a websocat command for a binary message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLineImporter</name>
    <message>
        <source>The command line is empty: paste a wscat, websocat or curl command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a command WsScope can read: paste a wscat, websocat or curl command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header “%1” has no “Name: value” form; left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value, and the command ends; left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not a number of seconds; left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 reads cookies from a file; a profile holds a Cookie header instead. Left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a WebSocket upgrade request has no body; left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 makes it a server; WsScope profiles connect to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an option WsScope does not know; left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a ws://, wss://, http:// or https:// URL; left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one URL is used; “%1” is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command names no ws://, wss://, http:// or https:// URL to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Repeat stopped: the connection is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not open yet: Send is available once the handshake has completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is closing: no more messages can be sent (RFC 6455 §5.5.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: connect first (Ctrl+Shift+C) to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are not saved with a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message every N ms, M times or until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send  Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Empty Binary Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Empty Text Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a message to send, or ⋯ → %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-made frames are not saved with a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat sends messages; in Frame mode each Send writes the frames once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop TCP Connection (no Close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the TCP connection now without a closing handshake, to see how the server copes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and hand-made frames are not saved with a profile; save text, JSON, hex or Base64 messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages shared by every profile, in folders, with search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tab has no message library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message library is read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and hand-made frames are not saved in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current message in the library every profile shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tab has no message library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and hand-made frames are not saved in the library; save text, JSON, hex or Base64 messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library has a message &quot;%1&quot; already. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBadge</name>
    <message>
        <source>Opened from file (read-only): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · reconnecting in %2 s (attempt %3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state and time in it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>Enter a ws:// or wss:// URL, e.g. ws://127.0.0.1:8080/echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL contains a space; encode it as %20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme must be ws:// or wss:// (not %1://; WebSocket URLs use ws, or wss for TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme must be ws:// or wss://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port must be 1–65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL needs a host, e.g. ws://127.0.0.1:8080/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket URL (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiated subprotocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ws://host:port/path or wss://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the server&apos;s certificate chain, TLS protocol and cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS details appear once the TLS handshake has completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire tap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up connecting (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the connection with 1000 Normal closure (Ctrl+Shift+C); Close… in the composer picks another code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for the server&apos;s Close frame and drop the connection (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap on (next connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap off (next connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire tap on: every byte of the handshake and every frame is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire tap off: only what Qt&apos;s WebSocket exposes is recorded; frame headers are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the URL of the running connection; disconnect to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL of the running connection (read-only until it is closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect on the next connection; this one runs with the tap on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect on the next connection; this one runs with the tap off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the pending reconnect (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage environments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read, so the environment cannot be switched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment whose variables `{{name}}` references resolve to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No environments are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment was not switched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionResolver</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subprotocol “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlFrame</name>
    <message>
        <source>The payload is %1 bytes; a control frame (ping, pong or close) carries at most %2 bytes (RFC 6455 §5.5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlFrameBar</name>
    <message>
        <source>Ping needs an open connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a ping with the payload on the left (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ping payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional ping payload, at most %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the connection with a code and reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected row&apos;s payload as text, JSON or hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected frame&apos;s header, field by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening handshake of this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentSerializer</name>
    <message>
        <source>%1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.name must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.name must be a variable name (a letter or _, then letters, digits, _, - or .).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.name: &quot;%2&quot; is defined twice in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.value must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enabled and secret must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment&apos;s name cannot start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An environment&apos;s name can be at most %n character(s) long.</source>
        <translation>
            <numerusform>An environment&apos;s name can be at most %n character long.</numerusform>
            <numerusform>An environment&apos;s name can be at most %n characters long.</numerusform>
        </translation>
    </message>
    <message>
        <source>An environment&apos;s name cannot hold control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environments file must hold one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environments were saved by a newer WsScope (schema %1; this one reads up to %2). They are shown read-only and the file is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environments must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.name: an environment named &quot;%2&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active must be the name of an environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active names &quot;%1&quot;, but there is no environment of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentStore</name>
    <message>
        <source>Cannot read the environments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environments are read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no environment &quot;%1&quot;; none is defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no environment &quot;%1&quot;; there are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; could not be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentsDialog</name>
    <message>
        <source>New environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read, so it is shown read-only: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No environments file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Globals (every environment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an environment named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no environment named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Globals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventFormatter</name>
    <message>
        <source>Handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ✓ Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ✗ Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): %1</source>
        <translation>
            <numerusform>%n error: %1</numerusform>
            <numerusform>%n errors: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handshaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire tap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed close payload (1 byte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an HTTP response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 message of %n frame(s), %2 bytes</source>
        <translation>
            <numerusform>%1 message of %n frame, %2 bytes</numerusform>
            <numerusform>%1 message of %n frames, %2 bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Handshake, sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handshake, received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expectation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clean unknown (tap off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection closed · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met: expected %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED: expected %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>── Connection %1 · %2 ──</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>injected, a violation: %1 expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>injected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delayed %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Expectation</name>
    <message>
        <source>the server closes with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message from the server matching /%1/ within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message from the server matching /%1/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server drops the TCP connection without a Close frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed with %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent a Close frame (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no matching message within %1 ms (%n message(s) came)</source>
        <translation>
            <numerusform>no matching message within %1 ms (%n message came)</numerusform>
            <numerusform>no matching message within %1 ms (%n messages came)</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection dropped without a Close frame from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent no Close frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no matching message came (%n message(s) came)</source>
        <translation>
            <numerusform>no matching message came (%n message came)</numerusform>
            <numerusform>no matching message came (%n messages came)</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection did not drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client ended the connection (no Close frame from the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server dropped the connection without a Close frame</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FragmentPlan</name>
    <message>
        <source>Between fragments goes &quot;ping&quot; or &quot;pong&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragment sizes are byte counts joined by &quot;+&quot; (e.g. 3+5+2, at most %1 of them), optionally followed by &quot;,ping&quot; or &quot;,pong&quot;; not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fragment count is a number from 1 to %1, or sizes such as 3+5+2, optionally followed by &quot;,ping&quot; or &quot;,pong&quot;; not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the sizes %1 add up to %n byte(s), but the message has %2 bytes; give sizes that add up to its length.</source>
        <translation>
            <numerusform>the sizes %1 add up to %n byte, but the message has %2 bytes; give sizes that add up to its length.</numerusform>
            <numerusform>the sizes %1 add up to %n bytes, but the message has %2 bytes; give sizes that add up to its length.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrameDecoder</name>
    <message>
        <source>The 64-bit payload length has its most significant bit set, which RFC 6455 §5.2 forbids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 frame declares a payload of %2 bytes, more than the limit of %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fragmented message would grow to %1 bytes, more than the limit of %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message would grow to %1 bytes, more than the limit of %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sent an unmasked %1 frame; RFC 6455 §5.1 requires every client frame to be masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a masked %1 frame; RFC 6455 §5.1 forbids masking frames sent by a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set on a %2 frame without a negotiated extension that defines it (RFC 6455 §5.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opcode 0x%1 (%2) is reserved; RFC 6455 §5.2 requires failing the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 frame carries %2 bytes; control frames may carry at most 125 bytes (RFC 6455 §5.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 frame has FIN cleared; control frames must not be fragmented (RFC 6455 §5.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The close frame carries 1 byte; its payload must be empty or start with a 2-byte status code (RFC 6455 §5.5.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A continuation frame arrived with no fragmented message in progress (RFC 6455 §5.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new %1 frame arrived while a fragmented message was still unfinished; only continuation and control frames may come between its fragments (RFC 6455 §5.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text message is not valid UTF-8: byte %1 of the message (0x%2) is invalid (RFC 6455 §8.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close code %1 may not be sent in a close frame (RFC 6455 §7.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The close reason is not valid UTF-8: byte %1 of the reason is invalid (RFC 6455 §5.5.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The close reason ends inside a UTF-8 sequence that starts at byte %1 of the reason (RFC 6455 §5.5.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text message ends inside a UTF-8 sequence that starts at byte %1 of the message (RFC 6455 §8.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 frame arrived after its sender&apos;s Close frame; RFC 6455 §5.5.1 forbids data frames after a Close frame.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameDissector</name>
    <message>
        <source>cut off: %1 of %2 bytes present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header bytes were given; a frame header has at least 2 bytes (RFC 6455 §5.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only 1 header byte is here; a frame header has at least 2 bytes (RFC 6455 §5.2), so the fields after the opcode are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of the %2 header bytes are here; the fields after byte %1 are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes were given but this header is %2 bytes long; the bytes after it are not part of the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (final fragment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (more fragments follow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSV%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (set; defined by a negotiated extension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (set, but no negotiated extension defines it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set without a negotiated extension that defines it; the receiver must fail the connection (RFC 6455 §5.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reserved (control frame range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reserved (data frame range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opcode %1 is reserved for future use; the receiver must fail the connection (RFC 6455 §5.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 frame has FIN 0, but control frames must not be fragmented (RFC 6455 §5.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MASK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sent this frame unmasked; every frame from client to server must be masked (RFC 6455 §5.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent this frame masked; a server must not mask the frames it sends (RFC 6455 §5.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length indicator (7 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>126: a 16-bit length follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127: a 64-bit length follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the length itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended length (16 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended length (64 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>64-bit length %1 (invalid: the most significant bit is set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 64-bit length has its most significant bit set, which RFC 6455 §5.2 forbids; the receiver must fail the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-bit length %2 (not minimal: %3 bits would do)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length %1 is written in %2 bits where %3 would do; RFC 6455 §5.2 requires the minimal number of bytes (most peers accept it anyway).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-bit length %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 frame declares %2 payload bytes; control frames carry at most %3 (RFC 6455 §5.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masking key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), masked on the wire (shown unmasked)</source>
        <translation>
            <numerusform>%n byte, masked on the wire (shown unmasked)</numerusform>
            <numerusform>%n bytes, masked on the wire (shown unmasked)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), as masked on the wire</source>
        <translation>
            <numerusform>%n byte, as masked on the wire</numerusform>
            <numerusform>%n bytes, as masked on the wire</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the %2 payload bytes the header declares are here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 payload bytes are here, more than the %2 the header declares.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameSpecClassifier</name>
    <message>
        <source>legal per RFC 6455</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 6455 %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 6455 %1, a strict server closes with %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>violation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length %1 is written in %2 bits; RFC 6455 §5.2 asks for the minimal encoding (%3 bits). Many servers accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header declares %1 payload bytes but %2 follow: the server takes the next %3 bytes of the stream as this frame&apos;s payload, or waits for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header declares %1 payload bytes but %2 follow: the server reads the last %3 bytes as the start of the next frame.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameSpecForm</name>
    <message>
        <source>Frame mode needs the wire tap: turn it on (it applies at the next connect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection runs without the wire tap: reconnect to write frames by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame payload from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame mode writes frames through the wire tap, which is off for this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tap is on for the next connection; this one runs without it. Reconnect to write frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the tap on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns the wire tap on for this tab; it applies at the next connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final fragment of a message (RFC 6455 §5.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSV%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved bit %1: must be 0 unless an extension defines it (RFC 6455 §5.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name (text, binary, continuation, close, ping, pong) or a number 0–15 (0x0–0xF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MASK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client masks every frame (RFC 6455 §5.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masking key as 8 hex digits; empty: a fresh random key for each send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masking key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload length the header declares; empty: the payload&apos;s real length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>64-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the length is encoded; a longer encoding than needed is a violation (RFC 6455 §5.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as fragments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the payload into a message of several fragments (RFC 6455 §5.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 3, or 3,ping for a ping between fragments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of equal fragments, optionally followed by ,ping or ,pong for a control frame between every two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the form with a common violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload as text (sent as UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload as hex bytes, e.g. c3 28 (any bytes, invalid UTF-8 too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload as Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen: the file&apos;s bytes become the payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload: choose a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 frame · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 frames · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ legal per RFC 6455 (all %1 frames)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ legal per RFC 6455</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Deliberate violation of RFC 6455 %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Deliberate violation of RFC 6455 %1 (a strict server closes with %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next frame goes inside a fragmented message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next frame goes after our Close frame.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameSpecParser</name>
    <message>
        <source>%1: a field is written name=value (e.g. opcode=text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the quoted value has no closing &quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: put a space after the closing &quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is 0 or 1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give one payload only (payload, payload-hex, payload-base64 or payload-file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opcode &quot;%1&quot; is not an opcode: give continuation, text, binary, close, ping, pong or a number 0-15 (0x0-0xF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mask is on or off, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key is the 4-byte masking key as 8 hex digits (e.g. key=37fa213d), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length is N, N/BITS or /BITS (BITS: 7, 16 or 64), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length: the encoding after / is 7, 16 or 64 bits, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload-file: cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload-file: &quot;%1&quot; has %2 bytes; a hand-made frame takes at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a frame field: use fin, rsv1, rsv2, rsv3, opcode, mask, key, length, payload, payload-hex, payload-base64 or payload-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key is given but mask=off: an unmasked frame has no masking key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length: %1 does not fit a %2-bit length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload-file: give the path of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload-file: &quot;%1&quot; has more than %2 bytes; a hand-made frame takes at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameSpecPresets</name>
    <message>
        <source>Reserved opcode 0x3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSV1 set without an extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmasked frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragmented ping (FIN off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid UTF-8 in a text frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuation without a start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close with a 1-byte payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close with code 1005</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close with an over-long reason (126 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameView</name>
    <message>
        <source>No frame header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a frame in the log to see its header dissected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row is not a WebSocket frame, so it has no frame header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client → server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server → client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Payload tab shows them unmasked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame header fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame header bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The header as the wire tap recorded it; %n payload byte(s) follow it.</source>
        <translation>
            <numerusform>The header as the wire tap recorded it; %n payload byte follows it.</numerusform>
            <numerusform>The header as the wire tap recorded it; %n payload bytes follow it.</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Violation: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuation frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pong frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame with reserved opcode 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wire tap was off for this connection: QWebSocket reported this ping without its frame header. Turn the tap on to see every frame as it crossed the wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wire tap was off for this connection: QWebSocket reported this pong without its frame header. Turn the tap on to see every frame as it crossed the wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wire tap was off for this connection: QWebSocket reported this Close frame without its frame header. Turn the tap on to see every frame as it crossed the wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wire tap was off for this connection: QWebSocket reported this message without its frame headers. Turn the tap on to see every frame as it crossed the wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, header %n byte(s)</source>
        <translation>
            <numerusform>%1, %2, header %n byte</numerusform>
            <numerusform>%1, %2, header %n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Handshake</name>
    <message>
        <source>The key is empty; it must be the base64 encoding of 16 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The key is %n characters long; the base64 encoding of 16 bytes is 24 characters.</source>
        <translation>
            <numerusform>The key is %n character long; the base64 encoding of 16 bytes is 24 characters.</numerusform>
            <numerusform>The key is %n characters long; the base64 encoding of 16 bytes is 24 characters.</numerusform>
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
    <name>HandshakeValidator</name>
    <message>
        <source>The server refused the upgrade: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the upgrade: %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no Upgrade header; it must be &quot;websocket&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Upgrade header is &quot;%1&quot;; it must be &quot;websocket&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no Connection header; it must contain &quot;Upgrade&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Connection header is &quot;%1&quot;; it must contain &quot;Upgrade&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has no Sec-WebSocket-Key header, so Sec-WebSocket-Accept cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no Sec-WebSocket-Accept header; expected &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has %1 Sec-WebSocket-Accept headers; exactly one is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sec-WebSocket-Accept is wrong: expected &quot;%1&quot;, received &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server uses the extension &quot;%1&quot;, which the client did not request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sec-WebSocket-Protocol header of the response is empty; it must name one subprotocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server selected %1 subprotocols (%2); it must select exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server selected the subprotocol &quot;%1&quot;, but the client offered none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server selected the subprotocol &quot;%1&quot;, which the client did not offer (offered: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 101 response says %1; a WebSocket handshake needs HTTP/1.1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandshakeView</name>
    <message>
        <source>No upgrade request recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response yet: the server has not answered the upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body: %1 bytes, as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body: %1 bytes, as hex (not UTF-8 text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(first %1 bytes kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s response to check Sec-WebSocket-Accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handshake recorded for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the upgrade with %1 %2, so there is no Sec-WebSocket-Accept to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sec-WebSocket-Accept is correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sec-WebSocket-Accept is missing from the 101 response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sec-WebSocket-Accept is wrong: the server did not compute it from our key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept check passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiated subprotocol: %1 · extensions: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the handshake:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate chain (leaf first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request (client → server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response (server → client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (upstream connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers in wire order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers in wire order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each head as it crossed the wire instead of the header tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the upgrade request as raw HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the server&apos;s response as raw HTTP (with the body of a refused upgrade)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HarExporter</name>
    <message>
        <source>Could not write the HAR file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HarImporter</name>
    <message>
        <source>entry %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry has no request object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an ISO-8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header must be an object with a name and a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “type”: “%1” is not send or receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “time” must be a number (seconds since 1970)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “opcode” must be a whole number from 0 to 15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “data” must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “data” is not valid base64 (binary messages are base64 in a HAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a HAR file: it has no “log” object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log.entries is missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the HAR holds no WebSocket connection (%n entry read, none with _webSocketMessages or a ws:// URL)</source>
        <translation>
            <numerusform>the HAR holds no WebSocket connection (%n entry read, none with _webSocketMessages or a ws:// URL)</numerusform>
            <numerusform>the HAR holds no WebSocket connection (%n entries read, none with _webSocketMessages or a ws:// URL)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HarProfileImporter</name>
    <message>
        <source>The browser offered the extension “%1”; WsScope&apos;s client offers none, so it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“_webSocketMessages” is not a list; no messages were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 of the HAR: %2; left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 of the HAR has opcode %2, not text or binary; left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more distinct sent message(s) beyond the first %1 left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This HAR has no list “log.entries”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the HAR: “%2” is not a ws://, wss://, http:// or https:// URL; no profile was made of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The HAR holds no WebSocket connection (%n entry read, none with _webSocketMessages, a ws:// URL or an Upgrade: websocket header).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n WebSocket connection(s) of the HAR has a URL a profile can use.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderRules</name>
    <message>
        <source>A header has an empty name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name: %2 is not allowed in an HTTP header name, only letters, digits and !#$%&amp;&apos;*+-.^_`|~ are (RFC 9110 §5.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of header &quot;%1&quot; contains %2, a control character that would end the header early (RFC 9110 §5.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of header &quot;%1&quot; contains %2, a control character; a header value may only hold visible characters, spaces and tabs (RFC 9110 §5.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subprotocol name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid subprotocol name: %2 is not allowed in a subprotocol name, only letters, digits and !#$%&amp;&apos;*+-.^_`|~ are (RFC 6455 §4.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is written by the WebSocket client itself (RFC 6455 §4.1); adding it would send it twice and the server could refuse the upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderTable</name>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected header as &quot;Name: value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy All Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole head as it crossed the wire: start line and every header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HexCodec</name>
    <message>
        <source>&apos;0x&apos; is not followed by hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an odd number of hex digits (%2); every byte needs two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a hex digit (0-9, a-f); bytes may be separated by spaces, new lines, &apos;:&apos;, &apos;-&apos; or &apos;,&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HexView</name>
    <message>
        <source>(no bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset, sixteen bytes in hexadecimal and the same bytes as ASCII on each line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpParser</name>
    <message>
        <source>The connection closed before any byte of the request arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed before any byte of the response arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The connection closed in the middle of the head, after %n byte(s) (in line %1).</source>
        <translation>
            <numerusform>The connection closed in the middle of the head, after %n byte (in line %1).</numerusform>
            <numerusform>The connection closed in the middle of the head, after %n bytes (in line %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection closed after %1 of %2 body bytes announced by Content-Length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed inside the chunked body at byte offset %1, before the last chunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CR at byte offset %1 is not followed by LF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head is larger than the limit of %1 bytes (byte offset %2, line %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, column %2: the control character 0x%3 is not allowed in an HTTP head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1 is empty; a request must start with a request line such as &quot;GET /path HTTP/1.1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1 is empty; a response must start with a status line such as &quot;HTTP/1.1 101 Switching Protocols&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1: &quot;%1&quot; is not an HTTP version; expected &quot;HTTP/1.1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1: %1 is not supported; the WebSocket handshake uses HTTP/1.1 (HTTP/1.0 is also read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1 is not a request line: expected &quot;GET /path HTTP/1.1&quot;, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1, column %1: &apos;%2&apos; is not allowed in a method name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1 is not a status line: expected &quot;HTTP/1.1 101 Switching Protocols&quot;, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1: &quot;%1&quot; is not a status code; it must be three digits from 100 to 599.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts with whitespace: folded header lines (obs-fold) are not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no colon; a header line is &quot;Name: value&quot;, found &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an empty header name before the colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: whitespace between the header name and the colon is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, column %2: &apos;%3&apos; is not allowed in a header name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s Transfer-Encoding does not end with &quot;chunked&quot;, so its body length is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Content-Length value &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Content-Length value &quot;%1&quot; is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Content-Length values %1 and %2 disagree, so the body length is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chunk-size line starting at byte offset %1 is longer than %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chunk data is not followed by CRLF at byte offset %1; the chunk size does not match its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chunked trailer section is larger than the limit of %1 bytes (byte offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trailer line at byte offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chunk size &quot;%1&quot; at byte offset %2 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chunk size &quot;%1&quot; at byte offset %2 is not a hexadecimal number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsomniaImporter</name>
    <message>
        <source>The query parameter “%1” is disabled in Insomnia; left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 authentication is disabled in Insomnia; left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basic authentication uses variables, and its header can only be encoded once they are known; left out (add an Authorization header by hand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 authentication has no place in a profile; left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message “%1” is %2; it is saved as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It refers to the variables %1: Insomnia&apos;s environments are not imported, so define them in a WsScope environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Insomnia export has format %1; WsScope reads format %2 (Export Data → Insomnia v4 (JSON)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Insomnia export has no list “resources”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n HTTP request(s): not WebSocket connections; skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gRPC request(s): not WebSocket connections; skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Insomnia export holds no WebSocket request (%n resource(s) read).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsomniaTemplate</name>
    <message>
        <source>“%1” is an Insomnia tag WsScope has no equivalent for; it is left as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” uses a filter or an expression WsScope cannot convert; it is left as written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonCodec</name>
    <message>
        <source>byte 0x%1, which is not valid UTF-8,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the JSON value; a JSON text holds exactly one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;:&apos; after the key; found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match the &apos;%2&apos; opened at %3; expected &apos;%4&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing comma between two members of the object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing comma between two values of the array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;%1&apos; but found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma cannot come right before &apos;}&apos; (trailing comma).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys must be in double quotes, not single quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; must be in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a key in double quotes but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is empty; JSON needs a value such as {}, [], &quot;text&quot;, 42, true or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text ends before the object opened at %1 is closed with &apos;}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text ends before the array opened at %1 is closed with &apos;]&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objects and arrays are nested deeper than %1 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma cannot come right before &apos;]&apos; (trailing comma).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value but found &apos;,&apos;; two commas in a row leave a value out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strings must be in double quotes, not single quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments are not allowed in JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number cannot start with &apos;+&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number must start with a digit, not &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value (object, array, string, number, true, false or null) but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;\u&apos; must be followed by four hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence &apos;\%1&apos;; JSON knows only %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backslash followed by %1 is not an escape sequence; JSON knows only %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line break inside a string; close the string with &apos;&quot;&apos; or write the line break as \n.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inside a string must be escaped (for example as \u%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string that starts here is not closed; a &apos;&quot;&apos; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;-&apos; must be followed by a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers cannot have leading zeros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a digit must follow the decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a digit must follow the exponent &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1 in the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be written in lower case: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a JSON value; strings need double quotes, and the only words JSON knows are true, false and null.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonEventReader</name>
    <message>
        <source>field “%1” must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “%1” must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “%1” must be a whole number from %2 to %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “%1” must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “%1” must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “%1”: “%2” is not an encoding this version knows (base64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “%1” is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “%1” must be a list of [name, value] pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “%1” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “event”: “%1” is not an event this version knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “time”: “%1” is not an ISO-8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “dir”: “%1” is not out or in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “initiator”: “%1” is not client, server or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “category”: “%1” is not an error category this version knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “state”: “%1” is not a session state this version knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “opcode”: “%1” is not an opcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “header” must be a string of hex digits or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “header”: %1 is not one whole frame header (RFC 6455 §5.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “header” has opcode %1, field “opcode” says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “message_opcode”: “%1” is not an opcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “pong_policy”: “%1” is not withheld or delayed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonTree</name>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n elements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>(root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more not shown; Pretty or Hex show them</source>
        <translation>
            <numerusform>%n more not shown; Pretty or Hex show it</numerusform>
            <numerusform>%n more not shown; Pretty or Hex show them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonlExporter</name>
    <message>
        <source>Could not write the JSONL log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonlImporter</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column 1: a JSONL line must be one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no events (no JSON line)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonlRecorder</name>
    <message>
        <source>Cannot record to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file system accepted no more data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recording stopped: cannot write %1: %2. The file keeps the %n event(s) written before.</source>
        <translation>
            <numerusform>Recording stopped: cannot write %1: %2. The file keeps the %n event written before.</numerusform>
            <numerusform>Recording stopped: cannot write %1: %2. The file keeps the %n events written before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No keychain service is running (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked or refused access (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was refused (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system&apos;s keychain is not supported (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be reached on the D-Bus session bus %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set), so no keychain service can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not remove the secret &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibrarySaveDialog</name>
    <message>
        <source>Save to Message Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of the library, or a new one such as auth/login; empty for the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is shared by every profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogFilterButton</name>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ping/pong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping and Pong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State, TLS and Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⇄ Session events (no direction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only problems (errors, refused handshakes, unclean closes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which rows to show: direction × kind, e.g. received text without pings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogRowMenu</name>
    <message>
        <source>Copy as Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as JSON (pretty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(includes %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as websocat Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as websocat Command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as wscat Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as wscat Command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect first: the message is sent on the open connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load into Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Payload to File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to Matching Request/Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row&apos;s bytes are not in the log (a file sent in fragments is not kept).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Paused · %1 new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search type, summary, text payloads and the handshake (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 evicted ·</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute time (clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative time (since the first row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames and messages you sent (↑)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames and messages the server sent (↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping, pong and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors, refused handshakes and unclean closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search with a regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rows captured while paused (Space in the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the view; capture continues (Space in the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest row in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the log view (Ctrl+L); the session&apos;s own log is kept for export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the log view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oldest rows were dropped because the log cap was reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click to switch between absolute and relative time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused — new rows wait until you resume (Space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet — connect to see the handshake and frames here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row matches this filter or search (%1 rows hidden). Choose All or clear the search to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the payload to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matching row is no longer in the view (cleared or evicted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matching row is hidden by the filter or search: choose All to see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>WsScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in test server — echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, WsScope!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local test server: %1 (running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local test server: not running — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local test server: stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the log view (in the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About WsScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;WsScope %1&lt;/h3&gt;&lt;p&gt;A desktop WebSocket test client that shows what crossed the wire: handshake, frames and the close story.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local Test Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Session &amp;Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous P&amp;ane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect / Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ose with Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Local Test Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Echo URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Echo Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Push Session (message and ping every second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open C&amp;lose Session (server closes with 4000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Slow Session (echo after 1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About WsScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a profile to open a session, or start a new one with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The local test server moved to port %1, but %n profile(s) could not follow it: %2</source>
        <translation>
            <numerusform>The local test server moved to port %1, but %n profile could not follow it: %2</numerusform>
            <numerusform>The local test server moved to port %1, but %n profiles could not follow it: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is open already; this is its tab (Shift+Enter in the list opens another).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rena&amp;me Tab…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Tab as Pro&amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Session &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Session as &amp;HAR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Session as &amp;JSONL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record to F&amp;ile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row menu: copy, resend, jump to the reply (in the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier and later sent messages (in the composer, on its first or last line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local test server refused a request (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read, so environments are read-only: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>Secrets are kept in memory only, until WsScope quits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageLibrary</name>
    <message>
        <source>A library message needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A library message&apos;s name cannot start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A library message&apos;s name cannot hold &quot;/&quot; (it separates folders).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A library message&apos;s name can be at most %n character(s) long.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A library message&apos;s name cannot hold control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder is written as names separated by &quot;/&quot;, without empty names or spaces around them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A folder can be at most %n character(s) long.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A folder cannot hold control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageLibraryPanel</name>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded &quot;%1&quot; into the composer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename library message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder &quot;%1&quot; and the %n message(s) in it? Every profile shares the library.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the message library? Every profile shares the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete from library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder (use / for a folder inside another):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder (a new one is created):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message library cannot be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is empty: save a message with the composer&apos;s ⋯ → Save to Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, folders and content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the message library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load into Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the message into the composer (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected items to a folder (or drag them onto one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageLibrarySerializer</name>
    <message>
        <source>%1.%2 must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.name must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.mode is &quot;%2&quot;; it must be one of text, json, hex, base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message library file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message library file must hold one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message library was saved by a newer WsScope (schema %1; this one reads up to %2). It is shown read-only and the file is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folders must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.name: &quot;%2&quot; is used twice at the top level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.name: &quot;%2&quot; is used twice in the folder &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageLibraryStore</name>
    <message>
        <source>at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the folder &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the message library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a message named &quot;%1&quot; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no message named &quot;%1&quot; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a folder &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder&apos;s new name cannot hold &quot;/&quot;; use Move to Folder… to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be moved into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message library is read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModeSwitchQuestion</name>
    <message>
        <source>Switch to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message cannot be converted from %1 to %2 without changing its bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch and keep the text as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadClassifier</name>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no payload bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary opcode (0x2): the bytes are shown as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Close frame payload: a 2-byte status code and a UTF-8 reason (RFC 6455 §5.5.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text frame that is not valid UTF-8 (RFC 6455 §8.1): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8, so shown as bytes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>valid UTF-8 so far, %n character(s); it starts like JSON, but the message is not complete, so it is not checked as JSON</source>
        <translation>
            <numerusform>valid UTF-8 so far, %n character; it starts like JSON, but the message is not complete, so it is not checked as JSON</numerusform>
            <numerusform>valid UTF-8 so far, %n characters; it starts like JSON, but the message is not complete, so it is not checked as JSON</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid UTF-8 so far, %n character(s) (the message is not complete)</source>
        <translation>
            <numerusform>valid UTF-8 so far, %n character (the message is not complete)</numerusform>
            <numerusform>valid UTF-8 so far, %n characters (the message is not complete)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid UTF-8, %n character(s)</source>
        <translation>
            <numerusform>valid UTF-8, %n character</numerusform>
            <numerusform>valid UTF-8, %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid UTF-8, %n character(s); it starts like JSON but is larger than %1 MiB, so it is not checked as JSON</source>
        <translation>
            <numerusform>valid UTF-8, %n character; it starts like JSON but is larger than %1 MiB, so it is not checked as JSON</numerusform>
            <numerusform>valid UTF-8, %n characters; it starts like JSON but is larger than %1 MiB, so it is not checked as JSON</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid UTF-8, %n character(s); looks like JSON but: %1</source>
        <translation>
            <numerusform>valid UTF-8, %n character; looks like JSON but: %1</numerusform>
            <numerusform>valid UTF-8, %n characters; looks like JSON but: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid JSON, an object of %n character(s)</source>
        <translation>
            <numerusform>valid JSON, an object of %n character</numerusform>
            <numerusform>valid JSON, an object of %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid JSON, an array of %n character(s)</source>
        <translation>
            <numerusform>valid JSON, an array of %n character</numerusform>
            <numerusform>valid JSON, an array of %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayloadConverter</name>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 cannot be converted to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes are not valid UTF-8, so they cannot become JSON text without changing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes are not valid UTF-8, so they cannot become text without changing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte %1 is the control character 0x%2, which the editor cannot keep as typed; stay in hex or Base64 to send these bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadEditor</name>
    <message>
        <source>Text message (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON, e.g. {&quot;op&quot;: &quot;ping&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex bytes, e.g. 48 65 6c 6c 6f or 0x48,0x65</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base64, standard or URL-safe alphabet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; files up to %3 can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text · %1 in UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ valid JSON · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ binary · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (sent as one binary message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a file here or choose one; it is sent as one binary message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a JSON value, e.g. {&quot;op&quot;: &quot;ping&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen: drop a file here or click Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a text message (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send JSON as a text message, validated as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send binary data typed as hex bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send binary data typed as Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a file as one binary message (drop a file here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent the JSON, one member per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all whitespace between JSON tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet: drop one here or click Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one frame by hand, every header field settable, legal or not (needs the wire tap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame mode sends the frames of the form, not a message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadView</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %1 of %2; the Hex view shows all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row carries no payload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row carries no payload; the Handshake tab shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row carries no payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log kept %1 of the %2 payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON, shown as text. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large for the JSON view (over %1), shown as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n line(s) of 16 bytes.</source>
        <translation>
            <numerusform>%1 in %n line of 16 bytes.</numerusform>
            <numerusform>%1 in %n lines of 16 bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid UTF-8 (%1); invalid bytes show as �.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload-%1.bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload.bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the payload as UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the payload as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every byte in hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON as a tree of members and elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON indented, one member per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON without whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse every node of the JSON tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole payload as text, hex or Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the raw payload bytes to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save payload to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines longer than %1 characters are shown in pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row in the log to see its payload here; the Frame, Handshake and Close tabs show its frame header and the connection&apos;s opening and closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand all opened the first %1 nodes; open the others one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over %1 of JSON opens as text; JSON shows it as a tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand the nodes of the JSON tree, up to %1 of them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PongPolicy</name>
    <message>
        <source>pong payload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pong policy is auto, off, delay=MS (MS from 1 to %1) or payload=TEXT, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PongPolicyButton</name>
    <message>
        <source>Pong: auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pong: withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pong: delayed %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pong: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pong policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the wire tap does with the pongs answering the server&apos;s pings (RFC 6455 §5.5.2); kept for this tab&apos;s later connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pong policy needs the wire tap: turn the tap on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer pings automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withhold pongs (test the server&apos;s ping timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text, at most 125 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay each pong by the time above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer with the payload above</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileBundle</name>
    <message>
        <source>“format” is %1, not “%2”: this is not a WsScope profile bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“schemaVersion” is missing; a profile bundle has “schemaVersion”: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“schemaVersion” must be a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was written by a newer WsScope (schema version %1; this version reads up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“profiles” is missing or not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds no profiles (“profiles” is empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 of the bundle is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 of the bundle: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 (“%2”) of the bundle: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the header “%1” was left out of the export (a secret); fill it in before connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy password was left out of the export (a secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of the URL was left out of the export (a secret).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Create “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileConflictDialog</name>
    <message>
        <source>Profile changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed on disk since WsScope loaded it, perhaps by another WsScope window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload it and drop your changes, overwrite it with your changes, or save your changes as a new profile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload it, or overwrite it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As New Profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileConnectionPage</name>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subprotocol is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ws://127.0.0.1:8080/echo or wss://example.com/chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subprotocols:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offered in this order, e.g. chat.v2, chat.v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Origin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, or e.g. https://example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handshake &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timeout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditFlow</name>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;LS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save yet (%1 tab): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Var&amp;iables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileErrorBar</name>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the profile files again after fixing them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n profile file(s) could not be loaded and were left as they are:</source>
        <translation>
            <numerusform>%n profile file could not be loaded and was left as it is:</numerusform>
            <numerusform>%n profile files could not be loaded and were left as they are:</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileExportDialog</name>
    <message>
        <source>the proxy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected profiles hold no secret values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The file will hold %1 in clear text: anyone who gets it can use them. Keep it private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out of the file (it says so): %1. Whoever imports it fills them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the profiles to write into one file. WsScope and wsscope-cli --import read it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;secrets (tokens, cookies, passwords)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileFilesFlow</name>
    <message>
        <source>Import Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles, HAR and Insomnia files (*.json *.har);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WsScope profiles (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileHeadersPage</name>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret: kept in the keychain, not in the profile file. &quot;%1&quot; shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark %1 as secret? Its value is stored in the profile file in plain text; a secret is kept in the keychain.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how secret values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileImport</name>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 MB; files larger than %3 MB are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an Insomnia v5 (YAML) collection; WsScope reads Insomnia&apos;s v4 JSON export (Export Data → Insomnia v4 (JSON)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a JSON %1, not an object: it is no profile bundle, HAR or Insomnia export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This WsScope profile file does not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a Postman collection, which WsScope does not import; export the requests as a HAR or from Insomnia instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON object has none of the members that mark a WsScope profile bundle (“format”), a HAR (“log”) or an Insomnia export (“_type”: “export”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WsScope profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insomnia export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileImportDialog</name>
    <message numerus="yes">
        <source>%n header(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From “%1” (%2), %n profile(s) will be created. Saved profiles are never replaced: a name already taken gets a number.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileNetworkPage</name>
    <message>
        <source>The longest delay is shorter than the first delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the wire with the &amp;tap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tap shows every frame header, the server&apos;s handshake response, its pings and its Close reply. Without it only what Qt reports is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct, or socks5://host:1080 or http://host:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin&amp;g every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest incoming &amp;frame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest incoming &amp;message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect when the connection drops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First dela&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest d&amp;elay:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileSerializer</name>
    <message>
        <source>%1 must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; it must be between %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile must be a JSON object ({ … }).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;schemaVersion&quot; is missing; a WsScope profile has &quot;schemaVersion&quot;: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;schemaVersion&quot; must be a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer WsScope (schema version %1; this version reads up to %2). The file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing or empty; every profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection.url &quot;%1&quot; is not a valid URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object with &quot;name&quot;, &quot;value&quot; and &quot;enabled&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection.proxy &quot;%1&quot; is not a valid URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object with &quot;name&quot;, &quot;mode&quot; and &quot;content&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.mode is &quot;%2&quot;; it must be one of text, json, hex, base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenarios must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object with &quot;name&quot; and &quot;steps&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;, %2: the scenario needs a name (a string).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: two scenarios are named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;, scenario &quot;%2&quot;: steps must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;, scenario &quot;%2&quot;, step %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>the file is %1 MiB; a profile file is at most %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is already used by %2; this file was not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deleted profile named &quot;%1&quot; to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed on disk (by another WsScope window?) since it was loaded; it was not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 to keep it as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved, but its backup %2 could not be updated: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret of the profile &quot;%1&quot; could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was saved, but one of its secrets could not be stored (it is kept for this session only): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileTlsPage</name>
    <message>
        <source>CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for wss:// URLs. Certificate and key files are PEM; the key must not be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;CA certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ignore certificate errors (each ignored error is still logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileTrash</name>
    <message>
        <source>Cannot move %1 to the trash folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 back from the trash folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileUndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the deleted profile back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileValidator</name>
    <message>
        <source>Enter a name for the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains a control character (U+%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a ws:// or wss:// URL, for example ws://127.0.0.1:8080/echo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL contains a space; encode it as %20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must start with ws:// or wss://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket URLs use ws:// (or wss:// for TLS), not %1://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme must be ws or wss, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL has no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 0 cannot be connected to; use 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WebSocket URL must not have a fragment (the part after #), RFC 6455 §3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The origin must look like https://example.com (scheme and host), or be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The origin must not have a path; use only scheme, host and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy is not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy must be socks5://host:port or http://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy URL has no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy URL needs a port, for example %1://%2:1080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot;, step %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two scenarios are named &quot;%1&quot;; give each its own name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileVariablesPage</name>
    <message>
        <source>Variables of this profile: `{{name}}` in its URL, headers and messages resolves to them first, then to the chosen environment&apos;s, then to the globals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesDock</name>
    <message>
        <source>No profiles yet. Create one with New (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open and Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in New &amp;Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from Command Line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>● Recording to %1 · %2 event(s)</source>
        <translation>
            <numerusform>● Recording to %1 · %2 event</numerusform>
            <numerusform>● Recording to %1 · %2 events</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the file; it keeps every event recorded so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatControls</name>
    <message>
        <source>Sent %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 (until stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 · stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatSender</name>
    <message>
        <source>The interval must be between %1 ms and %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count must be 0 (until stopped) or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the server is not reading as fast as we send; resuming when the send queue has drained.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeFileWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it can only be opened once, to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file system accepted no more data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was not open for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file of that name is in the way</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedMessagesBar</name>
    <message>
        <source>A saved message needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; no longer exists; the message was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a saved message named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved message named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the saved message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename saved message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete saved message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved messages of this profile; pick one to load it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save, rename or delete saved messages; send an empty message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More message actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save current message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioCompiler</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped the TCP connection without a Close frame (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs milliseconds, a whole number from 0 to %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes &quot;CODE[:REASON]&quot; with a numeric close code, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs close codes separated by commas (e.g. 1002,1007), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid regular expression: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: within takes milliseconds, a whole number from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within belongs to an expect-message step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fragment belongs to a send, send-hex or send-base64 step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fragment: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioJsonDialog</name>
    <message>
        <source>Edit Scenario as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioLibrary</name>
    <message>
        <source>There is already a scenario named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no scenario named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; no longer exists; the scenario was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>(no scenarios)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tab has no profile: its scenarios are kept only while the tab is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved with the profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the steps in order on this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenarios of this tab&apos;s profile; pick one to show its steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New, rename, duplicate or delete scenarios; edit as JSON, import or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More scenario actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport to File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Tab as Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected step (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected step down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the scenario: the steps not reached are not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario is running; stop it to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a scenario first (⋯ → New Scenario…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario is running; stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a scenario named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no scenario to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no scenario to duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no scenario to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step cannot move there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the scenario to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario files (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the scenario &quot;%1&quot; with its steps?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a scenario (⋯ → New Scenario…) and add steps to run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add steps to run the scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: a scenario runs on an open connection. Connect first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2) needs the wire tap, and this connection has none: turn the tap on in the connection bar and reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expectations met: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioParser</name>
    <message>
        <source>Cannot read the scenario &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario &quot;%1&quot; has %2 bytes; at most %3 are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scenario is a JSON array of steps, or an object with a &quot;steps&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, step %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step is an object such as {&quot;send&quot;: &quot;hello&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step has exactly one action (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within belongs to an expect-message step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fragment belongs to a send, send-hex or send-base64 step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within takes milliseconds, a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: wait takes milliseconds, a whole number from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %1 takes true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expect-close takes a close code or a list of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fragment takes a count such as 3 or sizes such as &quot;3+5+2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioRunner</name>
    <message>
        <source>The scenario has already been run; start a new run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scenario runs on an open connection: connect first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before this step finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection ended before this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: the connection is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioStepDialog</name>
    <message>
        <source>Scenario Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none; e.g. 3, 3,ping or 3+5+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fragments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The step is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  fragment=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A binary message as hex digits, e.g. 00 ff 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A binary message in Base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file sent as one binary message (read when the step runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ping with this payload (at most 125 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hand-made frame: fin, rsv1–3, opcode, mask, key, length, payload / payload-hex / payload-base64 / payload-file, e.g. fin=0 opcode=text payload=a. Needs the wire tap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto, off, delay=MS or payload=TEXT. Other than auto needs the wire tap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds to pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE[:REASON], e.g. 1000:bye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends the TCP connection without a Close frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close codes separated by commas, e.g. 1002,1007: the server closes with one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A regular expression a message from the server matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ends the TCP connection without a Close frame.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchMatcher</name>
    <message>
        <source>Invalid regular expression at position %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>A secret needs a key; none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; could not be moved to &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret was copied to &quot;%1&quot; but &quot;%2&quot; could not be removed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretsBanner</name>
    <message>
        <source>Keep in the profile file instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the message about secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain could be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets (headers marked secret, proxy passwords, secret variables) are kept in memory only and are lost when WsScope quits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep secrets in the profile file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a tab of the profile whose secrets should be kept in its file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; already keeps its secrets in its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets of the profile &quot;%1&quot; will be written into its file in plain text:
%2

Anyone who can read that file (or a backup of it) can read them. Keep them in the file?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handshaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is already %1; close it before opening it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wire tap is off: the response status and headers, frame headers (FIN, RSV, mask, fragmentation), the server&apos;s pings and our automatic pongs, and the peer&apos;s Close reply are unknown. The log shows what QWebSocket reports; its close code cannot tell 1000 from 1005 or 1006.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconstructed from the settings (tap off): the Sec-WebSocket-Key, the header order and the exact bytes are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade request sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a Close frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subprotocol: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QWebSocket rejected the handshake: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebSocket handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n certificate error(s) were ignored because the connection is set to ignore TLS errors.</source>
        <translation>
            <numerusform>Warning: %n certificate error was ignored because the connection is set to ignore TLS errors.</numerusform>
            <numerusform>Warning: %n certificate errors were ignored because the connection is set to ignore TLS errors.</numerusform>
        </translation>
    </message>
    <message>
        <source>No WebSocket handshake with %1 within %2 ms; giving up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect attempt %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting in %1 ms (attempt %2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the session is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing the connection with %1: the server violated RFC 6455.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wire tap refused our own SOCKS5 request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n foreign connection(s) to the wire tap were refused.</source>
        <translation>
            <numerusform>%n foreign connection to the wire tap was refused.</numerusform>
            <numerusform>%n foreign connections to the wire tap were refused.</numerusform>
        </translation>
    </message>
    <message>
        <source>Aborted by the user: the connection was dropped without a closing handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file is still being sent; send the next one once it is out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing frames by hand needs the wire tap; this connection runs without it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionExportJob</name>
    <message>
        <source>Secret header values were left out of this export (%1): each reads &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFileCommands</name>
    <message>
        <source>%1
Opened from file (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Session File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session files (*.har *.jsonl *.ndjson);;HAR files (*.har);;JSONL logs (*.jsonl *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the session file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Session as HAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Session as JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSONL logs (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another export is still running; try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n event(s) to %1…</source>
        <translation>
            <numerusform>Exporting %n event to %1…</numerusform>
            <numerusform>Exporting %n events to %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Session to File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handshake holds secret values (%1). Leave them out of the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out, each value reads &quot;%1&quot; in the file. Included, anyone with the file can use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave Secrets Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include Secrets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionImporter</name>
    <message>
        <source>%1 is a folder, not a session file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to open (%2 MiB; at most %3 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTab</name>
    <message>
        <source>This tab shows a session file; it has no connection. Open a new session tab to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped the TCP connection on purpose, without a Close frame (Drop TCP Connection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the scenarios of this tab: saved steps run in order, with pass/fail per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log cap (&amp;rows):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log cap (&amp;payload):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;me format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload &amp;font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a session&apos;s log holds more rows than this, the oldest rows are evicted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a session&apos;s log holds more payload than this, the oldest rows are evicted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, theme, time format and font change as you pick them; the log caps when you press OK. Cancel puts back what was there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsValidator</name>
    <message>
        <source>No URL given: enter a ws:// or wss:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL scheme is &quot;%1&quot;; WebSocket URLs start with ws:// or wss:// (RFC 6455 §3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported URL scheme &quot;%1&quot;: use ws:// or wss://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 0 is not a valid server port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket URLs must not contain a fragment (&quot;#%1&quot;), RFC 6455 §3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name and password in the URL are not sent by WebSocket clients; use an Authorization header instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both an Origin header and the Origin setting are given; use the Origin setting only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both a Sec-WebSocket-Protocol header and subprotocols are given; list the subprotocols in the subprotocol setting only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file &quot;%2&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file &quot;%2&quot; cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; contains no certificate (PEM or DER expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate file &quot;%1&quot; contains no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file &quot;%1&quot; holds no unencrypted RSA, EC or DSA private key in PEM form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported proxy scheme &quot;%1&quot;: use socks5:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy URL &quot;%1&quot; has no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy URL &quot;%1&quot; needs a port, e.g. socks5://127.0.0.1:1080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sec-WebSocket-Extensions header is sent as given, but QWebSocket implements no extensions: if the server accepts one (e.g. permessage-deflate), its compressed frames will fail the connection with 1002.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subprotocol &quot;%1&quot; is listed twice (RFC 6455 §4.1 requires unique values).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handshake timeout must be greater than 0 ms (it is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum incoming frame size must be greater than 0 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum incoming message size must be greater than 0 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ping interval cannot be negative (it is %1 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-reconnect needs at least 1 attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reconnect delays must satisfy 0 &lt;= first delay &lt;= maximum delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate &quot;%1&quot; needs its private key: choose the key file too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; needs the client certificate it belongs to: choose the certificate file too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; does not belong to the client certificate &quot;%2&quot;: its public half is not the certificate&apos;s public key, so the server would refuse the TLS handshake.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line ends with a backslash that escapes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the single quote opened here is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\x must be followed by two hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the $&apos; quote opened here is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the double quote opened here is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketErrorText</name>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 refused: nothing is listening on that port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the TCP connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name lookup failed for %1: no such host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed to open a socket to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of sockets or memory while connecting to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datagram too large for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error while talking to %1 (unreachable or reset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local address for %1 is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local address for %1 is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation not supported by this system when connecting to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A previous socket operation to %1 has not finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy requires authentication (connecting to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy refused the connection (connecting to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy closed the connection unexpectedly (connecting to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy did not answer in time (connecting to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy host was not found (connecting to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy answered with something that is not its protocol (connecting to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A socket operation to %1 was attempted in the wrong state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS library failed internally while talking to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid TLS data (certificate or key) for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary socket error with %1; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown socket error with %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Socks5Negotiation</name>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>general SOCKS server failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection not allowed by ruleset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address type not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reply code 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS version %1 is not supported (expected 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client did not offer username/password authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username/password sub-negotiation version %1 is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS request with version %1 (expected 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS address type %1 is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS command %1 is not supported (only CONNECT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SOCKS request names an empty host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong SOCKS username or password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsStrip</name>
    <message>
        <source>↑ %1 msg %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ %1 msg %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1k/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages and payload bytes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages and payload bytes received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages received per second, over the last second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages received per second, last 60 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive rate, last 60 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-trip time of the last ping answered by a pong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TabActions</name>
    <message>
        <source>Empty: named after its profile or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TapFileSender</name>
    <message>
        <source>The file could not be read after %1 of %2 bytes: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TapGate</name>
    <message>
        <source>The SOCKS5 CONNECT request did not arrive within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client closed the connection during the SOCKS5 negotiation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TapTls</name>
    <message>
        <source>The TLS handshake with %1 stalled: no answer within %2 s. Is it a plain ws:// server?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TapTunnel</name>
    <message>
        <source>subject: %1; issuer: %2; valid %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 violated RFC 6455 (close code %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n certificate error(s) of %1 were ignored because the connection is set to ignore TLS errors.</source>
        <translation>
            <numerusform>Warning: %n certificate error of %1 was ignored because the connection is set to ignore TLS errors.</numerusform>
            <numerusform>Warning: %n certificate errors of %1 were ignored because the connection is set to ignore TLS errors.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not resolve the host name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream proxy %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade request could not be parsed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s 101 response is not a valid WebSocket handshake: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the WebSocket upgrade: HTTP %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s handshake response is not valid HTTP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before its handshake response was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection without answering the upgrade request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client closed the connection before %1&apos;s handshake response was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client closed the connection before %1 answered the upgrade request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file is already being sent on this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wire tap can send a file only on an open WebSocket connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The connection was closed while a file was being sent; %n byte(s) of it had gone out.</source>
        <translation>
            <numerusform>The connection was closed while a file was being sent; %n byte of it had gone out.</numerusform>
            <numerusform>The connection was closed while a file was being sent; %n bytes of it had gone out.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection was closed before the whole file was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wire tap can write frames only on an open WebSocket connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestServer</name>
    <message>
        <source>The local test server cannot listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextCodec</name>
    <message>
        <source>the text ends in the middle of a %1-byte sequence that starts with byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes %1 %2 are an overlong encoding (a character written with more bytes than it needs), which UTF-8 forbids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes %1 %2 encode a UTF-16 surrogate (U+D800 to U+DFFF), which UTF-8 forbids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes %1 %2 encode a code point above U+10FFFF, the last one Unicode has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1 interrupts the %2-byte sequence that starts with %3 at byte offset %4; a continuation byte (0x80 to 0xBF) was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1 is a continuation byte with no lead byte before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1 can only start an overlong encoding, which UTF-8 forbids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1 never appears in UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte offset %1 (line %2, column %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (line feed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (carriage return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (NUL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (an invisible character)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>U+%1 is the first half of a UTF-16 surrogate pair without its second half; it has no UTF-8 form, and WebSocket text must be UTF-8 (RFC 6455 §5.6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U+%1 is the second half of a UTF-16 surrogate pair without its first half; it has no UTF-8 form, and WebSocket text must be UTF-8 (RFC 6455 §5.6).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeManager</name>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsErrorText</name>
    <message>
        <source>valid from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate for %1 (&quot;%2&quot;) expired on %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate for %1 (&quot;%2&quot;) is not valid before %3 (%4; it is now %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not for %1: it names only %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate for %1 (&quot;%2&quot;) is self-signed: it vouches for itself, and no trusted certificate authority issued it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate chain of %1 ends in a self-signed certificate authority that is not trusted here (&quot;%2&quot; was issued by &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate for %1 (&quot;%2&quot;) was issued by &quot;%3&quot;, a certificate authority that is not trusted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate for %1 (&quot;%2&quot;) has been revoked by its issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presented no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate for %1 failed verification: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew it on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the clock of this computer and of the server, or wait until it is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect by a name the certificate lists, or give the server a certificate for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you trust it, choose it as the CA file in the connection&apos;s TLS settings (wsscope-cli: --ca FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you trust that authority, choose its certificate as the CA file in the connection&apos;s TLS settings (wsscope-cli: --ca FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the certificate on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate verification of %1 failed. %2 %3 To connect anyway, choose &quot;Ignore certificate errors&quot; in the connection&apos;s TLS settings (wsscope-cli: --insecure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires a client certificate, and this connection presents none (TLS handshake refused: &quot;%2&quot;). Choose a client certificate and its key in the connection&apos;s TLS settings (wsscope-cli: --cert FILE --key FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the client certificate &quot;%2&quot; (TLS handshake refused: &quot;%3&quot;). Check that the server trusts the authority that issued it and that it is still valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the TLS handshake in a protocol version WsScope does not speak (&quot;%2&quot;): an old TLS 1.0 or 1.1 server, or no TLS at all (a plain ws:// server?). WsScope needs TLS 1.2 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers only an old protocol version, TLS 1.0 or 1.1 (&quot;%2&quot;), which WsScope refuses as insecure (RFC 8996). Enable TLS 1.2 or 1.3 on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariableResolver</name>
    <message>
        <source>{{%1}} is not a built-in variable; the built-ins are {{$timestamp}}, {{$isoTimestamp}}, {{$uuid}} and {{$randomInt}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable “%1” refers back to itself: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable “%1” is not defined in the chosen environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable “%1” (used by “%2”) is not defined in the chosen environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable “%1” nests more than %2 levels deep: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariablesTable</name>
    <message>
        <source>Row %1 has no name; give the variable one or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid variable name: start with a letter or _, then use letters, digits, _, - and . (names starting with $ are built-ins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable “%1” is defined twice; each name may be used once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show secret values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret values read •••• until shown; they are never written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionedJson</name>
    <message>
        <source>Not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schemaVersion must be a whole number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WireTap</name>
    <message>
        <source>The wire tap could not listen on 127.0.0.1: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>wsscope-cli: invalid Sec-WebSocket-Key &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsscope-cli: %1
Try &quot;wsscope-cli --help&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsscope-cli: warning: profile file not loaded: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <source>Desktop WebSocket test client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep profiles in DIR instead of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the saved profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsscope: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsscope: profile not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsscope: there is no profile named &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ws:// or wss:// URL to open a session for, or a HAR or JSONL session file to open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsscope: only one URL or file can be given (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsscope: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the session file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
