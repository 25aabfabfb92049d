<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AcceptFormulaView</name>
    <message>
        <source>Sec-WebSocket-Accept = base64(SHA-1(key + &quot;%1&quot;))</source>
        <translation>Sec-WebSocket-Accept = base64(SHA-1(키 + &quot;%1&quot;))</translation>
    </message>
    <message>
        <source>key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>예상 값</translation>
    </message>
    <message>
        <source>received</source>
        <translation>받은 값</translation>
    </message>
    <message>
        <source>(key not recorded)</source>
        <translation>(키가 기록되지 않음)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(알 수 없음)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>RFC 6455 section 4.2.2: the server appends the GUID to the client&apos;s Sec-WebSocket-Key, hashes it with SHA-1 and sends the Base64 of the hash.</source>
        <translation>RFC 6455 4.2.2절: 서버는 클라이언트의 Sec-WebSocket-Key에 GUID를 덧붙여 SHA-1로 해시하고, 그 해시를 Base64로 인코딩하여 보냅니다.</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Date and time (2024-05-01 12:00:01.002)</source>
        <translation>날짜와 시간 (2024-05-01 12:00:01.002)</translation>
    </message>
    <message>
        <source>Since the session opened (+3.412 s)</source>
        <translation>세션 시작 후 경과 시간 (+3.412 s)</translation>
    </message>
    <message>
        <source>Time of day (12:00:01.002)</source>
        <translation>시각 (12:00:01.002)</translation>
    </message>
</context>
<context>
    <name>Base64Codec</name>
    <message>
        <source>line %1, column %2</source>
        <translation>%1행 %2열</translation>
    </message>
    <message>
        <source>%1 is not a base64 character (A-Z, a-z, 0-9, &apos;+&apos; and &apos;/&apos;, or &apos;-&apos; and &apos;_&apos;).</source>
        <translation>%1은(는) base64 문자가 아닙니다(A-Z, a-z, 0-9, &apos;+&apos;와 &apos;/&apos;, 또는 &apos;-&apos;와 &apos;_&apos;).</translation>
    </message>
    <message>
        <source>%1 comes after the &apos;=&apos; padding at %2; padding may only end the text.</source>
        <translation>%1이(가) %2의 &apos;=&apos; 패딩 뒤에 있습니다. 패딩은 텍스트의 끝에만 올 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 belongs to the standard alphabet, but %2 at %3 belongs to the URL-safe one; use one alphabet.</source>
        <translation>%1은(는) 표준 알파벳에 속하지만 %3의 %2은(는) URL-safe 알파벳에 속합니다. 한 가지 알파벳만 사용하십시오.</translation>
    </message>
    <message>
        <source>%1 belongs to the URL-safe alphabet, but %2 at %3 belongs to the standard one; use one alphabet.</source>
        <translation>%1은(는) URL-safe 알파벳에 속하지만 %3의 %2은(는) 표준 알파벳에 속합니다. 한 가지 알파벳만 사용하십시오.</translation>
    </message>
    <message>
        <source>the last group has a single character (%1); base64 needs at least two characters for one byte, so the text is cut off or has one character too many.</source>
        <translation>마지막 그룹에 문자가 하나뿐입니다(%1). base64는 1바이트에 최소 두 문자가 필요하므로 텍스트가 잘렸거나 문자가 하나 더 있습니다.</translation>
    </message>
    <message>
        <source>unexpected &apos;=&apos; padding: the characters before it already make whole bytes.</source>
        <translation>예상치 못한 &apos;=&apos; 패딩: 앞의 문자들이 이미 온전한 바이트를 이룹니다.</translation>
    </message>
    <message>
        <source>found %1 &apos;=&apos; but the last group of %2 characters needs exactly %3.</source>
        <translation>&apos;=&apos;이(가) %1개 있지만 %2문자로 된 마지막 그룹에는 정확히 %3개가 필요합니다.</translation>
    </message>
</context>
<context>
    <name>BlockingSecrets</name>
    <message>
        <source>The keychain did not answer about &quot;%1&quot; within %2 seconds.</source>
        <translation>키체인이 %2초 안에 &quot;%1&quot;에 대해 응답하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>CliParser</name>
    <message>
        <source>%1 needs a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation>%1에는 %2 이상의 정수가 필요합니다. &quot;%3&quot;은(는) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has no colon: write it as &quot;Name: value&quot;.</source>
        <translation>%1 &quot;%2&quot;에 콜론이 없습니다. &quot;Name: value&quot; 형식으로 쓰십시오.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot read &quot;%2&quot;: %3</source>
        <translation>%1: &quot;%2&quot;을(를) 읽을 수 없습니다: %3</translation>
    </message>
    <message>
        <source>--close needs CODE[:REASON] with a numeric close code, not &quot;%1&quot;.</source>
        <translation>--close에는 숫자 닫기 코드로 된 CODE[:REASON]이 필요합니다. &quot;%1&quot;은(는) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>--proxy &quot;%1&quot;: %2</source>
        <translation>--proxy &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>give socks5://host:port or http://host:port</source>
        <translation>socks5://host:port 또는 http://host:port 형식으로 지정하십시오</translation>
    </message>
    <message>
        <source>--format must be &quot;text&quot; or &quot;jsonl&quot;, not &quot;%1&quot;.</source>
        <translation>--format은 &quot;text&quot; 또는 &quot;jsonl&quot;이어야 합니다. &quot;%1&quot;은(는) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>--har needs a file name.</source>
        <translation>--har에는 파일 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>알 수 없는 옵션 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation>%1에는 값을 지정할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 takes no value (in &quot;%2&quot;).</source>
        <translation>%1에는 값을 지정할 수 없습니다(&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1에는 값이 필요합니다.</translation>
    </message>
    <message>
        <source>Only one URL can be given; unexpected &quot;%1&quot;.</source>
        <translation>URL은 하나만 지정할 수 있습니다. 예상치 못한 &quot;%1&quot;이(가) 있습니다.</translation>
    </message>
    <message>
        <source>--profile needs the name of a saved profile (see --list-profiles).</source>
        <translation>--profile에는 저장된 프로필 이름이 필요합니다 (--list-profiles 참고).</translation>
    </message>
    <message>
        <source>--profiles-dir needs a folder.</source>
        <translation>--profiles-dir에는 폴더가 필요합니다.</translation>
    </message>
    <message>
        <source>Missing URL: give a ws:// or wss:// URL (or --profile NAME).</source>
        <translation>URL이 없습니다: ws:// 또는 wss:// URL을 주십시오 (또는 --profile 이름).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no URL: give a ws:// or wss:// URL on the command line.</source>
        <translation>프로필 &quot;%1&quot;에 URL이 없습니다: 명령줄에 ws:// 또는 wss:// URL을 주십시오.</translation>
    </message>
    <message>
        <source>warning: profile &quot;%1&quot; does not verify TLS certificates: errors are ignored (they are still logged).</source>
        <translation>경고: 프로필 &quot;%1&quot;은(는) TLS 인증서를 검증하지 않습니다: 오류를 무시합니다 (기록은 계속됩니다).</translation>
    </message>
    <message>
        <source>warning: --insecure: TLS certificate errors are ignored (they are still logged).</source>
        <translation>경고: --insecure: TLS 인증서 오류를 무시합니다 (기록은 계속됩니다).</translation>
    </message>
    <message>
        <source>With profile &quot;%1&quot;: %2</source>
        <translation>프로필 &quot;%1&quot; 사용 중: %2</translation>
    </message>
    <message>
        <source>--record needs a file name.</source>
        <translation>--record에는 파일 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>--env needs the name of an environment (or - for none).</source>
        <translation>--env에는 환경 이름이 필요합니다(환경을 쓰지 않으려면 -).</translation>
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
        <translation>사용법: wsscope-cli [OPTIONS] URL
       wsscope-cli --profile NAME [OPTIONS] [URL]
       wsscope-cli --import FILE | --export NAME... --out FILE [--profiles-dir DIR]
회선을 오간 내용을 기록하는 헤드리스 WebSocket 클라이언트입니다.

프로필(데스크톱 앱이 저장하는 프로필):
      --profile NAME          저장된 프로필 NAME으로 연결합니다. 프로필의 URL, 사용 설정된 헤더,
                              서브프로토콜, Origin, TLS, 프록시, 캡처, 제한 시간을 사용합니다.
                              여기서 지정한 URL은 프로필의 URL을 대체하고, -H와 -s는 프로필의
                              헤더와 서브프로토콜에 추가되며, --origin, --insecure, --ca,
                              --cert, --key, --proxy, --no-tap은 프로필의 값을 대체합니다.
                              프로필의 자동 다시 연결은 사용하지 않으며, --timeout은 프로필의
                              핸드셰이크 제한 시간의 상한이 됩니다.
      --profiles-dir DIR      DIR에서 프로필을 읽습니다(기본값: %1)
      --list-profiles         저장된 프로필 이름을 한 줄에 하나씩 출력하고 종료합니다
      --env NAME              {{name}} 참조를 환경 NAME으로 해석합니다(기본값: 데스크톱 앱에서
                              활성화된 환경. 사용하지 않으려면 -)
      --set NAME=VALUE        이번 실행에 쓸 변수를 정의합니다. 프로필과 환경의 변수보다
                              우선합니다(반복 가능). 참조는 URL, 헤더, 서브프로토콜, Origin,
                              프록시, --send 텍스트에서 해석됩니다
      --import FILE           FILE의 프로필을 프로필 폴더로 가져옵니다. FILE은 WsScope 프로필
                              번들, Chrome 또는 Firefox DevTools의 HAR(WebSocket 연결마다
                              프로필 하나) 또는 Insomnia v4 내보내기 파일입니다. 만든 이름을
                              하나씩 출력하고(이름이 이미 있으면 &quot;Name (2)&quot;), 옮기지 못한
                              내용은 stderr에 출력합니다. 잘못된 파일이면 종료 상태 2
      --export NAME... --out FILE [--include-secrets]
                              지정한 프로필을 번들 FILE 하나에 씁니다(0600). --include-secrets가
                              없으면 비밀 헤더 값과 비밀번호는 제외합니다(제외한 항목은 파일에
                              기록됨). 알 수 없는 이름이면 종료 상태 2

연결:
  -H, --header &quot;Name: value&quot;  추가 요청 헤더(반복 가능)
  -s, --subprotocol NAME      서브프로토콜 제안(반복 가능, 선호하는 순서대로)
      --origin ORIGIN         Origin 헤더 전송
      --timeout MS            전체 제한 시간(기본값 10000). 지나면 종료 상태 4로 끝납니다
      --insecure              잘못된 TLS 인증서 허용(경고 표시, 오류는 계속 기록됨)
      --ca FILE               추가 CA 인증서(PEM)
      --cert FILE, --key FILE 클라이언트 인증서와 암호화되지 않은 키(PEM)
      --proxy URL             업스트림 프록시: socks5://[user:pass@]host:port 또는 http://host:port
      --no-tap                QWebSocket만 사용: 와이어 캡처 없음(프레임 헤더를 알 수 없음)

스크립트(연결이 열리면 명령줄 순서대로 실행):
      --send TEXT             텍스트 메시지 전송
      --send-hex HEX          바이너리 메시지 전송(&quot;48 65 6c&quot;, &quot;0x48,0x65&quot;, &quot;48:65&quot;)
      --send-base64 B64       바이너리 메시지 전송
      --send-file PATH        파일의 바이트를 바이너리 메시지로 전송
      --ping [PAYLOAD]        ping 전송. 다음 인수가 &apos;-&apos; 또는 ws:// / wss://로 시작하지 않으면
                              그 인수가 페이로드입니다(명시하려면 --ping=PAYLOAD 사용)

서버 테스트(와이어 캡처가 QWebSocket의 프레임 사이에 이 프레임들을 직접 씁니다):
      --send-frame SPEC       SPEC에 적힌 대로 프레임 하나를 씁니다(규격에 맞든 아니든). 예:
                              &quot;fin=0 opcode=text payload=frag-one&quot; 또는
                              &quot;opcode=0x3 mask=off payload-hex=00ff&quot;. 필드: fin rsv1 rsv2
                              rsv3 (0/1), opcode(이름 또는 0-15), mask(on/off), key(16진수
                              8자리), length(N, N/BITS 또는 /BITS. BITS는 7, 16 또는 64), 그리고
                              payload, payload-hex, payload-base64, payload-file 중 하나.
                              주입한 프레임은 각각 주입됨으로 표시되어 RFC 6455 판정과 함께
                              기록됩니다
      --fragment N[,ping|,pong], --fragment S1+S2+...[,ping|,pong]
                              다음 --send, --send-hex 또는 --send-base64를 같은 크기의 조각
                              N개로, 또는 정확히 S1, S2, ... 바이트의 조각으로 나누어 보내고
                              (크기의 합은 메시지 길이와 같아야 함), 조각 사이마다 ping 또는
                              pong을 넣습니다
      --pong auto|off|delay=MS|payload=TEXT
                              이 지점부터 QWebSocket의 자동 pong을 그대로 내보내거나, 보류하거나,
                              각각 MS ms씩 지연하거나, 대신 TEXT로 응답합니다(각각 보류됨/지연됨으로
                              기록되며, 캡처가 직접 보낸 pong은 주입됨으로 기록됨)
      --drop                  Close 프레임 없이 TCP 연결 끊기
      --wait MS               스크립트를 MS ms 동안 일시 중지
      --scenario FILE         FILE의 단계를 이 위치에서 실행합니다. FILE은 다음과 같은 JSON 배열:
                              [{&quot;send-frame&quot;: &quot;opcode=0x3&quot;}, {&quot;wait&quot;: 500},
                              {&quot;send&quot;: &quot;hi&quot;, &quot;fragment&quot;: &quot;3,ping&quot;}, {&quot;expect-close&quot;: [1002]}]
                              (단계: 이 섹션의 옵션에서 --를 뺀 것, send, send-hex,
                              send-base64, send-file, ping, close &quot;CODE[:REASON]&quot;)
      --scenario-name NAME    --profile에 저장된 시나리오 NAME을 이 위치에서 실행(프로필에 그
                              이름의 시나리오가 없으면 종료 상태 2)
      --expect-close CODE[,CODE...]
                              서버가 이 코드 중 하나로 닫을 것을 기대
      --expect-message REGEX [--within MS]
                              REGEX와 일치하는 메시지가 서버에서 올 것을 기대(스크립트의 이
                              지점부터 MS ms 안에)
      --expect-drop           서버가 Close 프레임 없이 연결을 끊을 것을 기대
                              기대 조건이 있으면 서버를 기다리며(--timeout까지), 종료 상태는
                              기대 조건의 결과를 따릅니다: 0 모두 충족, 5 하나라도 실패(각각
                              기대 조건 이벤트로 기록)

그다음:
      --wait-messages N       데이터 메시지를 N개 받을 때까지 대기
      --idle MS               받은 프레임 없이 MS ms가 지나면 종료
                              (둘 다 없으면: 전송 후 500 ms 동안 아무것도 오지 않으면 종료.
                              응답을 위한 짧은 유예 시간)
      --close CODE[:REASON]   이 코드와 사유로 닫은 뒤(기본값 1000) 서버의 Close 응답을
                              기다림

출력:
      --format text|jsonl     기본값: 터미널이면 text, 아니면 jsonl(이벤트마다 JSON 객체
                              하나: seq, time, event, dir, ...)
                              text: 이벤트마다 한 줄(시간, 화살표, 종류, 길이, 요약),
                              프레임마다 한 줄
      --flush                 모든 줄을 즉시 쓰고 플러시(터미널에서는 기본값). 아니면 한 번에
                              몰려온 줄들을 함께 출력
      --har FILE              세션을 HAR 1.2로도 기록(_webSocketMessages. 오류, 상태 변화,
                              닫기 기록은 _wsscopeEvents에)
      --record FILE           모든 이벤트를 기록되는 즉시 JSONL 한 줄로 FILE에도 씀
                              (--format과 관계없음. 파일이 커지는 동안에도 읽을 수 있음)
      --include-secrets       자격 증명 헤더 값(Authorization, Cookie, *-Token, *-Key,
                              비밀로 표시한 헤더)을 JSONL 출력, --har, --record에 그대로 둠.
                              없으면 &quot;&lt;secret, not exported&gt;&quot;로 표시됨
      --summary               마지막에 stderr로 한 줄 출력: 개수, 바이트, 속도, 닫기
      --accept-for KEY        KEY에 대한 Sec-WebSocket-Accept 값을 출력하고 종료
  -h, --help                  이 도움말 표시
  -v, --version               버전 표시

종료 상태: 0 어느 쪽이든 1000/1001로 닫힘. 1 그 밖의 닫기 코드 또는 비정상 종료(1006).
2 사용법 오류, 알 수 없는 프로필 또는 불러올 수 없는 프로필 파일(아무것도 보내지 않음).
3 연결할 수 없음, 핸드셰이크 거부 또는 잘못된 핸드셰이크. 4 시간 초과. 5 기대 조건 실패,
또는 실행이 어떻게 끝났든 --har 파일을 쓸 수 없었음(예: 디스크가 가득 참. 불완전한 파일은
남기지 않음), 또는 --record 파일을 쓸 수 없었음(그전에 쓴 온전한 줄은 모두 남아 있음).
</translation>
    </message>
</context>
<context>
    <name>CliProfileFiles</name>
    <message>
        <source>--import needs a file: a profile bundle, a HAR or an Insomnia export.</source>
        <translation>--import에는 파일이 필요합니다: 프로필 번들, HAR 또는 Insomnia 내보내기 파일.</translation>
    </message>
    <message>
        <source>--export needs the name of a saved profile (see --list-profiles).</source>
        <translation>--export에는 저장된 프로필 이름이 필요합니다 (--list-profiles 참고).</translation>
    </message>
    <message>
        <source>--out needs a file name.</source>
        <translation>--out에는 파일 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>--import and --export cannot be combined: run wsscope-cli once for each.</source>
        <translation>--import와 --export는 함께 쓸 수 없습니다. 각각 wsscope-cli를 따로 실행하십시오.</translation>
    </message>
    <message>
        <source>--out and --include-secrets belong to --export, not to --import.</source>
        <translation>--out과 --include-secrets는 --import가 아니라 --export의 옵션입니다.</translation>
    </message>
    <message>
        <source>--import takes one file; unexpected &quot;%1&quot;.</source>
        <translation>--import에는 파일을 하나만 지정할 수 있습니다. 예상치 못한 &quot;%1&quot;이(가) 있습니다.</translation>
    </message>
    <message>
        <source>--export needs --out FILE: the file to write the profiles into.</source>
        <translation>--export에는 --out FILE(프로필을 쓸 파일)이 필요합니다.</translation>
    </message>
    <message>
        <source>wsscope-cli: cannot import &quot;%1&quot;: %2</source>
        <translation>wsscope-cli: &quot;%1&quot;을(를) 가져올 수 없습니다: %2</translation>
    </message>
    <message>
        <source>wsscope-cli: warning: profile file not loaded: %1</source>
        <translation>wsscope-cli: 경고: 프로필 파일을 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>wsscope-cli: skipped: %1</source>
        <translation>wsscope-cli: 건너뜀: %1</translation>
    </message>
    <message>
        <source>wsscope-cli: %1: not imported: %2</source>
        <translation>wsscope-cli: %1: 가져오지 않음: %2</translation>
    </message>
    <message>
        <source>wsscope-cli: warning: no keychain (%1): the secret values of %2 were not kept; import the file in the desktop app, or enter them again.</source>
        <translation>wsscope-cli: 경고: 키체인이 없습니다(%1). %2의 비밀 값은 보존되지 않았습니다. 데스크톱 앱에서 파일을 가져오거나 값을 다시 입력하십시오.</translation>
    </message>
    <message>
        <source>wsscope-cli: left out of the file (secrets; --include-secrets keeps them): %1</source>
        <translation>wsscope-cli: 파일에서 제외됨(비밀 값. --include-secrets를 지정하면 포함됨): %1</translation>
    </message>
    <message>
        <source>wsscope-cli: warning: %1 includes secrets (tokens, passwords); keep it private.</source>
        <translation>wsscope-cli: 경고: %1에는 비밀 값(토큰, 비밀번호)이 들어 있습니다. 다른 사람에게 공개하지 마십시오.</translation>
    </message>
    <message>
        <source>--out needs --export NAME.</source>
        <translation>--out에는 --export NAME이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>CliProfileLoader</name>
    <message>
        <source>There is no profile named &quot;%1&quot;: the profiles folder %2 does not exist (see --profiles-dir).</source>
        <translation>&quot;%1&quot; 프로필이 없습니다: 프로필 폴더 %2이(가) 존재하지 않습니다 (--profiles-dir 참고).</translation>
    </message>
    <message>
        <source>The profile file of &quot;%1&quot; does not load; repair it or save the profile again:
  %2</source>
        <translation>&quot;%1&quot;의 프로필 파일을 읽을 수 없습니다. 파일을 고치거나 프로필을 다시 저장하십시오:
  %2</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; in %2.</source>
        <translation>%2에 &quot;%1&quot; 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>%1을(를) 찾으셨습니까?</translation>
    </message>
    <message>
        <source>No profile is saved there.</source>
        <translation>그곳에 저장된 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>Saved profiles: %1.</source>
        <translation>저장된 프로필: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Saved profiles: %1 and %n more (see --list-profiles).</source>
        <translation>
            <numerusform>저장된 프로필: %1 외 %n개 (--list-profiles 참고).</numerusform>
        </translation>
    </message>
    <message>
        <source>These profile files did not load; one of them may hold it:</source>
        <translation>다음 프로필 파일을 읽지 못했습니다. 그중 하나에 있을 수 있습니다:</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Timed out after %1 ms.</source>
        <translation>%1 ms 후 시간이 초과되었습니다.</translation>
    </message>
    <message>
        <source>Handshake refused: %1 %2</source>
        <translation>핸드셰이크 거부: %1 %2</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>연결할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Could not connect.</source>
        <translation>연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>Connection closed with %1.</source>
        <translation>%1(으)로 연결이 닫혔습니다.</translation>
    </message>
    <message>
        <source>no close</source>
        <translation>닫기 없음</translation>
    </message>
    <message>
        <source>by the client</source>
        <translation>클라이언트가 닫음</translation>
    </message>
    <message>
        <source>by the server</source>
        <translation>서버가 닫음</translation>
    </message>
    <message>
        <source>by neither side</source>
        <translation>어느 쪽도 닫지 않음</translation>
    </message>
    <message>
        <source>close %1 %2, %3</source>
        <translation>닫기 %1, %2, %3</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>정상 종료</translation>
    </message>
    <message>
        <source>not clean</source>
        <translation>비정상 종료</translation>
    </message>
    <message>
        <source>summary: sent %1 messages (%2), received %3 messages (%4)</source>
        <translation>요약: 보낸 메시지 %1개(%2), 받은 메시지 %3개(%4)</translation>
    </message>
    <message>
        <source>, %1 frames</source>
        <translation>, 프레임 %1개</translation>
    </message>
    <message>
        <source>, open %1 s, %2 messages/s, %3</source>
        <translation>, 연결 시간 %1 s, 초당 메시지 %2개, %3</translation>
    </message>
    <message>
        <source>Interrupted: closing the connection (press Ctrl+C again to drop it).</source>
        <translation>중단됨: 연결을 닫는 중입니다 (즉시 끊으려면 Ctrl+C를 한 번 더 누르십시오).</translation>
    </message>
    <message>
        <source>Interrupted: dropping the connection.</source>
        <translation>중단됨: 연결을 즉시 끊습니다.</translation>
    </message>
    <message>
        <source>Interrupted by the user (Ctrl+C): the connection was dropped without a closing handshake.</source>
        <translation>사용자가 중단함(Ctrl+C): 닫기 핸드셰이크 없이 연결을 끊었습니다.</translation>
    </message>
    <message>
        <source>clean unknown (tap off)</source>
        <translation>정상 종료 여부 알 수 없음(캡처 꺼짐)</translation>
    </message>
    <message>
        <source>--send-file: %1</source>
        <translation>--send-file: %1</translation>
    </message>
    <message>
        <source>expectation failed: expected %1; %2.</source>
        <translation>기대 조건 실패: 예상은 %1, 결과는 %2.</translation>
    </message>
    <message>
        <source>injected %1 frame: %2</source>
        <translation>%1 프레임 주입: %2</translation>
    </message>
    <message>
        <source>warning: injected %1 frame: %2</source>
        <translation>경고: %1 프레임 주입: %2</translation>
    </message>
</context>
<context>
    <name>CliVariables</name>
    <message>
        <source>--set &quot;%1&quot;: give name=value, e.g. --set host=127.0.0.1.</source>
        <translation>--set &quot;%1&quot;: name=value 형식으로 지정하십시오(예: --set host=127.0.0.1).</translation>
    </message>
    <message>
        <source>--set &quot;%1&quot;: &quot;%2&quot; is not a variable name (a letter or _, then letters, digits, _, - or .).</source>
        <translation>--set &quot;%1&quot;: &quot;%2&quot;은(는) 변수 이름이 아닙니다(문자 또는 _로 시작하고, 그 뒤에는 문자, 숫자, _, - 또는 .).</translation>
    </message>
    <message>
        <source>--env %1: %2</source>
        <translation>--env %1: %2</translation>
    </message>
    <message>
        <source>warning: the environments file does not load (%1); only the profile&apos;s and --set variables are used.</source>
        <translation>경고: 환경 파일을 읽을 수 없습니다(%1). 프로필의 변수와 --set 변수만 사용합니다.</translation>
    </message>
    <message>
        <source>--env: %1</source>
        <translation>--env: %1</translation>
    </message>
    <message>
        <source>--send &quot;%1&quot;: %2</source>
        <translation>--send &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>CliWorkbench</name>
    <message>
        <source>%1 applies to the next --send, --send-hex or --send-base64, not to %2.</source>
        <translation>%1은(는) %2이(가) 아니라 다음 --send, --send-hex 또는 --send-base64에 적용됩니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is given twice before a --send.</source>
        <translation>--send 전에 %1이(가) 두 번 지정되었습니다.</translation>
    </message>
    <message>
        <source>%1 needs a whole number of milliseconds of at least 1, not &quot;%2&quot;.</source>
        <translation>%1에는 1 이상의 정수로 된 밀리초가 필요합니다. &quot;%2&quot;은(는) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 follows an --expect-message.</source>
        <translation>%1은(는) --expect-message 바로 뒤에 와야 합니다.</translation>
    </message>
    <message>
        <source>%1 applies to the next --send, --send-hex or --send-base64, not to --%2.</source>
        <translation>%1은(는) --%2이(가) 아니라 다음 --send, --send-hex 또는 --send-base64에 적용됩니다.</translation>
    </message>
    <message>
        <source>%1 needs a --send, --send-hex or --send-base64 after it.</source>
        <translation>%1 뒤에는 --send, --send-hex 또는 --send-base64가 와야 합니다.</translation>
    </message>
    <message>
        <source>--send-frame and --fragment need the wire tap: the tap writes those frames itself; remove --no-tap.</source>
        <translation>--send-frame과 --fragment에는 와이어 캡처가 필요합니다. 이 프레임들은 캡처가 직접 쓰기 때문입니다. --no-tap을 빼십시오.</translation>
    </message>
    <message>
        <source>--pong needs the wire tap: it keeps QWebSocket&apos;s pongs back; remove --no-tap.</source>
        <translation>--pong에는 와이어 캡처가 필요합니다. QWebSocket의 pong을 붙잡아 두는 것이 캡처이기 때문입니다. --no-tap을 빼십시오.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 needs the name of a scenario saved with the --profile.</source>
        <translation>%1에는 --profile로 지정한 프로필에 저장된 시나리오 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>it has no saved scenarios.</source>
        <translation>저장된 시나리오가 없습니다.</translation>
    </message>
    <message>
        <source>its scenarios are %1.</source>
        <translation>저장된 시나리오는 %1입니다.</translation>
    </message>
    <message>
        <source>%1: profile &quot;%2&quot; has no scenario named &quot;%3&quot;; %4</source>
        <translation>%1: 프로필 &quot;%2&quot;에 이름이 &quot;%3&quot;인 시나리오가 없습니다. %4</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;, step %3: %4</source>
        <translation>%1 &quot;%2&quot;, 단계 %3: %4</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; runs a scenario saved with a profile: give --profile NAME too.</source>
        <translation>%1 &quot;%2&quot;은(는) 프로필에 저장된 시나리오를 실행합니다. --profile NAME도 지정하십시오.</translation>
    </message>
    <message>
        <source>%1 %2: step %3: %4</source>
        <translation>%1 %2: 단계 %3: %4</translation>
    </message>
</context>
<context>
    <name>CloseCodes</name>
    <message>
        <source>Normal closure</source>
        <translation>정상 종료</translation>
    </message>
    <message>
        <source>Going away</source>
        <translation>떠남</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>프로토콜 오류</translation>
    </message>
    <message>
        <source>Unsupported data</source>
        <translation>지원하지 않는 데이터</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>예약됨</translation>
    </message>
    <message>
        <source>No status received</source>
        <translation>상태 코드 없음</translation>
    </message>
    <message>
        <source>Abnormal closure</source>
        <translation>비정상 종료</translation>
    </message>
    <message>
        <source>Invalid frame payload data</source>
        <translation>잘못된 프레임 페이로드 데이터</translation>
    </message>
    <message>
        <source>Policy violation</source>
        <translation>정책 위반</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>메시지가 너무 큼</translation>
    </message>
    <message>
        <source>Mandatory extension</source>
        <translation>필수 확장</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>내부 오류</translation>
    </message>
    <message>
        <source>Service restart</source>
        <translation>서비스 재시작</translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation>나중에 다시 시도</translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <translation>잘못된 게이트웨이</translation>
    </message>
    <message>
        <source>TLS handshake failure</source>
        <translation>TLS 핸드셰이크 실패</translation>
    </message>
    <message>
        <source>Unassigned (reserved for the protocol)</source>
        <translation>미할당(프로토콜용으로 예약됨)</translation>
    </message>
    <message>
        <source>Registered (IANA)</source>
        <translation>등록됨(IANA)</translation>
    </message>
    <message>
        <source>Private use</source>
        <translation>개인 용도</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>잘못됨</translation>
    </message>
    <message>
        <source>The connection did what it was for and is being closed on purpose.</source>
        <translation>연결이 목적을 다해 의도적으로 닫히는 중입니다.</translation>
    </message>
    <message>
        <source>The endpoint is going away, for example a server shutting down or a browser leaving the page.</source>
        <translation>엔드포인트가 떠나는 중입니다. 예를 들어 서버가 종료되거나 브라우저가 페이지를 벗어나는 경우입니다.</translation>
    </message>
    <message>
        <source>The endpoint received something that breaks the WebSocket protocol.</source>
        <translation>엔드포인트가 WebSocket 프로토콜을 위반하는 데이터를 받았습니다.</translation>
    </message>
    <message>
        <source>The endpoint received a kind of data it cannot accept, for example binary data when it only understands text.</source>
        <translation>엔드포인트가 받아들일 수 없는 종류의 데이터를 받았습니다. 예를 들어 텍스트만 이해하는데 바이너리 데이터를 받은 경우입니다.</translation>
    </message>
    <message>
        <source>Reserved by RFC 6455 without a meaning; it must not be sent.</source>
        <translation>RFC 6455가 의미 없이 예약한 코드입니다. 보내서는 안 됩니다.</translation>
    </message>
    <message>
        <source>The Close frame carried no status code; only used to report that, never sent.</source>
        <translation>Close 프레임에 상태 코드가 없었습니다. 이를 알리는 용도로만 쓰이며 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>The connection ended without a Close frame; only used to report that, never sent.</source>
        <translation>Close 프레임 없이 연결이 끝났습니다. 이를 알리는 용도로만 쓰이며 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>A message held data that does not match its type, for example text that is not valid UTF-8.</source>
        <translation>메시지의 데이터가 유형과 맞지 않습니다. 예를 들어 텍스트가 올바른 UTF-8이 아닌 경우입니다.</translation>
    </message>
    <message>
        <source>A message broke the endpoint&apos;s rules; the generic code when no more specific one fits.</source>
        <translation>메시지가 엔드포인트의 규칙을 위반했습니다. 더 구체적인 코드가 없을 때 쓰는 일반 코드입니다.</translation>
    </message>
    <message>
        <source>A message was too big for the endpoint to process.</source>
        <translation>메시지가 너무 커서 엔드포인트가 처리할 수 없습니다.</translation>
    </message>
    <message>
        <source>The client needed an extension that the server did not agree to in the handshake.</source>
        <translation>클라이언트에 필요한 확장을 서버가 핸드셰이크에서 수락하지 않았습니다.</translation>
    </message>
    <message>
        <source>The server ran into an unexpected problem that kept it from handling the request.</source>
        <translation>서버에서 예기치 않은 문제가 발생하여 요청을 처리하지 못했습니다.</translation>
    </message>
    <message>
        <source>The server is restarting; the client may reconnect after a short wait.</source>
        <translation>서버가 재시작하는 중입니다. 클라이언트는 잠시 후 다시 연결할 수 있습니다.</translation>
    </message>
    <message>
        <source>The server is overloaded or busy; the client may try again later.</source>
        <translation>서버가 과부하 상태이거나 사용 중입니다. 클라이언트는 나중에 다시 시도할 수 있습니다.</translation>
    </message>
    <message>
        <source>The server, acting as a gateway or proxy, got an invalid response from the server behind it.</source>
        <translation>게이트웨이 또는 프록시 역할을 하는 서버가 뒤쪽 서버로부터 잘못된 응답을 받았습니다.</translation>
    </message>
    <message>
        <source>The TLS handshake failed, for example because the certificate could not be verified; only used to report that, never sent.</source>
        <translation>TLS 핸드셰이크가 실패했습니다. 예를 들어 인증서를 검증할 수 없는 경우입니다. 이를 알리는 용도로만 쓰이며 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>Reserved for future versions of the WebSocket protocol; nothing uses it yet.</source>
        <translation>WebSocket 프로토콜의 향후 버전을 위해 예약되어 있습니다. 아직 사용하는 곳이 없습니다.</translation>
    </message>
    <message>
        <source>For libraries, frameworks and applications, registered with IANA.</source>
        <translation>IANA에 등록된 라이브러리, 프레임워크 및 애플리케이션용입니다.</translation>
    </message>
    <message>
        <source>For private use, by agreement between the client and the server of one application.</source>
        <translation>한 애플리케이션의 클라이언트와 서버 간 합의에 따른 개인 용도입니다.</translation>
    </message>
    <message>
        <source>Not a close code: codes below 1000 and above 4999 are never used.</source>
        <translation>닫기 코드가 아닙니다. 1000 미만과 4999 초과 코드는 사용되지 않습니다.</translation>
    </message>
    <message>
        <source>1004 is reserved by RFC 6455 (section 7.4.1) and has no meaning; it must not be sent.</source>
        <translation>1004는 RFC 6455(7.4.1절)에서 예약되었으며 의미가 없습니다. 보내서는 안 됩니다.</translation>
    </message>
    <message>
        <source>%1 (%2) only reports what happened locally; RFC 6455 (section 7.4.1) forbids sending it in a Close frame.</source>
        <translation>%1(%2)은(는) 로컬에서 발생한 일을 알리는 용도로만 쓰입니다. RFC 6455(7.4.1절)는 이 코드를 Close 프레임에 담아 보내는 것을 금지합니다.</translation>
    </message>
    <message>
        <source>%1 is not assigned: codes 1016 to 2999 are reserved for future versions of the protocol (RFC 6455, section 7.4.2).</source>
        <translation>%1은(는) 할당되지 않았습니다. 1016~2999 코드는 프로토콜의 향후 버전을 위해 예약되어 있습니다(RFC 6455, 7.4.2절).</translation>
    </message>
    <message>
        <source>%1 is not a close code: codes below 1000 are never used (RFC 6455, section 7.4.2).</source>
        <translation>%1은(는) 닫기 코드가 아닙니다. 1000 미만 코드는 사용되지 않습니다(RFC 6455, 7.4.2절).</translation>
    </message>
    <message>
        <source>%1 is not a close code: the highest close code is 4999 (RFC 6455, section 7.4.2).</source>
        <translation>%1은(는) 닫기 코드가 아닙니다. 가장 큰 닫기 코드는 4999입니다(RFC 6455, 7.4.2절).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The close reason cannot be written as UTF-8. %1</source>
        <translation>닫기 사유를 UTF-8로 쓸 수 없습니다. %1</translation>
    </message>
    <message>
        <source>The reason is %1 bytes in UTF-8, %2 over the limit: a Close frame has room for at most %3 (125 bytes minus the 2-byte code, RFC 6455 section 5.5).</source>
        <translation>사유가 UTF-8로 %1바이트로, 한도를 %2바이트 초과합니다. Close 프레임에는 최대 %3바이트까지 담을 수 있습니다(125바이트에서 2바이트 코드를 뺀 값, RFC 6455 5.5절).</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Custom code…</source>
        <translation>사용자 지정 코드…</translation>
    </message>
    <message>
        <source>Any code; 3000–4999 are for libraries, frameworks and applications (RFC 6455 §7.4.2)</source>
        <translation>임의의 코드. 3000–4999는 라이브러리, 프레임워크, 애플리케이션용입니다(RFC 6455 §7.4.2)</translation>
    </message>
    <message>
        <source>%1 / %2 bytes</source>
        <translation>%1 / %2바이트</translation>
    </message>
    <message>
        <source>Enter a close code, e.g. 4000 (3000–4999 are free for applications).</source>
        <translation>닫기 코드를 입력하십시오. 예: 4000(3000–4999는 애플리케이션이 자유롭게 사용 가능).</translation>
    </message>
    <message>
        <source>%1 does not fit in a close code (2 bytes, at most 65535).</source>
        <translation>%1은(는) 닫기 코드(2바이트, 최대 65535)에 들어가지 않습니다.</translation>
    </message>
    <message>
        <source>Close the connection</source>
        <translation>연결 닫기</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>코드(&amp;C):</translation>
    </message>
    <message>
        <source>C&amp;ustom:</source>
        <translation>사용자 지정(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>사유(&amp;R):</translation>
    </message>
    <message>
        <source>4000</source>
        <translation>4000</translation>
    </message>
    <message>
        <source>Custom close code</source>
        <translation>사용자 지정 닫기 코드</translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation>닫기 사유</translation>
    </message>
    <message>
        <source>UTF-8 bytes of the reason; a Close frame has room for %1</source>
        <translation>사유의 UTF-8 바이트 수. Close 프레임에는 %1바이트까지 담을 수 있습니다</translation>
    </message>
    <message>
        <source>Send Close</source>
        <translation>Close 프레임 전송</translation>
    </message>
    <message>
        <source>optional, at most %1 bytes</source>
        <translation>선택 사항, 최대 %1바이트</translation>
    </message>
</context>
<context>
    <name>ClosePayload</name>
    <message>
        <source>The Close frame carries 1 byte (0x%1); a status code needs 2 bytes (RFC 6455, section 5.5.1).</source>
        <translation>Close 프레임에 1바이트(0x%1)가 들어 있습니다. 상태 코드에는 2바이트가 필요합니다(RFC 6455, 5.5.1절).</translation>
    </message>
    <message>
        <source>The Close frame carries %1 bytes; control frames carry at most %2 (RFC 6455, section 5.5).</source>
        <translation>Close 프레임에 %1바이트가 들어 있습니다. 제어 프레임에는 최대 %2바이트까지 담을 수 있습니다(RFC 6455, 5.5절).</translation>
    </message>
    <message>
        <source>The Close frame carries code %1, which may not appear in a Close frame. %2</source>
        <translation>Close 프레임에 코드 %1이(가) 들어 있지만 이 코드는 Close 프레임에 나타날 수 없습니다. %2</translation>
    </message>
    <message>
        <source>The close reason is not valid UTF-8. %1</source>
        <translation>닫기 사유가 올바른 UTF-8이 아닙니다. %1</translation>
    </message>
</context>
<context>
    <name>CloseReport</name>
    <message>
        <source>The reply carries a different code than the first Close frame; an endpoint typically echoes the code it received (RFC 6455 §5.5.1).</source>
        <translation>응답에 담긴 코드가 최초 Close 프레임의 코드와 다릅니다. 엔드포인트는 보통 받은 코드를 그대로 에코합니다(RFC 6455 §5.5.1).</translation>
    </message>
    <message>
        <source>a malformed Close frame</source>
        <translation>잘못된 형식의 Close 프레임</translation>
    </message>
    <message>
        <source>a Close frame without a status code (1005)</source>
        <translation>상태 코드가 없는 Close 프레임(1005)</translation>
    </message>
    <message>
        <source>%1, reason &quot;%2&quot;</source>
        <translation>%1, 사유 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>No Close frame has crossed yet; the connection is open.</source>
        <translation>아직 오간 Close 프레임이 없습니다. 연결이 열려 있습니다.</translation>
    </message>
    <message>
        <source>The client closed with %1; the server has not answered yet.</source>
        <translation>클라이언트가 %1(으)로 닫았습니다. 서버는 아직 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>The server closed with %1; the client has not answered yet.</source>
        <translation>서버가 %1(으)로 닫았습니다. 클라이언트는 아직 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>The client closed with %1; the server answered with the same code: a clean close.</source>
        <translation>클라이언트가 %1(으)로 닫았고 서버가 같은 코드로 응답했습니다. 정상 종료입니다.</translation>
    </message>
    <message>
        <source>The server closed with %1; the client answered with the same code: a clean close.</source>
        <translation>서버가 %1(으)로 닫았고 클라이언트가 같은 코드로 응답했습니다. 정상 종료입니다.</translation>
    </message>
    <message>
        <source>The client closed with %1; the server answered with %2: a clean close.</source>
        <translation>클라이언트가 %1(으)로 닫았고 서버가 %2(으)로 응답했습니다. 정상 종료입니다.</translation>
    </message>
    <message>
        <source>The server closed with %1; the client answered with %2: a clean close.</source>
        <translation>서버가 %1(으)로 닫았고 클라이언트가 %2(으)로 응답했습니다. 정상 종료입니다.</translation>
    </message>
    <message>
        <source>The connection ended without a Close frame from either side, so both codes read as 1006 (Abnormal closure): not a clean close.</source>
        <translation>양쪽 모두 Close 프레임을 보내지 않은 채 연결이 끝나 두 코드 모두 1006(비정상 종료)으로 표시됩니다. 정상 종료가 아닙니다.</translation>
    </message>
    <message>
        <source>The client closed with %1; the server&apos;s Close frame did not come in time, so the client dropped the connection (1006): not a clean close.</source>
        <translation>클라이언트가 %1(으)로 닫았지만 서버의 Close 프레임이 제시간에 오지 않아 클라이언트가 연결을 끊었습니다(1006). 정상 종료가 아닙니다.</translation>
    </message>
    <message>
        <source>The server closed with %1; the client&apos;s Close frame did not come in time, so the server dropped the connection (1006): not a clean close.</source>
        <translation>서버가 %1(으)로 닫았지만 클라이언트의 Close 프레임이 제시간에 오지 않아 서버가 연결을 끊었습니다(1006). 정상 종료가 아닙니다.</translation>
    </message>
    <message>
        <source>The client closed with %1; the connection ended before the server answered (1006): not a clean close.</source>
        <translation>클라이언트가 %1(으)로 닫았지만 서버가 응답하기 전에 연결이 끝났습니다(1006). 정상 종료가 아닙니다.</translation>
    </message>
    <message>
        <source>The server closed with %1; the connection ended before the client answered (1006): not a clean close.</source>
        <translation>서버가 %1(으)로 닫았지만 클라이언트가 응답하기 전에 연결이 끝났습니다(1006). 정상 종료가 아닙니다.</translation>
    </message>
    <message>
        <source>No Close frame came from the client before the connection ended, so its code reads as 1006 (RFC 6455 §7.1.5, §7.4.1).</source>
        <translation>연결이 끝나기 전에 클라이언트에서 Close 프레임이 오지 않아 클라이언트 쪽 코드가 1006으로 표시됩니다(RFC 6455 §7.1.5, §7.4.1).</translation>
    </message>
    <message>
        <source>No Close frame came from the server before the connection ended, so its code reads as 1006 (RFC 6455 §7.1.5, §7.4.1).</source>
        <translation>연결이 끝나기 전에 서버에서 Close 프레임이 오지 않아 서버 쪽 코드가 1006으로 표시됩니다(RFC 6455 §7.1.5, §7.4.1).</translation>
    </message>
    <message>
        <source>The client&apos;s Close frame is malformed: %1</source>
        <translation>클라이언트의 Close 프레임 형식이 잘못되었습니다: %1</translation>
    </message>
    <message>
        <source>The server&apos;s Close frame is malformed: %1</source>
        <translation>서버의 Close 프레임 형식이 잘못되었습니다: %1</translation>
    </message>
    <message>
        <source>The client&apos;s Close frame carried no status code, so its code reads as 1005 (RFC 6455 §7.1.5).</source>
        <translation>클라이언트의 Close 프레임에 상태 코드가 없어 코드가 1005로 표시됩니다(RFC 6455 §7.1.5).</translation>
    </message>
    <message>
        <source>The server&apos;s Close frame carried no status code, so its code reads as 1005 (RFC 6455 §7.1.5).</source>
        <translation>서버의 Close 프레임에 상태 코드가 없어 코드가 1005로 표시됩니다(RFC 6455 §7.1.5).</translation>
    </message>
    <message>
        <source>The client&apos;s Close frame was not seen on the wire (the wire tap was off); it is shown as the WebSocket library reported it.</source>
        <translation>클라이언트의 Close 프레임은 회선에서 확인되지 않았습니다(와이어 캡처 꺼짐). WebSocket 라이브러리가 보고한 대로 표시합니다.</translation>
    </message>
    <message>
        <source>The server&apos;s Close frame was not seen on the wire (the wire tap was off); it is shown as the WebSocket library reported it.</source>
        <translation>서버의 Close 프레임은 회선에서 확인되지 않았습니다(와이어 캡처 꺼짐). WebSocket 라이브러리가 보고한 대로 표시합니다.</translation>
    </message>
</context>
<context>
    <name>CloseVerdict</name>
    <message>
        <source>The server never answered our Close frame.</source>
        <translation>보낸 Close 프레임에 서버가 끝내 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>No Close frame answered the server&apos;s Close frame.</source>
        <translation>서버의 Close 프레임에 응답하는 Close 프레임이 없었습니다.</translation>
    </message>
    <message>
        <source>The server&apos;s Close frame was malformed: %1 The connection failed with %2.</source>
        <translation>서버의 Close 프레임 형식이 잘못되었습니다: %1 연결이 %2(으)로 실패했습니다.</translation>
    </message>
    <message>
        <source>Our Close frame was malformed: %1</source>
        <translation>보낸 Close 프레임의 형식이 잘못되었습니다: %1</translation>
    </message>
    <message>
        <source>Tap off: whether the server answered our Close frame, and so whether the close was clean (RFC 6455 §7.1.4), is unknown.</source>
        <translation>캡처 꺼짐: 보낸 Close 프레임에 서버가 응답했는지, 따라서 정상 종료였는지(RFC 6455 §7.1.4) 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Tap off: QWebSocket answers the server&apos;s Close frame, but whether the answer crossed the wire, and so whether the close was clean (RFC 6455 §7.1.4), is unknown. The code is what QWebSocket reports; it reads an empty Close frame as 1000 and rewrites 1012-1014 to 1002.</source>
        <translation>캡처 꺼짐: QWebSocket은 서버의 Close 프레임에 응답하지만, 그 응답이 실제로 회선에 나갔는지, 따라서 정상 종료였는지(RFC 6455 §7.1.4) 알 수 없습니다. 코드는 QWebSocket이 보고한 값입니다. QWebSocket은 빈 Close 프레임을 1000으로 읽고 1012-1014를 1002로 바꿉니다.</translation>
    </message>
</context>
<context>
    <name>CloseView</name>
    <message>
        <source>without a status code</source>
        <translation>상태 코드 없음</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>닫히지 않음</translation>
    </message>
    <message>
        <source>No Close frame has been sent or received on this connection yet.</source>
        <translation>이 연결에서 아직 Close 프레임을 보내거나 받지 않았습니다.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>나</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>You sent Close %1 at %2</source>
        <translation>%2에 Close 프레임(%1) 전송</translation>
    </message>
    <message>
        <source>The server sent Close %1 at %2</source>
        <translation>%2에 서버가 Close 프레임(%1) 전송</translation>
    </message>
    <message>
        <source>Close %1 (first)</source>
        <translation>Close %1 (최초)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>server echoed %1 after %2</source>
        <translation>%2 후 서버가 %1 에코</translation>
    </message>
    <message>
        <source>server answered with %1 after %2</source>
        <translation>%2 후 서버가 %1(으)로 응답</translation>
    </message>
    <message>
        <source>you echoed %1 after %2</source>
        <translation>%2 후 %1 에코</translation>
    </message>
    <message>
        <source>you answered with %1 after %2</source>
        <translation>%2 후 %1(으)로 응답</translation>
    </message>
    <message>
        <source>Close %1 (echo)</source>
        <translation>Close %1 (에코)</translation>
    </message>
    <message>
        <source>Close %1 (reply)</source>
        <translation>Close %1 (응답)</translation>
    </message>
    <message>
        <source>the server sent no Close frame back</source>
        <translation>서버가 Close 프레임을 돌려보내지 않음</translation>
    </message>
    <message>
        <source>no Close frame was sent back</source>
        <translation>Close 프레임을 돌려보내지 않음</translation>
    </message>
    <message>
        <source>waiting for the server&apos;s Close frame</source>
        <translation>서버의 Close 프레임 대기 중</translation>
    </message>
    <message>
        <source>waiting for the reply Close frame</source>
        <translation>응답 Close 프레임 대기 중</translation>
    </message>
    <message>
        <source>The connection dropped without a Close frame at %1</source>
        <translation>%1에 Close 프레임 없이 연결이 끊김</translation>
    </message>
    <message>
        <source>TCP closed</source>
        <translation>TCP 닫힘</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>연결 닫힘</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>정상 종료</translation>
    </message>
    <message>
        <source>not clean</source>
        <translation>비정상 종료</translation>
    </message>
    <message>
        <source>Code %1 · %2</source>
        <translation>코드 %1 · %2</translation>
    </message>
    <message>
        <source>Code %1 · %2 · reason &quot;%3&quot;</source>
        <translation>코드 %1 · %2 · 사유 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Closed cleanly with %1</source>
        <translation>%1(으)로 정상 종료됨</translation>
    </message>
    <message>
        <source>Closed, not cleanly, with %1</source>
        <translation>%1(으)로 닫혔으나 정상 종료되지 않음</translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>닫는 중…</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <translation>연결 끊김</translation>
    </message>
    <message>
        <source>You closed the connection cleanly</source>
        <translation>연결을 정상적으로 닫았습니다</translation>
    </message>
    <message>
        <source>You closed the connection, not cleanly</source>
        <translation>연결을 닫았으나 정상 종료되지 않았습니다</translation>
    </message>
    <message>
        <source>The server closed the connection cleanly</source>
        <translation>서버가 연결을 정상적으로 닫았습니다</translation>
    </message>
    <message>
        <source>The server closed the connection, not cleanly</source>
        <translation>서버가 연결을 닫았으나 정상 종료되지 않았습니다</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>주체</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Closing handshake timeline</source>
        <translation>닫기 핸드셰이크 타임라인</translation>
    </message>
    <message>
        <source>Client: no Close frame (reads as %1)</source>
        <translation>클라이언트: Close 프레임 없음(%1(으)로 표시)</translation>
    </message>
    <message>
        <source>Server: no Close frame (reads as %1)</source>
        <translation>서버: Close 프레임 없음(%1(으)로 표시)</translation>
    </message>
    <message>
        <source>(malformed)</source>
        <translation>(형식이 잘못됨)</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>클라이언트: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>서버: %1</translation>
    </message>
    <message>
        <source>clean unknown (tap off)</source>
        <translation>정상 종료 여부 알 수 없음(캡처 꺼짐)</translation>
    </message>
    <message>
        <source>You closed the connection (tap off: whether cleanly is unknown)</source>
        <translation>연결을 닫았습니다(캡처 꺼짐: 정상 종료인지 알 수 없음)</translation>
    </message>
    <message>
        <source>The server closed the connection (tap off: whether cleanly is unknown)</source>
        <translation>서버가 연결을 닫았습니다(캡처 꺼짐: 정상 종료인지 알 수 없음)</translation>
    </message>
    <message>
        <source>With the wire tap on, this tab would show both Close frames as they crossed the wire, which side sent first, how long the reply took, and whether the connection closed cleanly.</source>
        <translation>와이어 캡처를 켜면 이 탭에 회선을 오간 양쪽의 Close 프레임, 어느 쪽이 먼저 보냈는지, 응답까지 걸린 시간, 연결이 정상적으로 닫혔는지가 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>CommandImportDialog</name>
    <message>
        <source>Cannot import: %1</source>
        <translation>가져올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation>헤더: %1</translation>
    </message>
    <message>
        <source>Subprotocols: %1</source>
        <translation>서브프로토콜: %1</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>Origin: %1</translation>
    </message>
    <message>
        <source>Proxy: %1</source>
        <translation>프록시: %1</translation>
    </message>
    <message>
        <source>TLS errors: ignored (as the command asked)</source>
        <translation>TLS 오류: 무시함(명령에 지정된 대로)</translation>
    </message>
    <message numerus="yes">
        <source>Saved messages: %n</source>
        <translation>
            <numerusform>저장된 메시지: %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>가져오지 않음: %1</translation>
    </message>
    <message>
        <source>Import from Command Line</source>
        <translation>명령줄에서 가져오기</translation>
    </message>
    <message>
        <source>Paste a wscat, websocat or curl command (for example from “Copy as cURL” in the browser&apos;s developer tools). Nothing is run; the profile editor opens with what it holds.</source>
        <translation>wscat, websocat 또는 curl 명령을 붙여 넣으십시오(예: 브라우저 개발자 도구의 “Copy as cURL”). 명령은 실행되지 않으며, 명령에 담긴 내용으로 프로필 편집기가 열립니다.</translation>
    </message>
    <message>
        <source>wscat -c wss://example.com/live -H &apos;Authorization: Bearer …&apos;</source>
        <translation>wscat -c wss://example.com/live -H &apos;Authorization: Bearer …&apos;</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>명령줄</translation>
    </message>
    <message>
        <source>&amp;Continue in Editor…</source>
        <translation>편집기에서 계속(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>URL password</source>
        <translation>URL 비밀번호</translation>
    </message>
    <message>
        <source>wscat sends text messages only; copy a websocat command for a binary message.</source>
        <translation>wscat은 텍스트 메시지만 보냅니다. 바이너리 메시지는 websocat 명령으로 복사하십시오.</translation>
    </message>
</context>
<context>
    <name>CommandLineImporter</name>
    <message>
        <source>The command line is empty: paste a wscat, websocat or curl command.</source>
        <translation>명령줄이 비어 있습니다. wscat, websocat 또는 curl 명령을 붙여 넣으십시오.</translation>
    </message>
    <message>
        <source>“%1” is not a command WsScope can read: paste a wscat, websocat or curl command.</source>
        <translation>“%1”은(는) WsScope가 읽을 수 있는 명령이 아닙니다. wscat, websocat 또는 curl 명령을 붙여 넣으십시오.</translation>
    </message>
    <message>
        <source>The header “%1” has no “Name: value” form; left out.</source>
        <translation>헤더 “%1”이(가) “Name: value” 형식이 아니어서 제외했습니다.</translation>
    </message>
    <message>
        <source>%1: %2 Left out.</source>
        <translation>%1: %2 제외했습니다.</translation>
    </message>
    <message>
        <source>%1 Left out.</source>
        <translation>%1 제외했습니다.</translation>
    </message>
    <message>
        <source>%1 needs a value, and the command ends; left out.</source>
        <translation>%1에는 값이 필요한데 명령이 끝나서 제외했습니다.</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>메시지 %1</translation>
    </message>
    <message>
        <source>%1 %2 is not a number of seconds; left out.</source>
        <translation>%1 %2은(는) 초 단위 숫자가 아니어서 제외했습니다.</translation>
    </message>
    <message>
        <source>%1 %2 reads cookies from a file; a profile holds a Cookie header instead. Left out.</source>
        <translation>%1 %2은(는) 파일에서 쿠키를 읽습니다. 프로필에는 대신 Cookie 헤더를 담으므로 제외했습니다.</translation>
    </message>
    <message>
        <source>%1: a WebSocket upgrade request has no body; left out.</source>
        <translation>%1: WebSocket 업그레이드 요청에는 본문이 없으므로 제외했습니다.</translation>
    </message>
    <message>
        <source>%1 makes it a server; WsScope profiles connect to one.</source>
        <translation>%1을(를) 쓰면 서버로 동작합니다. WsScope 프로필은 서버에 연결하는 용도입니다.</translation>
    </message>
    <message>
        <source>%1 is an option WsScope does not know; left out.</source>
        <translation>%1은(는) WsScope가 모르는 옵션이어서 제외했습니다.</translation>
    </message>
    <message>
        <source>“%1” is not a ws://, wss://, http:// or https:// URL; left out.</source>
        <translation>“%1”은(는) ws://, wss://, http:// 또는 https:// URL이 아니어서 제외했습니다.</translation>
    </message>
    <message>
        <source>Only one URL is used; “%1” is left out.</source>
        <translation>URL은 하나만 사용하므로 “%1”은(는) 제외했습니다.</translation>
    </message>
    <message>
        <source>The command names no ws://, wss://, http:// or https:// URL to connect to.</source>
        <translation>명령에 연결할 ws://, wss://, http:// 또는 https:// URL이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Repeat stopped: the connection is no longer open.</source>
        <translation>반복 중지됨: 연결이 더 이상 열려 있지 않습니다.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not open yet: Send is available once the handshake has completed.</source>
        <translation>아직 열리지 않았습니다. 핸드셰이크가 완료되면 전송할 수 있습니다.</translation>
    </message>
    <message>
        <source>The connection is closing: no more messages can be sent (RFC 6455 §5.5.1).</source>
        <translation>연결을 닫는 중입니다. 더 이상 메시지를 보낼 수 없습니다(RFC 6455 §5.5.1).</translation>
    </message>
    <message>
        <source>Not connected: connect first (Ctrl+Shift+C) to send.</source>
        <translation>연결되지 않았습니다. 전송하려면 먼저 연결하십시오(Ctrl+Shift+C).</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>메시지 전송(Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Files are not saved with a profile</source>
        <translation>파일은 프로필에 저장되지 않습니다</translation>
    </message>
    <message>
        <source>Repeat…</source>
        <translation>반복…</translation>
    </message>
    <message>
        <source>Send the message every N ms, M times or until stopped</source>
        <translation>N ms마다 M회 또는 중지할 때까지 메시지 전송</translation>
    </message>
    <message>
        <source>Send  Ctrl+Enter</source>
        <translation>전송  Ctrl+Enter</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>전송</translation>
    </message>
    <message>
        <source>Send Empty Binary Message</source>
        <translation>빈 바이너리 메시지 전송</translation>
    </message>
    <message>
        <source>Send Empty Text Message</source>
        <translation>빈 텍스트 메시지 전송</translation>
    </message>
    <message>
        <source>Type a message to send, or ⋯ → %1.</source>
        <translation>보낼 메시지를 입력하거나 ⋯ → %1.</translation>
    </message>
    <message>
        <source>Hand-made frames are not saved with a profile</source>
        <translation>직접 만든 프레임은 프로필에 저장되지 않습니다</translation>
    </message>
    <message>
        <source>Repeat sends messages; in Frame mode each Send writes the frames once.</source>
        <translation>반복은 메시지를 보냅니다. 프레임 모드에서는 전송할 때마다 프레임을 한 번씩 씁니다.</translation>
    </message>
    <message>
        <source>Drop TCP Connection (no Close)</source>
        <translation>TCP 연결 끊기(Close 프레임 없음)</translation>
    </message>
    <message>
        <source>Cut the TCP connection now without a closing handshake, to see how the server copes</source>
        <translation>닫기 핸드셰이크 없이 지금 TCP 연결을 끊어 서버가 어떻게 대처하는지 확인</translation>
    </message>
    <message>
        <source>Files and hand-made frames are not saved with a profile; save text, JSON, hex or Base64 messages.</source>
        <translation>파일과 직접 만든 프레임은 프로필에 저장되지 않습니다. 텍스트, JSON, Hex 또는 Base64 메시지를 저장하십시오.</translation>
    </message>
    <message>
        <source>Library…</source>
        <translation>라이브러리…</translation>
    </message>
    <message>
        <source>Save to Library…</source>
        <translation>라이브러리에 저장…</translation>
    </message>
    <message>
        <source>Messages shared by every profile, in folders, with search</source>
        <translation>모든 프로필이 공유하는 메시지(폴더로 정리, 검색 가능)</translation>
    </message>
    <message>
        <source>This tab has no message library</source>
        <translation>이 탭에는 메시지 라이브러리가 없습니다</translation>
    </message>
    <message>
        <source>The message library is read-only: %1</source>
        <translation>메시지 라이브러리가 읽기 전용입니다: %1</translation>
    </message>
    <message>
        <source>Files and hand-made frames are not saved in the library</source>
        <translation>파일과 직접 만든 프레임은 라이브러리에 저장되지 않습니다</translation>
    </message>
    <message>
        <source>Save the current message in the library every profile shares</source>
        <translation>현재 메시지를 모든 프로필이 공유하는 라이브러리에 저장</translation>
    </message>
    <message>
        <source>This tab has no message library.</source>
        <translation>이 탭에는 메시지 라이브러리가 없습니다.</translation>
    </message>
    <message>
        <source>Files and hand-made frames are not saved in the library; save text, JSON, hex or Base64 messages.</source>
        <translation>파일과 직접 만든 프레임은 라이브러리에 저장되지 않습니다. 텍스트, JSON, Hex 또는 Base64 메시지를 저장하십시오.</translation>
    </message>
    <message>
        <source>Save to Library</source>
        <translation>라이브러리에 저장</translation>
    </message>
    <message>
        <source>The library has a message &quot;%1&quot; already. Replace it?</source>
        <translation>라이브러리에 &quot;%1&quot; 메시지가 이미 있습니다. 바꾸시겠습니까?</translation>
    </message>
</context>
<context>
    <name>ConnectionBadge</name>
    <message>
        <source>Opened from file (read-only): %1</source>
        <translation>파일에서 열림(읽기 전용): %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>연결되지 않음</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>거부됨: %1</translation>
    </message>
    <message>
        <source>Refused: %1 %2</source>
        <translation>거부됨: %1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · reconnecting in %2 s (attempt %3 of %4)</source>
        <translation>%1 · %2 s 후 다시 연결(시도 %3/%4)</translation>
    </message>
    <message>
        <source>Connection state and time in it</source>
        <translation>연결 상태와 해당 상태의 지속 시간</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>Enter a ws:// or wss:// URL, e.g. ws://127.0.0.1:8080/echo</source>
        <translation>ws:// 또는 wss:// URL을 입력하십시오. 예: ws://127.0.0.1:8080/echo</translation>
    </message>
    <message>
        <source>The URL contains a space; encode it as %20.</source>
        <translation>URL에 공백이 있습니다. %20으로 인코딩하십시오.</translation>
    </message>
    <message>
        <source>Scheme must be ws:// or wss:// (not %1://; WebSocket URLs use ws, or wss for TLS).</source>
        <translation>스킴은 ws:// 또는 wss://여야 합니다(%1://은(는) 사용할 수 없습니다. WebSocket URL은 ws를, TLS에는 wss를 사용합니다).</translation>
    </message>
    <message>
        <source>Scheme must be ws:// or wss://</source>
        <translation>스킴은 ws:// 또는 wss://여야 합니다</translation>
    </message>
    <message>
        <source>Port must be 1–65535</source>
        <translation>포트는 1–65535여야 합니다</translation>
    </message>
    <message>
        <source>The URL needs a host, e.g. ws://127.0.0.1:8080/</source>
        <translation>URL에 호스트가 필요합니다. 예: ws://127.0.0.1:8080/</translation>
    </message>
    <message>
        <source>Not a valid URL: %1</source>
        <translation>올바른 URL이 아닙니다: %1</translation>
    </message>
    <message>
        <source>WebSocket URL (Ctrl+K)</source>
        <translation>WebSocket URL(Ctrl+K)</translation>
    </message>
    <message>
        <source>· %1</source>
        <translation>· %1</translation>
    </message>
    <message>
        <source>Negotiated subprotocol</source>
        <translation>협상된 서브프로토콜</translation>
    </message>
    <message>
        <source>ws://host:port/path or wss://…</source>
        <translation>ws://host:port/path 또는 wss://…</translation>
    </message>
    <message>
        <source>WebSocket URL</source>
        <translation>WebSocket URL</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>TLS details</source>
        <translation>TLS 세부 정보</translation>
    </message>
    <message>
        <source>Show the server&apos;s certificate chain, TLS protocol and cipher</source>
        <translation>서버의 인증서 체인, TLS 프로토콜 및 암호 스위트 표시</translation>
    </message>
    <message>
        <source>TLS details appear once the TLS handshake has completed</source>
        <translation>TLS 핸드셰이크가 완료되면 TLS 세부 정보가 표시됩니다</translation>
    </message>
    <message>
        <source>Tap on</source>
        <translation>캡처 켜짐</translation>
    </message>
    <message>
        <source>Tap off</source>
        <translation>캡처 꺼짐</translation>
    </message>
    <message>
        <source>Wire tap</source>
        <translation>와이어 캡처</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Connect (Ctrl+Shift+C)</source>
        <translation>연결(Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Give up connecting (Ctrl+Shift+C)</source>
        <translation>연결 시도 취소(Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>연결 끊기</translation>
    </message>
    <message>
        <source>Close the connection with 1000 Normal closure (Ctrl+Shift+C); Close… in the composer picks another code</source>
        <translation>1000 정상 종료로 연결 닫기(Ctrl+Shift+C). 다른 코드를 사용하려면 작성 영역의 닫기…를 사용하십시오</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>중단</translation>
    </message>
    <message>
        <source>Stop waiting for the server&apos;s Close frame and drop the connection (Ctrl+Shift+C)</source>
        <translation>서버의 Close 프레임 대기를 멈추고 연결 끊기(Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Tap on (next connection)</source>
        <translation>캡처 켜짐 (다음 연결)</translation>
    </message>
    <message>
        <source>Tap off (next connection)</source>
        <translation>캡처 꺼짐 (다음 연결)</translation>
    </message>
    <message>
        <source>Wire tap on: every byte of the handshake and every frame is recorded.</source>
        <translation>와이어 캡처 켜짐: 핸드셰이크의 모든 바이트와 모든 프레임을 기록합니다.</translation>
    </message>
    <message>
        <source>Wire tap off: only what Qt&apos;s WebSocket exposes is recorded; frame headers are unknown.</source>
        <translation>와이어 캡처 꺼짐: Qt WebSocket이 알려 주는 내용만 기록하며 프레임 헤더는 알 수 없습니다.</translation>
    </message>
    <message>
        <source>This is the URL of the running connection; disconnect to edit it.</source>
        <translation>실행 중인 연결의 URL입니다. 편집하려면 연결을 끊으십시오.</translation>
    </message>
    <message>
        <source>The URL of the running connection (read-only until it is closed)</source>
        <translation>실행 중인 연결의 URL(연결이 닫힐 때까지 읽기 전용)</translation>
    </message>
    <message>
        <source>Takes effect on the next connection; this one runs with the tap on.</source>
        <translation>다음 연결부터 적용됩니다. 현재 연결은 캡처를 켠 상태로 실행 중입니다.</translation>
    </message>
    <message>
        <source>Takes effect on the next connection; this one runs with the tap off.</source>
        <translation>다음 연결부터 적용됩니다. 현재 연결은 캡처를 끈 상태로 실행 중입니다.</translation>
    </message>
    <message>
        <source>Cancel the pending reconnect (Ctrl+Shift+C)</source>
        <translation>대기 중인 다시 연결 취소(Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>The URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>No environment</source>
        <translation>환경 없음</translation>
    </message>
    <message>
        <source>Manage environments…</source>
        <translation>환경 관리…</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>환경</translation>
    </message>
    <message>
        <source>%1 could not be read, so the environment cannot be switched: %2</source>
        <translation>%1을(를) 읽을 수 없어 환경을 전환할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The environment whose variables `{{name}}` references resolve to</source>
        <translation>`{{name}}` 참조를 해석할 때 변수를 가져올 환경</translation>
    </message>
    <message>
        <source>No environments are available.</source>
        <translation>사용할 수 있는 환경이 없습니다.</translation>
    </message>
    <message>
        <source>The environment was not switched: %1</source>
        <translation>환경을 전환하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
</context>
<context>
    <name>ConnectionResolver</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A header name</source>
        <translation>헤더 이름</translation>
    </message>
    <message>
        <source>Header “%1”</source>
        <translation>헤더 “%1”</translation>
    </message>
    <message>
        <source>Subprotocol “%1”</source>
        <translation>서브프로토콜 “%1”</translation>
    </message>
    <message>
        <source>The origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>The proxy</source>
        <translation>프록시</translation>
    </message>
</context>
<context>
    <name>ControlFrame</name>
    <message>
        <source>The payload is %1 bytes; a control frame (ping, pong or close) carries at most %2 bytes (RFC 6455 §5.5).</source>
        <translation>페이로드가 %1바이트입니다. 제어 프레임(ping, pong, close)에는 최대 %2바이트까지 담을 수 있습니다(RFC 6455 §5.5).</translation>
    </message>
</context>
<context>
    <name>ControlFrameBar</name>
    <message>
        <source>Ping needs an open connection.</source>
        <translation>ping을 보내려면 연결이 열려 있어야 합니다.</translation>
    </message>
    <message>
        <source>Send a ping with the payload on the left (Ctrl+P)</source>
        <translation>왼쪽의 페이로드로 ping 전송(Ctrl+P)</translation>
    </message>
    <message>
        <source>ping payload</source>
        <translation>ping 페이로드</translation>
    </message>
    <message>
        <source>Ping payload</source>
        <translation>ping 페이로드</translation>
    </message>
    <message>
        <source>Optional ping payload, at most %1 bytes</source>
        <translation>선택 사항인 ping 페이로드, 최대 %1바이트</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>ping 전송</translation>
    </message>
    <message>
        <source>Send a ping</source>
        <translation>ping 전송</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>닫기…</translation>
    </message>
    <message>
        <source>Close the connection with a code and reason</source>
        <translation>코드와 사유를 지정하여 연결 닫기</translation>
    </message>
    <message>
        <source>Close the connection</source>
        <translation>연결 닫기</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Payload</source>
        <translation>페이로드</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>프레임</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>핸드셰이크</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>The selected row&apos;s payload as text, JSON or hex</source>
        <translation>선택한 행의 페이로드(텍스트, JSON 또는 hex)</translation>
    </message>
    <message>
        <source>The selected frame&apos;s header, field by field</source>
        <translation>선택한 프레임의 헤더(필드별)</translation>
    </message>
    <message>
        <source>The opening handshake of this connection</source>
        <translation>이 연결의 열기 핸드셰이크</translation>
    </message>
    <message>
        <source>How this connection closed</source>
        <translation>이 연결이 닫힌 과정</translation>
    </message>
    <message>
        <source>Details of the selected row</source>
        <translation>선택한 행의 세부 정보</translation>
    </message>
</context>
<context>
    <name>EnvironmentSerializer</name>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1은(는) 객체여야 합니다.</translation>
    </message>
    <message>
        <source>%1.name must be a text.</source>
        <translation>%1.name은 문자열이어야 합니다.</translation>
    </message>
    <message>
        <source>%1.name must be a variable name (a letter or _, then letters, digits, _, - or .).</source>
        <translation>%1.name은 변수 이름이어야 합니다(문자 또는 _로 시작하고, 그 뒤에는 문자, 숫자, _, - 또는 .).</translation>
    </message>
    <message>
        <source>%1.name: &quot;%2&quot; is defined twice in %3.</source>
        <translation>%1.name: &quot;%2&quot;이(가) %3에 두 번 정의되어 있습니다.</translation>
    </message>
    <message>
        <source>%1.value must be a text.</source>
        <translation>%1.value는 문자열이어야 합니다.</translation>
    </message>
    <message>
        <source>%1: enabled and secret must be true or false.</source>
        <translation>%1: enabled와 secret은 true 또는 false여야 합니다.</translation>
    </message>
    <message>
        <source>An environment needs a name.</source>
        <translation>환경에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>An environment&apos;s name cannot start or end with a space.</source>
        <translation>환경 이름은 공백으로 시작하거나 끝날 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>An environment&apos;s name can be at most %n character(s) long.</source>
        <translation>
            <numerusform>환경 이름은 최대 %n자까지 쓸 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>An environment&apos;s name cannot hold control characters.</source>
        <translation>환경 이름에는 제어 문자를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The environments file must hold one JSON object.</source>
        <translation>환경 파일에는 JSON 객체가 하나 있어야 합니다.</translation>
    </message>
    <message>
        <source>The environments were saved by a newer WsScope (schema %1; this one reads up to %2). They are shown read-only and the file is left as it is.</source>
        <translation>더 새로운 WsScope에서 저장한 환경입니다(스키마 %1, 이 버전은 %2까지 읽을 수 있음). 읽기 전용으로 표시하며 파일은 그대로 둡니다.</translation>
    </message>
    <message>
        <source>environments must be a list.</source>
        <translation>environments는 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>%1.name: an environment named &quot;%2&quot; exists already.</source>
        <translation>%1.name: 이름이 &quot;%2&quot;인 환경이 이미 있습니다.</translation>
    </message>
    <message>
        <source>active must be the name of an environment.</source>
        <translation>active는 환경 이름이어야 합니다.</translation>
    </message>
    <message>
        <source>active names &quot;%1&quot;, but there is no environment of that name.</source>
        <translation>active가 &quot;%1&quot;을(를) 가리키지만 그런 이름의 환경이 없습니다.</translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation>%1은(는) 목록이어야 합니다.</translation>
    </message>
</context>
<context>
    <name>EnvironmentStore</name>
    <message>
        <source>Cannot read the environments: %1</source>
        <translation>환경을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The environments are read-only: %1</source>
        <translation>환경이 읽기 전용입니다: %1</translation>
    </message>
    <message>
        <source>There is no environment &quot;%1&quot;; none is defined.</source>
        <translation>환경 &quot;%1&quot;이(가) 없습니다. 정의된 환경이 없습니다.</translation>
    </message>
    <message>
        <source>There is no environment &quot;%1&quot;; there are: %2.</source>
        <translation>환경 &quot;%1&quot;이(가) 없습니다. 있는 환경: %2.</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; could not be read: %2</source>
        <translation>비밀 값 &quot;%1&quot;을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; could not be stored: %2</source>
        <translation>비밀 값 &quot;%1&quot;을(를) 저장할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>EnvironmentsDialog</name>
    <message>
        <source>New environment</source>
        <translation>새 환경</translation>
    </message>
    <message>
        <source>Rename environment</source>
        <translation>환경 이름 바꾸기</translation>
    </message>
    <message>
        <source>%1 could not be read, so it is shown read-only: %2</source>
        <translation>%1을(를) 읽을 수 없어 읽기 전용으로 표시합니다: %2</translation>
    </message>
    <message>
        <source>No environments file is open.</source>
        <translation>열린 환경 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Globals (every environment)</source>
        <translation>전역 변수(모든 환경)</translation>
    </message>
    <message>
        <source>There is already an environment named “%1”.</source>
        <translation>이름이 “%1”인 환경이 이미 있습니다.</translation>
    </message>
    <message>
        <source>There is no environment named “%1”.</source>
        <translation>이름이 “%1”인 환경이 없습니다.</translation>
    </message>
    <message>
        <source>Globals: %1</source>
        <translation>전역 변수: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Environment name:</source>
        <translation>환경 이름:</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>환경</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>새로 만들기(&amp;N)…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>이름 바꾸기(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
</context>
<context>
    <name>EventFormatter</name>
    <message>
        <source>Handshake</source>
        <translation>핸드셰이크</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>전송</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>수신</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>응답 없음</translation>
    </message>
    <message>
        <source> ✓ Accept</source>
        <translation> ✓ Accept</translation>
    </message>
    <message>
        <source> ✗ Accept</source>
        <translation> ✗ Accept</translation>
    </message>
    <message>
        <source>RTT %1 ms</source>
        <translation>RTT %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>인증서 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): %1</source>
        <translation>
            <numerusform>오류 %n개: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>연결 중</translation>
    </message>
    <message>
        <source>Handshaking</source>
        <translation>핸드셰이크 중</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열림</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>닫는 중</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>닫힘</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>사용법</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>프록시</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>시간 초과</translation>
    </message>
    <message>
        <source>Wire tap</source>
        <translation>와이어 캡처</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>내부</translation>
    </message>
    <message>
        <source>no status code</source>
        <translation>상태 코드 없음</translation>
    </message>
    <message>
        <source>malformed close payload (1 byte)</source>
        <translation>잘못된 형식의 닫기 페이로드(1바이트)</translation>
    </message>
    <message>
        <source>handshake</source>
        <translation>핸드셰이크</translation>
    </message>
    <message>
        <source>state</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>info</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>Not an HTTP response: %1</source>
        <translation>HTTP 응답이 아닙니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 message of %n frame(s), %2 bytes</source>
        <translation>
            <numerusform>프레임 %n개로 된 %1 메시지, %2바이트</numerusform>
        </translation>
    </message>
    <message>
        <source>Handshake, sent</source>
        <translation>핸드셰이크, 전송</translation>
    </message>
    <message>
        <source>Handshake, received</source>
        <translation>핸드셰이크, 수신</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>닫힘</translation>
    </message>
    <message>
        <source>expectation</source>
        <translation>기대 조건</translation>
    </message>
    <message>
        <source>by the client</source>
        <translation>클라이언트가 닫음</translation>
    </message>
    <message>
        <source>by the server</source>
        <translation>서버가 닫음</translation>
    </message>
    <message>
        <source>clean unknown (tap off)</source>
        <translation>정상 종료 여부 알 수 없음(캡처 꺼짐)</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>정상 종료</translation>
    </message>
    <message>
        <source>not clean</source>
        <translation>비정상 종료</translation>
    </message>
    <message>
        <source>Connection closed · %1</source>
        <translation>연결 닫힘 · %1</translation>
    </message>
    <message>
        <source>met: expected %1; %2</source>
        <translation>충족: 예상은 %1, 결과는 %2</translation>
    </message>
    <message>
        <source>FAILED: expected %1; %2</source>
        <translation>실패: 예상은 %1, 결과는 %2</translation>
    </message>
    <message>
        <source>── Connection %1 · %2 ──</source>
        <translation>── 연결 %1 · %2 ──</translation>
    </message>
    <message>
        <source>injected, a violation: %1 expected</source>
        <translation>주입됨, 위반: %1 예상</translation>
    </message>
    <message>
        <source>injected</source>
        <translation>주입됨</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>보류됨</translation>
    </message>
    <message>
        <source>delayed %1 ms</source>
        <translation>%1 ms 지연됨</translation>
    </message>
    <message>
        <source>continuation</source>
        <translation>연속</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>바이너리</translation>
    </message>
    <message>
        <source>close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>ping</source>
        <translation>ping</translation>
    </message>
    <message>
        <source>pong</source>
        <translation>pong</translation>
    </message>
</context>
<context>
    <name>Expectation</name>
    <message>
        <source>the server closes with %1</source>
        <translation>서버가 %1(으)로 닫음</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>a message from the server matching /%1/ within %2 ms</source>
        <translation>%2 ms 안에 서버에서 오는 /%1/과(와) 일치하는 메시지</translation>
    </message>
    <message>
        <source>a message from the server matching /%1/</source>
        <translation>서버에서 오는 /%1/과(와) 일치하는 메시지</translation>
    </message>
    <message>
        <source>the server drops the TCP connection without a Close frame</source>
        <translation>서버가 Close 프레임 없이 TCP 연결을 끊음</translation>
    </message>
    <message>
        <source>the server closed with %1</source>
        <translation>서버가 %1(으)로 닫음</translation>
    </message>
    <message>
        <source>the server closed with %1 &quot;%2&quot;</source>
        <translation>서버가 %1 &quot;%2&quot;(으)로 닫음</translation>
    </message>
    <message>
        <source>the server sent a Close frame (%1)</source>
        <translation>서버가 Close 프레임(%1)을 보냄</translation>
    </message>
    <message>
        <source>the server sent &quot;%1&quot;</source>
        <translation>서버가 &quot;%1&quot;을(를) 보냄</translation>
    </message>
    <message numerus="yes">
        <source>no matching message within %1 ms (%n message(s) came)</source>
        <translation>
            <numerusform>%1 ms 안에 일치하는 메시지 없음(메시지 %n개 수신)</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection dropped without a Close frame from the server</source>
        <translation>서버의 Close 프레임 없이 연결이 끊김</translation>
    </message>
    <message>
        <source>the server sent no Close frame</source>
        <translation>서버가 Close 프레임을 보내지 않음</translation>
    </message>
    <message numerus="yes">
        <source>no matching message came (%n message(s) came)</source>
        <translation>
            <numerusform>일치하는 메시지가 오지 않음(메시지 %n개 수신)</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection did not drop</source>
        <translation>연결이 끊기지 않음</translation>
    </message>
    <message>
        <source>the client ended the connection (no Close frame from the server)</source>
        <translation>클라이언트가 연결을 끝냄(서버의 Close 프레임 없음)</translation>
    </message>
    <message>
        <source>the server dropped the connection without a Close frame</source>
        <translation>서버가 Close 프레임 없이 연결을 끊음</translation>
    </message>
</context>
<context>
    <name>FragmentPlan</name>
    <message>
        <source>Between fragments goes &quot;ping&quot; or &quot;pong&quot;, not &quot;%1&quot;.</source>
        <translation>조각 사이에는 &quot;ping&quot; 또는 &quot;pong&quot;이 들어갑니다. &quot;%1&quot;은(는) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Fragment sizes are byte counts joined by &quot;+&quot; (e.g. 3+5+2, at most %1 of them), optionally followed by &quot;,ping&quot; or &quot;,pong&quot;; not &quot;%2&quot;.</source>
        <translation>조각 크기는 &quot;+&quot;로 이은 바이트 수이며(예: 3+5+2, 최대 %1개), 뒤에 &quot;,ping&quot; 또는 &quot;,pong&quot;을 붙일 수 있습니다. &quot;%2&quot;은(는) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The fragment count is a number from 1 to %1, or sizes such as 3+5+2, optionally followed by &quot;,ping&quot; or &quot;,pong&quot;; not &quot;%2&quot;.</source>
        <translation>조각 수는 1부터 %1까지의 숫자 또는 3+5+2 같은 크기 목록이며, 뒤에 &quot;,ping&quot; 또는 &quot;,pong&quot;을 붙일 수 있습니다. &quot;%2&quot;은(는) 사용할 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>the sizes %1 add up to %n byte(s), but the message has %2 bytes; give sizes that add up to its length.</source>
        <translation>
            <numerusform>크기 %1의 합은 %n바이트이지만 메시지는 %2바이트입니다. 합이 메시지 길이와 같도록 크기를 지정하십시오.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrameDecoder</name>
    <message>
        <source>The 64-bit payload length has its most significant bit set, which RFC 6455 §5.2 forbids.</source>
        <translation>64비트 페이로드 길이의 최상위 비트가 설정되어 있습니다. RFC 6455 §5.2는 이를 금지합니다.</translation>
    </message>
    <message>
        <source>The %1 frame declares a payload of %2 bytes, more than the limit of %3 bytes.</source>
        <translation>%1 프레임이 %2바이트의 페이로드를 선언했습니다. 한도인 %3바이트를 초과합니다.</translation>
    </message>
    <message>
        <source>The fragmented message would grow to %1 bytes, more than the limit of %2 bytes.</source>
        <translation>조각난 메시지가 %1바이트로 커져 한도인 %2바이트를 초과하게 됩니다.</translation>
    </message>
    <message>
        <source>The message would grow to %1 bytes, more than the limit of %2 bytes.</source>
        <translation>메시지가 %1바이트로 커져 한도인 %2바이트를 초과하게 됩니다.</translation>
    </message>
    <message>
        <source>The client sent an unmasked %1 frame; RFC 6455 §5.1 requires every client frame to be masked.</source>
        <translation>클라이언트가 마스킹되지 않은 %1 프레임을 보냈습니다. RFC 6455 §5.1은 클라이언트가 보내는 모든 프레임의 마스킹을 요구합니다.</translation>
    </message>
    <message>
        <source>The server sent a masked %1 frame; RFC 6455 §5.1 forbids masking frames sent by a server.</source>
        <translation>서버가 마스킹된 %1 프레임을 보냈습니다. RFC 6455 §5.1은 서버가 보내는 프레임의 마스킹을 금지합니다.</translation>
    </message>
    <message>
        <source>%1 set on a %2 frame without a negotiated extension that defines it (RFC 6455 §5.2).</source>
        <translation>%2 프레임에 %1이(가) 설정되었지만 이를 정의하는 협상된 확장이 없습니다(RFC 6455 §5.2).</translation>
    </message>
    <message>
        <source>Opcode 0x%1 (%2) is reserved; RFC 6455 §5.2 requires failing the connection.</source>
        <translation>Opcode 0x%1(%2)은(는) 예약되어 있습니다. RFC 6455 §5.2에 따라 연결을 실패 처리해야 합니다.</translation>
    </message>
    <message>
        <source>The %1 frame carries %2 bytes; control frames may carry at most 125 bytes (RFC 6455 §5.5).</source>
        <translation>%1 프레임에 %2바이트가 들어 있습니다. 제어 프레임에는 최대 125바이트까지 담을 수 있습니다(RFC 6455 §5.5).</translation>
    </message>
    <message>
        <source>The %1 frame has FIN cleared; control frames must not be fragmented (RFC 6455 §5.5).</source>
        <translation>%1 프레임의 FIN이 해제되어 있습니다. 제어 프레임은 조각화할 수 없습니다(RFC 6455 §5.5).</translation>
    </message>
    <message>
        <source>The close frame carries 1 byte; its payload must be empty or start with a 2-byte status code (RFC 6455 §5.5.1).</source>
        <translation>Close 프레임에 1바이트가 들어 있습니다. 페이로드는 비어 있거나 2바이트 상태 코드로 시작해야 합니다(RFC 6455 §5.5.1).</translation>
    </message>
    <message>
        <source>A continuation frame arrived with no fragmented message in progress (RFC 6455 §5.4).</source>
        <translation>진행 중인 조각난 메시지가 없는데 continuation 프레임이 도착했습니다(RFC 6455 §5.4).</translation>
    </message>
    <message>
        <source>A new %1 frame arrived while a fragmented message was still unfinished; only continuation and control frames may come between its fragments (RFC 6455 §5.4).</source>
        <translation>조각난 메시지가 아직 끝나지 않았는데 새 %1 프레임이 도착했습니다. 조각 사이에는 continuation 프레임과 제어 프레임만 올 수 있습니다(RFC 6455 §5.4).</translation>
    </message>
    <message>
        <source>The text message is not valid UTF-8: byte %1 of the message (0x%2) is invalid (RFC 6455 §8.1).</source>
        <translation>텍스트 메시지가 올바른 UTF-8이 아닙니다. 메시지의 바이트 %1(0x%2)이(가) 잘못되었습니다(RFC 6455 §8.1).</translation>
    </message>
    <message>
        <source>Close code %1 may not be sent in a close frame (RFC 6455 §7.4).</source>
        <translation>닫기 코드 %1은(는) Close 프레임으로 보낼 수 없습니다(RFC 6455 §7.4).</translation>
    </message>
    <message>
        <source>The close reason is not valid UTF-8: byte %1 of the reason is invalid (RFC 6455 §5.5.1).</source>
        <translation>닫기 사유가 올바른 UTF-8이 아닙니다. 사유의 바이트 %1이(가) 잘못되었습니다(RFC 6455 §5.5.1).</translation>
    </message>
    <message>
        <source>The close reason ends inside a UTF-8 sequence that starts at byte %1 of the reason (RFC 6455 §5.5.1).</source>
        <translation>닫기 사유가 사유의 바이트 %1에서 시작하는 UTF-8 시퀀스 중간에서 끝납니다(RFC 6455 §5.5.1).</translation>
    </message>
    <message>
        <source>The text message ends inside a UTF-8 sequence that starts at byte %1 of the message (RFC 6455 §8.1).</source>
        <translation>텍스트 메시지가 메시지의 바이트 %1에서 시작하는 UTF-8 시퀀스 중간에서 끝납니다(RFC 6455 §8.1).</translation>
    </message>
    <message>
        <source>A %1 frame arrived after its sender&apos;s Close frame; RFC 6455 §5.5.1 forbids data frames after a Close frame.</source>
        <translation>보낸 쪽의 Close 프레임 뒤에 %1 프레임이 도착했습니다. RFC 6455 §5.5.1은 Close 프레임 뒤의 데이터 프레임을 금지합니다.</translation>
    </message>
</context>
<context>
    <name>FrameDissector</name>
    <message>
        <source>cut off: %1 of %2 bytes present</source>
        <translation>잘림: %2바이트 중 %1바이트만 있음</translation>
    </message>
    <message>
        <source>No header bytes were given; a frame header has at least 2 bytes (RFC 6455 §5.2).</source>
        <translation>헤더 바이트가 없습니다. 프레임 헤더는 최소 2바이트입니다(RFC 6455 §5.2).</translation>
    </message>
    <message>
        <source>Only 1 header byte is here; a frame header has at least 2 bytes (RFC 6455 §5.2), so the fields after the opcode are unknown.</source>
        <translation>헤더 바이트가 1바이트뿐입니다. 프레임 헤더는 최소 2바이트이므로(RFC 6455 §5.2) opcode 뒤의 필드는 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 header bytes are here; the fields after byte %1 are unknown.</source>
        <translation>헤더 %2바이트 중 %1바이트만 있습니다. %1번째 바이트 뒤의 필드는 알 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 bytes were given but this header is %2 bytes long; the bytes after it are not part of the header.</source>
        <translation>%1바이트가 주어졌지만 이 헤더의 길이는 %2바이트입니다. 그 뒤의 바이트는 헤더에 속하지 않습니다.</translation>
    </message>
    <message>
        <source>FIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>1 (final fragment)</source>
        <translation>1 (마지막 조각)</translation>
    </message>
    <message>
        <source>0 (more fragments follow)</source>
        <translation>0 (조각이 더 이어짐)</translation>
    </message>
    <message>
        <source>RSV%1</source>
        <translation>RSV%1</translation>
    </message>
    <message>
        <source>0 (not set)</source>
        <translation>0 (설정 안 됨)</translation>
    </message>
    <message>
        <source>1 (set; defined by a negotiated extension)</source>
        <translation>1 (설정됨, 협상된 확장이 정의함)</translation>
    </message>
    <message>
        <source>1 (set, but no negotiated extension defines it)</source>
        <translation>1 (설정됨, 이를 정의하는 협상된 확장 없음)</translation>
    </message>
    <message>
        <source>%1 set without a negotiated extension that defines it; the receiver must fail the connection (RFC 6455 §5.2).</source>
        <translation>%1이(가) 이를 정의하는 협상된 확장 없이 설정되었습니다. 수신 측은 연결을 실패 처리해야 합니다(RFC 6455 §5.2).</translation>
    </message>
    <message>
        <source>Opcode</source>
        <translation>Opcode</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 reserved (control frame range)</source>
        <translation>%1 예약됨(제어 프레임 범위)</translation>
    </message>
    <message>
        <source>%1 reserved (data frame range)</source>
        <translation>%1 예약됨(데이터 프레임 범위)</translation>
    </message>
    <message>
        <source>Opcode %1 is reserved for future use; the receiver must fail the connection (RFC 6455 §5.2).</source>
        <translation>Opcode %1은(는) 향후 사용을 위해 예약되어 있습니다. 수신 측은 연결을 실패 처리해야 합니다(RFC 6455 §5.2).</translation>
    </message>
    <message>
        <source>This %1 frame has FIN 0, but control frames must not be fragmented (RFC 6455 §5.5).</source>
        <translation>이 %1 프레임은 FIN이 0이지만 제어 프레임은 조각화할 수 없습니다(RFC 6455 §5.5).</translation>
    </message>
    <message>
        <source>MASK</source>
        <translation>MASK</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>마스킹됨</translation>
    </message>
    <message>
        <source>not masked</source>
        <translation>마스킹 안 됨</translation>
    </message>
    <message>
        <source>The client sent this frame unmasked; every frame from client to server must be masked (RFC 6455 §5.1).</source>
        <translation>클라이언트가 이 프레임을 마스킹하지 않고 보냈습니다. 클라이언트에서 서버로 가는 모든 프레임은 마스킹해야 합니다(RFC 6455 §5.1).</translation>
    </message>
    <message>
        <source>The server sent this frame masked; a server must not mask the frames it sends (RFC 6455 §5.1).</source>
        <translation>서버가 이 프레임을 마스킹하여 보냈습니다. 서버는 보내는 프레임을 마스킹하면 안 됩니다(RFC 6455 §5.1).</translation>
    </message>
    <message>
        <source>Payload length</source>
        <translation>페이로드 길이</translation>
    </message>
    <message>
        <source>Length indicator (7 bits)</source>
        <translation>길이 표시자(7비트)</translation>
    </message>
    <message>
        <source>126: a 16-bit length follows</source>
        <translation>126: 16비트 길이가 뒤따름</translation>
    </message>
    <message>
        <source>127: a 64-bit length follows</source>
        <translation>127: 64비트 길이가 뒤따름</translation>
    </message>
    <message>
        <source>%1: the length itself</source>
        <translation>%1: 길이 값 자체</translation>
    </message>
    <message>
        <source>Extended length (16 bits)</source>
        <translation>확장 길이(16비트)</translation>
    </message>
    <message>
        <source>Extended length (64 bits)</source>
        <translation>확장 길이(64비트)</translation>
    </message>
    <message>
        <source>64-bit length %1 (invalid: the most significant bit is set)</source>
        <translation>64비트 길이 %1 (잘못됨: 최상위 비트가 설정됨)</translation>
    </message>
    <message>
        <source>The 64-bit length has its most significant bit set, which RFC 6455 §5.2 forbids; the receiver must fail the connection.</source>
        <translation>64비트 길이의 최상위 비트가 설정되어 있습니다. RFC 6455 §5.2는 이를 금지하므로 수신 측은 연결을 실패 처리해야 합니다.</translation>
    </message>
    <message>
        <source>%1-bit length %2 (not minimal: %3 bits would do)</source>
        <translation>%1비트 길이 %2 (최소 인코딩 아님: %3비트로 충분)</translation>
    </message>
    <message>
        <source>The length %1 is written in %2 bits where %3 would do; RFC 6455 §5.2 requires the minimal number of bytes (most peers accept it anyway).</source>
        <translation>길이 %1이(가) %3비트로 충분한데 %2비트로 쓰였습니다. RFC 6455 §5.2는 최소 바이트 수를 요구합니다(대부분의 상대방은 그래도 받아들입니다).</translation>
    </message>
    <message>
        <source>%1-bit length %2</source>
        <translation>%1비트 길이 %2</translation>
    </message>
    <message>
        <source>This %1 frame declares %2 payload bytes; control frames carry at most %3 (RFC 6455 §5.5).</source>
        <translation>이 %1 프레임은 페이로드를 %2바이트로 선언합니다. 제어 프레임에는 최대 %3바이트까지 담을 수 있습니다(RFC 6455 §5.5).</translation>
    </message>
    <message>
        <source>Masking key</source>
        <translation>마스킹 키</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>페이로드</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n바이트</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), masked on the wire (shown unmasked)</source>
        <translation>
            <numerusform>%n바이트, 회선에서는 마스킹됨(마스킹을 해제하여 표시)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), as masked on the wire</source>
        <translation>
            <numerusform>%n바이트, 회선에서 마스킹된 그대로</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the %2 payload bytes the header declares are here.</source>
        <translation>헤더가 선언한 페이로드 %2바이트 중 %1바이트가 있습니다.</translation>
    </message>
    <message>
        <source>%1 payload bytes are here, more than the %2 the header declares.</source>
        <translation>페이로드 %1바이트가 있어 헤더가 선언한 %2바이트보다 많습니다.</translation>
    </message>
</context>
<context>
    <name>FrameLogModel</name>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
</context>
<context>
    <name>FrameSpecClassifier</name>
    <message>
        <source>legal per RFC 6455</source>
        <translation>RFC 6455에 맞음</translation>
    </message>
    <message>
        <source>RFC 6455 %1: %2</source>
        <translation>RFC 6455 %1: %2</translation>
    </message>
    <message>
        <source>RFC 6455 %1, a strict server closes with %2: %3</source>
        <translation>RFC 6455 %1, 엄격한 서버는 %2(으)로 닫음: %3</translation>
    </message>
    <message>
        <source>violation: %1</source>
        <translation>위반: %1</translation>
    </message>
    <message>
        <source>The length %1 is written in %2 bits; RFC 6455 §5.2 asks for the minimal encoding (%3 bits). Many servers accept it.</source>
        <translation>길이 %1이(가) %2비트로 쓰였습니다. RFC 6455 §5.2는 최소 인코딩(%3비트)을 요구합니다. 많은 서버가 이를 받아들입니다.</translation>
    </message>
    <message>
        <source>The header declares %1 payload bytes but %2 follow: the server takes the next %3 bytes of the stream as this frame&apos;s payload, or waits for them.</source>
        <translation>헤더는 페이로드를 %1바이트로 선언하지만 뒤따르는 것은 %2바이트입니다. 서버는 스트림의 다음 %3바이트를 이 프레임의 페이로드로 받아들이거나, 그 바이트가 올 때까지 기다립니다.</translation>
    </message>
    <message>
        <source>The header declares %1 payload bytes but %2 follow: the server reads the last %3 bytes as the start of the next frame.</source>
        <translation>헤더는 페이로드를 %1바이트로 선언하지만 뒤따르는 것은 %2바이트입니다. 서버는 마지막 %3바이트를 다음 프레임의 시작으로 읽습니다.</translation>
    </message>
</context>
<context>
    <name>FrameSpecForm</name>
    <message>
        <source>Frame mode needs the wire tap: turn it on (it applies at the next connect).</source>
        <translation>프레임 모드에는 와이어 캡처가 필요합니다. 캡처를 켜십시오(다음 연결부터 적용됨).</translation>
    </message>
    <message>
        <source>This connection runs without the wire tap: reconnect to write frames by hand.</source>
        <translation>이 연결은 와이어 캡처 없이 실행 중입니다. 프레임을 직접 쓰려면 다시 연결하십시오.</translation>
    </message>
    <message>
        <source>Payload: %1</source>
        <translation>페이로드: %1</translation>
    </message>
    <message>
        <source>Frame payload from a file</source>
        <translation>파일에서 가져온 프레임 페이로드</translation>
    </message>
    <message>
        <source>Frame mode writes frames through the wire tap, which is off for this tab.</source>
        <translation>프레임 모드는 와이어 캡처를 통해 프레임을 쓰지만, 이 탭에서는 캡처가 꺼져 있습니다.</translation>
    </message>
    <message>
        <source>The tap is on for the next connection; this one runs without it. Reconnect to write frames.</source>
        <translation>다음 연결부터 캡처가 켜집니다. 현재 연결은 캡처 없이 실행 중입니다. 프레임을 쓰려면 다시 연결하십시오.</translation>
    </message>
    <message>
        <source>Turn the tap on</source>
        <translation>캡처 켜기</translation>
    </message>
    <message>
        <source>Turns the wire tap on for this tab; it applies at the next connect</source>
        <translation>이 탭의 와이어 캡처를 켭니다. 다음 연결부터 적용됩니다</translation>
    </message>
    <message>
        <source>FIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>Final fragment of a message (RFC 6455 §5.2)</source>
        <translation>메시지의 마지막 조각(RFC 6455 §5.2)</translation>
    </message>
    <message>
        <source>RSV%1</source>
        <translation>RSV%1</translation>
    </message>
    <message>
        <source>Reserved bit %1: must be 0 unless an extension defines it (RFC 6455 §5.2)</source>
        <translation>예약 비트 %1: 확장이 정의하지 않는 한 0이어야 함(RFC 6455 §5.2)</translation>
    </message>
    <message>
        <source>Opcode:</source>
        <translation>Opcode:</translation>
    </message>
    <message>
        <source>A name (text, binary, continuation, close, ping, pong) or a number 0–15 (0x0–0xF)</source>
        <translation>이름(text, binary, continuation, close, ping, pong) 또는 0–15(0x0–0xF)의 숫자</translation>
    </message>
    <message>
        <source>Opcode</source>
        <translation>Opcode</translation>
    </message>
    <message>
        <source>MASK</source>
        <translation>MASK</translation>
    </message>
    <message>
        <source>A client masks every frame (RFC 6455 §5.3)</source>
        <translation>클라이언트는 모든 프레임을 마스킹함(RFC 6455 §5.3)</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>키:</translation>
    </message>
    <message>
        <source>random</source>
        <translation>무작위</translation>
    </message>
    <message>
        <source>Masking key as 8 hex digits; empty: a fresh random key for each send</source>
        <translation>16진수 8자리 마스킹 키. 비워 두면 전송할 때마다 새 무작위 키 사용</translation>
    </message>
    <message>
        <source>Masking key</source>
        <translation>마스킹 키</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>길이:</translation>
    </message>
    <message>
        <source>real</source>
        <translation>실제 길이</translation>
    </message>
    <message>
        <source>The payload length the header declares; empty: the payload&apos;s real length</source>
        <translation>헤더에 선언할 페이로드 길이. 비워 두면 페이로드의 실제 길이</translation>
    </message>
    <message>
        <source>Declared length</source>
        <translation>선언 길이</translation>
    </message>
    <message>
        <source>minimal</source>
        <translation>최소</translation>
    </message>
    <message>
        <source>7-bit</source>
        <translation>7비트</translation>
    </message>
    <message>
        <source>16-bit</source>
        <translation>16비트</translation>
    </message>
    <message>
        <source>64-bit</source>
        <translation>64비트</translation>
    </message>
    <message>
        <source>How the length is encoded; a longer encoding than needed is a violation (RFC 6455 §5.2)</source>
        <translation>길이 인코딩 방식. 필요보다 긴 인코딩은 위반임(RFC 6455 §5.2)</translation>
    </message>
    <message>
        <source>Send as fragments:</source>
        <translation>조각으로 전송:</translation>
    </message>
    <message>
        <source>Cut the payload into a message of several fragments (RFC 6455 §5.4)</source>
        <translation>페이로드를 여러 조각으로 된 메시지로 나눔(RFC 6455 §5.4)</translation>
    </message>
    <message>
        <source>e.g. 3, or 3,ping for a ping between fragments</source>
        <translation>예: 3, 조각 사이에 ping을 넣으려면 3,ping</translation>
    </message>
    <message>
        <source>The number of equal fragments, optionally followed by ,ping or ,pong for a control frame between every two</source>
        <translation>같은 크기 조각의 수. 조각 사이마다 제어 프레임을 넣으려면 뒤에 ,ping 또는 ,pong을 붙임</translation>
    </message>
    <message>
        <source>Fragments</source>
        <translation>조각</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <source>Fill the form with a common violation</source>
        <translation>흔한 위반 사례로 양식 채우기</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>페이로드:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Payload format</source>
        <translation>페이로드 형식</translation>
    </message>
    <message>
        <source>Payload as text (sent as UTF-8)</source>
        <translation>텍스트 페이로드(UTF-8로 전송)</translation>
    </message>
    <message>
        <source>Payload as hex bytes, e.g. c3 28 (any bytes, invalid UTF-8 too)</source>
        <translation>Hex 바이트 페이로드, 예: c3 28(잘못된 UTF-8을 포함해 어떤 바이트든 가능)</translation>
    </message>
    <message>
        <source>Payload as Base64</source>
        <translation>Base64 페이로드</translation>
    </message>
    <message>
        <source>Frame payload</source>
        <translation>프레임 페이로드</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>파일 선택…</translation>
    </message>
    <message>
        <source>No file chosen: the file&apos;s bytes become the payload.</source>
        <translation>선택한 파일이 없습니다. 파일의 바이트가 페이로드가 됩니다.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>페이로드</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Payload: choose a file first.</source>
        <translation>페이로드: 먼저 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>Fragments: %1</source>
        <translation>조각: %1</translation>
    </message>
    <message>
        <source>1 frame · %1</source>
        <translation>프레임 1개 · %1</translation>
    </message>
    <message>
        <source>%1 frames · %2</source>
        <translation>프레임 %1개 · %2</translation>
    </message>
    <message>
        <source>✓ legal per RFC 6455 (all %1 frames)</source>
        <translation>✓ RFC 6455에 맞음(프레임 %1개 모두)</translation>
    </message>
    <message>
        <source>✓ legal per RFC 6455</source>
        <translation>✓ RFC 6455에 맞음</translation>
    </message>
    <message>
        <source>⚠ Deliberate violation of RFC 6455 %1: %2</source>
        <translation>⚠ RFC 6455 %1의 의도적 위반: %2</translation>
    </message>
    <message>
        <source>⚠ Deliberate violation of RFC 6455 %1 (a strict server closes with %2): %3</source>
        <translation>⚠ RFC 6455 %1의 의도적 위반(엄격한 서버는 %2(으)로 닫음): %3</translation>
    </message>
    <message>
        <source>Frame %1: %2</source>
        <translation>프레임 %1: %2</translation>
    </message>
    <message>
        <source>The next frame goes inside a fragmented message.</source>
        <translation>다음 프레임은 조각난 메시지 안에 들어갑니다.</translation>
    </message>
    <message>
        <source>The next frame goes after our Close frame.</source>
        <translation>다음 프레임은 보낸 Close 프레임 뒤에 갑니다.</translation>
    </message>
</context>
<context>
    <name>FrameSpecParser</name>
    <message>
        <source>%1: a field is written name=value (e.g. opcode=text).</source>
        <translation>%1: 필드는 name=value 형식으로 씁니다(예: opcode=text).</translation>
    </message>
    <message>
        <source>%1: the quoted value has no closing &quot;.</source>
        <translation>%1: 따옴표로 묶은 값에 닫는 &quot;가 없습니다.</translation>
    </message>
    <message>
        <source>%1: put a space after the closing &quot;.</source>
        <translation>%1: 닫는 &quot; 뒤에 공백을 넣으십시오.</translation>
    </message>
    <message>
        <source>%1 is 0 or 1, not &quot;%2&quot;.</source>
        <translation>%1은(는) 0 또는 1이어야 합니다. &quot;%2&quot;은(는) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1이(가) 두 번 지정되었습니다.</translation>
    </message>
    <message>
        <source>%1: give one payload only (payload, payload-hex, payload-base64 or payload-file).</source>
        <translation>%1: 페이로드는 하나만 지정하십시오(payload, payload-hex, payload-base64 또는 payload-file).</translation>
    </message>
    <message>
        <source>opcode &quot;%1&quot; is not an opcode: give continuation, text, binary, close, ping, pong or a number 0-15 (0x0-0xF).</source>
        <translation>opcode &quot;%1&quot;은(는) opcode가 아닙니다. continuation, text, binary, close, ping, pong 또는 0-15(0x0-0xF)의 숫자를 지정하십시오.</translation>
    </message>
    <message>
        <source>mask is on or off, not &quot;%1&quot;.</source>
        <translation>mask는 on 또는 off여야 합니다. &quot;%1&quot;은(는) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>key is the 4-byte masking key as 8 hex digits (e.g. key=37fa213d), not &quot;%1&quot;.</source>
        <translation>key는 4바이트 마스킹 키를 16진수 8자리로 쓴 값입니다(예: key=37fa213d). &quot;%1&quot;은(는) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>length is N, N/BITS or /BITS (BITS: 7, 16 or 64), not &quot;%1&quot;.</source>
        <translation>length는 N, N/BITS 또는 /BITS(BITS: 7, 16 또는 64)여야 합니다. &quot;%1&quot;은(는) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>length: the encoding after / is 7, 16 or 64 bits, not &quot;%1&quot;.</source>
        <translation>length: / 뒤의 인코딩은 7, 16 또는 64비트여야 합니다. &quot;%1&quot;은(는) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>payload-file: cannot read &quot;%1&quot;: %2</source>
        <translation>payload-file: &quot;%1&quot;을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>payload-file: &quot;%1&quot; has %2 bytes; a hand-made frame takes at most %3.</source>
        <translation>payload-file: &quot;%1&quot;의 크기는 %2바이트입니다. 직접 만든 프레임에는 최대 %3바이트까지 담을 수 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a frame field: use fin, rsv1, rsv2, rsv3, opcode, mask, key, length, payload, payload-hex, payload-base64 or payload-file.</source>
        <translation>&quot;%1&quot;은(는) 프레임 필드가 아닙니다. fin, rsv1, rsv2, rsv3, opcode, mask, key, length, payload, payload-hex, payload-base64 또는 payload-file을 사용하십시오.</translation>
    </message>
    <message>
        <source>key is given but mask=off: an unmasked frame has no masking key.</source>
        <translation>key가 지정되었지만 mask=off입니다. 마스킹하지 않은 프레임에는 마스킹 키가 없습니다.</translation>
    </message>
    <message>
        <source>length: %1 does not fit a %2-bit length.</source>
        <translation>length: %1은(는) %2비트 길이에 들어가지 않습니다.</translation>
    </message>
    <message>
        <source>payload-file: give the path of a file.</source>
        <translation>payload-file: 파일 경로를 지정하십시오.</translation>
    </message>
    <message>
        <source>payload-file: &quot;%1&quot; has more than %2 bytes; a hand-made frame takes at most %2.</source>
        <translation>payload-file: &quot;%1&quot;의 크기가 %2바이트를 넘습니다. 직접 만든 프레임에는 최대 %2바이트까지 담을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>FrameSpecPresets</name>
    <message>
        <source>Reserved opcode 0x3</source>
        <translation>예약된 opcode 0x3</translation>
    </message>
    <message>
        <source>RSV1 set without an extension</source>
        <translation>확장 없이 RSV1 설정</translation>
    </message>
    <message>
        <source>Unmasked frame</source>
        <translation>마스킹하지 않은 프레임</translation>
    </message>
    <message>
        <source>Fragmented ping (FIN off)</source>
        <translation>조각난 ping(FIN 꺼짐)</translation>
    </message>
    <message>
        <source>Invalid UTF-8 in a text frame</source>
        <translation>텍스트 프레임 안의 잘못된 UTF-8</translation>
    </message>
    <message>
        <source>Continuation without a start</source>
        <translation>시작 프레임 없는 continuation</translation>
    </message>
    <message>
        <source>Close with a 1-byte payload</source>
        <translation>페이로드가 1바이트인 Close 프레임</translation>
    </message>
    <message>
        <source>Close with code 1005</source>
        <translation>코드가 1005인 Close 프레임</translation>
    </message>
    <message>
        <source>Close with an over-long reason (126 bytes)</source>
        <translation>사유가 너무 긴 Close 프레임(126바이트)</translation>
    </message>
</context>
<context>
    <name>FrameView</name>
    <message>
        <source>No frame header</source>
        <translation>프레임 헤더 없음</translation>
    </message>
    <message>
        <source>Select a frame in the log to see its header dissected.</source>
        <translation>로그에서 프레임을 선택하면 헤더를 필드별로 분석하여 보여 줍니다.</translation>
    </message>
    <message>
        <source>This row is not a WebSocket frame, so it has no frame header.</source>
        <translation>이 행은 WebSocket 프레임이 아니므로 프레임 헤더가 없습니다.</translation>
    </message>
    <message>
        <source>client → server</source>
        <translation>클라이언트 → 서버</translation>
    </message>
    <message>
        <source>server → client</source>
        <translation>서버 → 클라이언트</translation>
    </message>
    <message>
        <source>The Payload tab shows them unmasked.</source>
        <translation>페이로드 탭에는 마스킹을 해제한 상태로 표시됩니다.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>비트</translation>
    </message>
    <message>
        <source>Frame header fields</source>
        <translation>프레임 헤더 필드</translation>
    </message>
    <message>
        <source>Frame header bytes</source>
        <translation>프레임 헤더 바이트</translation>
    </message>
    <message numerus="yes">
        <source>The header as the wire tap recorded it; %n payload byte(s) follow it.</source>
        <translation>
            <numerusform>와이어 캡처가 기록한 그대로의 헤더입니다. 뒤에 페이로드 %n바이트가 이어집니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Violation: </source>
        <translation>✗ 위반: </translation>
    </message>
    <message>
        <source>⚠ Warning: </source>
        <translation>⚠ 경고: </translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>참고: </translation>
    </message>
    <message>
        <source>Continuation frame</source>
        <translation>continuation 프레임</translation>
    </message>
    <message>
        <source>Text frame</source>
        <translation>텍스트 프레임</translation>
    </message>
    <message>
        <source>Binary frame</source>
        <translation>바이너리 프레임</translation>
    </message>
    <message>
        <source>Close frame</source>
        <translation>Close 프레임</translation>
    </message>
    <message>
        <source>Ping frame</source>
        <translation>ping 프레임</translation>
    </message>
    <message>
        <source>Pong frame</source>
        <translation>pong 프레임</translation>
    </message>
    <message>
        <source>Frame with reserved opcode 0x%1</source>
        <translation>예약된 opcode 0x%1의 프레임</translation>
    </message>
    <message>
        <source>The wire tap was off for this connection: QWebSocket reported this ping without its frame header. Turn the tap on to see every frame as it crossed the wire.</source>
        <translation>이 연결에서는 와이어 캡처가 꺼져 있었습니다. QWebSocket은 이 ping을 프레임 헤더 없이 보고했습니다. 모든 프레임을 회선을 오간 그대로 보려면 캡처를 켜십시오.</translation>
    </message>
    <message>
        <source>The wire tap was off for this connection: QWebSocket reported this pong without its frame header. Turn the tap on to see every frame as it crossed the wire.</source>
        <translation>이 연결에서는 와이어 캡처가 꺼져 있었습니다. QWebSocket은 이 pong을 프레임 헤더 없이 보고했습니다. 모든 프레임을 회선을 오간 그대로 보려면 캡처를 켜십시오.</translation>
    </message>
    <message>
        <source>The wire tap was off for this connection: QWebSocket reported this Close frame without its frame header. Turn the tap on to see every frame as it crossed the wire.</source>
        <translation>이 연결에서는 와이어 캡처가 꺼져 있었습니다. QWebSocket은 이 Close 프레임을 프레임 헤더 없이 보고했습니다. 모든 프레임을 회선을 오간 그대로 보려면 캡처를 켜십시오.</translation>
    </message>
    <message>
        <source>The wire tap was off for this connection: QWebSocket reported this message without its frame headers. Turn the tap on to see every frame as it crossed the wire.</source>
        <translation>이 연결에서는 와이어 캡처가 꺼져 있었습니다. QWebSocket은 이 메시지를 프레임 헤더 없이 보고했습니다. 모든 프레임을 회선을 오간 그대로 보려면 캡처를 켜십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, header %n byte(s)</source>
        <translation>
            <numerusform>%1, %2, 헤더 %n바이트</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Handshake</name>
    <message>
        <source>The key is empty; it must be the base64 encoding of 16 bytes.</source>
        <translation>키가 비어 있습니다. 16바이트를 base64로 인코딩한 값이어야 합니다.</translation>
    </message>
    <message numerus="yes">
        <source>The key is %n characters long; the base64 encoding of 16 bytes is 24 characters.</source>
        <translation>
            <numerusform>키의 길이가 %n자입니다. 16바이트를 base64로 인코딩하면 24자입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 must be &apos;=&apos; padding, found &apos;%2&apos;.</source>
        <translation>문자 %1은(는) &apos;=&apos; 패딩이어야 하지만 &apos;%2&apos;입니다.</translation>
    </message>
    <message>
        <source>Character %1 (&apos;%2&apos;) is not in the base64 alphabet.</source>
        <translation>문자 %1(&apos;%2&apos;)은(는) base64 알파벳에 없습니다.</translation>
    </message>
    <message>
        <source>The key does not decode to 16 bytes.</source>
        <translation>키를 디코딩한 결과가 16바이트가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>HandshakeValidator</name>
    <message>
        <source>The server refused the upgrade: %1.</source>
        <translation>서버가 업그레이드를 거부했습니다: %1.</translation>
    </message>
    <message>
        <source>The server refused the upgrade: %1 %2.</source>
        <translation>서버가 업그레이드를 거부했습니다: %1 %2.</translation>
    </message>
    <message>
        <source>The response has no Upgrade header; it must be &quot;websocket&quot;.</source>
        <translation>응답에 Upgrade 헤더가 없습니다. &quot;websocket&quot;이어야 합니다.</translation>
    </message>
    <message>
        <source>The Upgrade header is &quot;%1&quot;; it must be &quot;websocket&quot;.</source>
        <translation>Upgrade 헤더가 &quot;%1&quot;입니다. &quot;websocket&quot;이어야 합니다.</translation>
    </message>
    <message>
        <source>The response has no Connection header; it must contain &quot;Upgrade&quot;.</source>
        <translation>응답에 Connection 헤더가 없습니다. &quot;Upgrade&quot;를 포함해야 합니다.</translation>
    </message>
    <message>
        <source>The Connection header is &quot;%1&quot;; it must contain &quot;Upgrade&quot;.</source>
        <translation>Connection 헤더가 &quot;%1&quot;입니다. &quot;Upgrade&quot;를 포함해야 합니다.</translation>
    </message>
    <message>
        <source>The request has no Sec-WebSocket-Key header, so Sec-WebSocket-Accept cannot be checked.</source>
        <translation>요청에 Sec-WebSocket-Key 헤더가 없어 Sec-WebSocket-Accept를 확인할 수 없습니다.</translation>
    </message>
    <message>
        <source>The response has no Sec-WebSocket-Accept header; expected &quot;%1&quot;.</source>
        <translation>응답에 Sec-WebSocket-Accept 헤더가 없습니다. 예상 값은 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <source>The response has %1 Sec-WebSocket-Accept headers; exactly one is allowed.</source>
        <translation>응답에 Sec-WebSocket-Accept 헤더가 %1개 있습니다. 정확히 하나만 허용됩니다.</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Accept is wrong: expected &quot;%1&quot;, received &quot;%2&quot;.</source>
        <translation>Sec-WebSocket-Accept가 잘못되었습니다. 예상 값 &quot;%1&quot;, 받은 값 &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The server uses the extension &quot;%1&quot;, which the client did not request.</source>
        <translation>서버가 클라이언트가 요청하지 않은 확장 &quot;%1&quot;을(를) 사용합니다.</translation>
    </message>
    <message>
        <source>The Sec-WebSocket-Protocol header of the response is empty; it must name one subprotocol.</source>
        <translation>응답의 Sec-WebSocket-Protocol 헤더가 비어 있습니다. 서브프로토콜 하나를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>The server selected %1 subprotocols (%2); it must select exactly one.</source>
        <translation>서버가 서브프로토콜 %1개(%2)를 선택했습니다. 정확히 하나만 선택해야 합니다.</translation>
    </message>
    <message>
        <source>The server selected the subprotocol &quot;%1&quot;, but the client offered none.</source>
        <translation>서버가 서브프로토콜 &quot;%1&quot;을(를) 선택했지만 클라이언트는 아무것도 제안하지 않았습니다.</translation>
    </message>
    <message>
        <source>The server selected the subprotocol &quot;%1&quot;, which the client did not offer (offered: %2).</source>
        <translation>서버가 클라이언트가 제안하지 않은 서브프로토콜 &quot;%1&quot;을(를) 선택했습니다(제안한 항목: %2).</translation>
    </message>
    <message>
        <source>The 101 response says %1; a WebSocket handshake needs HTTP/1.1.</source>
        <translation>101 응답의 버전이 %1입니다. WebSocket 핸드셰이크에는 HTTP/1.1이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>HandshakeView</name>
    <message>
        <source>No upgrade request recorded.</source>
        <translation>기록된 업그레이드 요청이 없습니다.</translation>
    </message>
    <message>
        <source>No response yet: the server has not answered the upgrade.</source>
        <translation>아직 응답이 없습니다. 서버가 업그레이드에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>No response recorded.</source>
        <translation>기록된 응답이 없습니다.</translation>
    </message>
    <message>
        <source>Body: %1 bytes, as text</source>
        <translation>본문: %1바이트, 텍스트로 표시</translation>
    </message>
    <message>
        <source>Body: %1 bytes, as hex (not UTF-8 text)</source>
        <translation>본문: %1바이트, hex로 표시(UTF-8 텍스트가 아님)</translation>
    </message>
    <message>
        <source>(first %1 bytes kept)</source>
        <translation>(처음 %1바이트만 보관)</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s response to check Sec-WebSocket-Accept.</source>
        <translation>Sec-WebSocket-Accept를 확인하기 위해 서버의 응답을 기다리는 중입니다.</translation>
    </message>
    <message>
        <source>No handshake recorded for this connection.</source>
        <translation>이 연결에 기록된 핸드셰이크가 없습니다.</translation>
    </message>
    <message>
        <source>The server refused the upgrade with %1 %2, so there is no Sec-WebSocket-Accept to check.</source>
        <translation>서버가 %1 %2(으)로 업그레이드를 거부했으므로 확인할 Sec-WebSocket-Accept가 없습니다.</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Accept is correct.</source>
        <translation>Sec-WebSocket-Accept가 올바릅니다.</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Accept is missing from the 101 response.</source>
        <translation>101 응답에 Sec-WebSocket-Accept가 없습니다.</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Accept is wrong: the server did not compute it from our key.</source>
        <translation>Sec-WebSocket-Accept가 잘못되었습니다. 서버가 보낸 키로 계산하지 않았습니다.</translation>
    </message>
    <message>
        <source>Accept check passed</source>
        <translation>Accept 확인 통과</translation>
    </message>
    <message>
        <source>Accept check failed</source>
        <translation>Accept 확인 실패</translation>
    </message>
    <message>
        <source>Negotiated subprotocol: %1 · extensions: %2</source>
        <translation>협상된 서브프로토콜: %1 · 확장: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Problems with the handshake:</source>
        <translation>핸드셰이크 문제:</translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation>프로토콜: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Cipher: %1</source>
        <translation>암호 스위트: %1</translation>
    </message>
    <message>
        <source>Certificate chain (leaf first):</source>
        <translation>인증서 체인(리프 인증서부터):</translation>
    </message>
    <message>
        <source>Errors: none</source>
        <translation>오류: 없음</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>오류:</translation>
    </message>
    <message>
        <source>Request (client → server)</source>
        <translation>요청(클라이언트 → 서버)</translation>
    </message>
    <message>
        <source>Response (server → client)</source>
        <translation>응답(서버 → 클라이언트)</translation>
    </message>
    <message>
        <source>TLS (upstream connection)</source>
        <translation>TLS(업스트림 연결)</translation>
    </message>
    <message>
        <source>Request headers in wire order</source>
        <translation>전송 순서대로 표시한 요청 헤더</translation>
    </message>
    <message>
        <source>Response headers in wire order</source>
        <translation>전송 순서대로 표시한 응답 헤더</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>응답 본문</translation>
    </message>
    <message>
        <source>Raw HTTP</source>
        <translation>원시 HTTP</translation>
    </message>
    <message>
        <source>Show each head as it crossed the wire instead of the header tables</source>
        <translation>헤더 표 대신 각 헤드를 회선을 오간 그대로 표시</translation>
    </message>
    <message>
        <source>Copy Request</source>
        <translation>요청 복사</translation>
    </message>
    <message>
        <source>Copy the upgrade request as raw HTTP</source>
        <translation>업그레이드 요청을 원시 HTTP로 복사</translation>
    </message>
    <message>
        <source>Copy Response</source>
        <translation>응답 복사</translation>
    </message>
    <message>
        <source>Copy the server&apos;s response as raw HTTP (with the body of a refused upgrade)</source>
        <translation>서버의 응답을 원시 HTTP로 복사(거부된 업그레이드의 본문 포함)</translation>
    </message>
</context>
<context>
    <name>HarExporter</name>
    <message>
        <source>Could not write the HAR file: %1</source>
        <translation>HAR 파일을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>no output device</source>
        <translation>출력 장치 없음</translation>
    </message>
</context>
<context>
    <name>HarImporter</name>
    <message>
        <source>entry %1, %2: %3</source>
        <translation>항목 %1, %2: %3</translation>
    </message>
    <message>
        <source>the entry has no request object</source>
        <translation>항목에 request 객체가 없습니다</translation>
    </message>
    <message>
        <source>“%1” is not an ISO-8601 time</source>
        <translation>“%1”은(는) ISO-8601 시간이 아닙니다</translation>
    </message>
    <message>
        <source>“%1” is not a URL</source>
        <translation>“%1”은(는) URL이 아닙니다</translation>
    </message>
    <message>
        <source>a header must be an object with a name and a value</source>
        <translation>헤더는 name과 value가 있는 객체여야 합니다</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>must be a list of messages</source>
        <translation>메시지 목록이어야 합니다</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>메시지 %1</translation>
    </message>
    <message>
        <source>field “type”: “%1” is not send or receive</source>
        <translation>필드 “type”: “%1”은(는) send 또는 receive가 아닙니다</translation>
    </message>
    <message>
        <source>field “time” must be a number (seconds since 1970)</source>
        <translation>필드 “time”은 숫자(1970년부터 지난 초)여야 합니다</translation>
    </message>
    <message>
        <source>field “opcode” must be a whole number from 0 to 15</source>
        <translation>필드 “opcode”는 0부터 15까지의 정수여야 합니다</translation>
    </message>
    <message>
        <source>field “data” must be a string</source>
        <translation>필드 “data”는 문자열이어야 합니다</translation>
    </message>
    <message>
        <source>field “data” is not valid base64 (binary messages are base64 in a HAR)</source>
        <translation>필드 “data”가 올바른 base64가 아닙니다(HAR에서 바이너리 메시지는 base64로 저장됨)</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1행 %2열: %3</translation>
    </message>
    <message>
        <source>this is not a HAR file: it has no “log” object</source>
        <translation>HAR 파일이 아닙니다. “log” 객체가 없습니다</translation>
    </message>
    <message>
        <source>log.entries is missing or not a list</source>
        <translation>log.entries가 없거나 목록이 아닙니다</translation>
    </message>
    <message numerus="yes">
        <source>the HAR holds no WebSocket connection (%n entry read, none with _webSocketMessages or a ws:// URL)</source>
        <translation>
            <numerusform>HAR에 WebSocket 연결이 없습니다(항목 %n개를 읽었지만 _webSocketMessages나 ws:// URL이 있는 항목이 없음)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HarProfileImporter</name>
    <message>
        <source>The browser offered the extension “%1”; WsScope&apos;s client offers none, so it is left out.</source>
        <translation>브라우저는 확장 “%1”을(를) 제안했지만 WsScope 클라이언트는 확장을 제안하지 않으므로 제외했습니다.</translation>
    </message>
    <message>
        <source>%1 Left out.</source>
        <translation>%1 제외했습니다.</translation>
    </message>
    <message>
        <source>“_webSocketMessages” is not a list; no messages were read.</source>
        <translation>“_webSocketMessages”가 목록이 아니어서 메시지를 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>Message %1 of the HAR: %2; left out.</source>
        <translation>HAR의 메시지 %1: %2. 제외했습니다.</translation>
    </message>
    <message>
        <source>Message %1 of the HAR has opcode %2, not text or binary; left out.</source>
        <translation>HAR의 메시지 %1은(는) opcode가 텍스트나 바이너리가 아닌 %2이므로 제외했습니다.</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>메시지 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more distinct sent message(s) beyond the first %1 left out.</source>
        <translation>
            <numerusform>처음 %1개 이후의 서로 다른 보낸 메시지 %n개를 제외했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>This HAR has no list “log.entries”.</source>
        <translation>이 HAR에는 “log.entries” 목록이 없습니다.</translation>
    </message>
    <message>
        <source>Entry %1 of the HAR: “%2” is not a ws://, wss://, http:// or https:// URL; no profile was made of it.</source>
        <translation>HAR의 항목 %1: “%2”은(는) ws://, wss://, http:// 또는 https:// URL이 아니므로 프로필을 만들지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The HAR holds no WebSocket connection (%n entry read, none with _webSocketMessages, a ws:// URL or an Upgrade: websocket header).</source>
        <translation>
            <numerusform>HAR에 WebSocket 연결이 없습니다(항목 %n개를 읽었지만 _webSocketMessages, ws:// URL 또는 Upgrade: websocket 헤더가 있는 항목이 없음).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n WebSocket connection(s) of the HAR has a URL a profile can use.</source>
        <translation>
            <numerusform>HAR의 WebSocket 연결 %n개 중 프로필에 쓸 수 있는 URL이 있는 연결이 없습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderRules</name>
    <message>
        <source>A header has an empty name.</source>
        <translation>이름이 비어 있는 헤더가 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name: %2 is not allowed in an HTTP header name, only letters, digits and !#$%&amp;&apos;*+-.^_`|~ are (RFC 9110 §5.1).</source>
        <translation>&quot;%1&quot;은(는) 올바른 헤더 이름이 아닙니다. HTTP 헤더 이름에는 %2을(를) 쓸 수 없으며 영문자, 숫자와 !#$%&amp;&apos;*+-.^_`|~만 허용됩니다(RFC 9110 §5.1).</translation>
    </message>
    <message>
        <source>The value of header &quot;%1&quot; contains %2, a control character that would end the header early (RFC 9110 §5.5).</source>
        <translation>헤더 &quot;%1&quot;의 값에 제어 문자 %2이(가) 있어 헤더가 일찍 끝나게 됩니다(RFC 9110 §5.5).</translation>
    </message>
    <message>
        <source>The value of header &quot;%1&quot; contains %2, a control character; a header value may only hold visible characters, spaces and tabs (RFC 9110 §5.5).</source>
        <translation>헤더 &quot;%1&quot;의 값에 제어 문자 %2이(가) 있습니다. 헤더 값에는 보이는 문자, 공백, 탭만 쓸 수 있습니다(RFC 9110 §5.5).</translation>
    </message>
    <message>
        <source>A subprotocol name is empty.</source>
        <translation>서브프로토콜 이름이 비어 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid subprotocol name: %2 is not allowed in a subprotocol name, only letters, digits and !#$%&amp;&apos;*+-.^_`|~ are (RFC 6455 §4.1).</source>
        <translation>&quot;%1&quot;은(는) 올바른 서브프로토콜 이름이 아닙니다. 서브프로토콜 이름에는 %2을(를) 쓸 수 없으며 영문자, 숫자와 !#$%&amp;&apos;*+-.^_`|~만 허용됩니다(RFC 6455 §4.1).</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is written by the WebSocket client itself (RFC 6455 §4.1); adding it would send it twice and the server could refuse the upgrade.</source>
        <translation>헤더 &quot;%1&quot;은(는) WebSocket 클라이언트가 직접 씁니다(RFC 6455 §4.1). 추가하면 두 번 전송되어 서버가 업그레이드를 거부할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>HeaderTable</name>
    <message>
        <source>Header</source>
        <translation>헤더</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Copy Header</source>
        <translation>헤더 복사</translation>
    </message>
    <message>
        <source>Copy the selected header as &quot;Name: value&quot;</source>
        <translation>선택한 헤더를 &quot;Name: value&quot; 형식으로 복사</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>값 복사</translation>
    </message>
    <message>
        <source>Copy All Headers</source>
        <translation>모든 헤더 복사</translation>
    </message>
    <message>
        <source>Copy the whole head as it crossed the wire: start line and every header</source>
        <translation>회선을 오간 그대로 전체 헤드 복사: 시작 줄과 모든 헤더</translation>
    </message>
</context>
<context>
    <name>HexCodec</name>
    <message>
        <source>&apos;0x&apos; is not followed by hex digits.</source>
        <translation>&apos;0x&apos; 뒤에 16진수 숫자가 없습니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an odd number of hex digits (%2); every byte needs two.</source>
        <translation>&apos;%1&apos;의 16진수 숫자 개수가 홀수(%2)입니다. 바이트마다 두 자리가 필요합니다.</translation>
    </message>
    <message>
        <source>%1 is not a hex digit (0-9, a-f); bytes may be separated by spaces, new lines, &apos;:&apos;, &apos;-&apos; or &apos;,&apos;.</source>
        <translation>%1은(는) 16진수 숫자(0-9, a-f)가 아닙니다. 바이트는 공백, 줄 바꿈, &apos;:&apos;, &apos;-&apos; 또는 &apos;,&apos;로 구분할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>HexView</name>
    <message>
        <source>(no bytes)</source>
        <translation>(바이트 없음)</translation>
    </message>
    <message>
        <source>Hex view</source>
        <translation>Hex 보기</translation>
    </message>
    <message>
        <source>Offset, sixteen bytes in hexadecimal and the same bytes as ASCII on each line.</source>
        <translation>각 줄에 오프셋, 16바이트의 16진수 값, 같은 바이트의 ASCII 표시가 나옵니다.</translation>
    </message>
</context>
<context>
    <name>HttpParser</name>
    <message>
        <source>The connection closed before any byte of the request arrived.</source>
        <translation>요청의 바이트가 하나도 도착하기 전에 연결이 닫혔습니다.</translation>
    </message>
    <message>
        <source>The connection closed before any byte of the response arrived.</source>
        <translation>응답의 바이트가 하나도 도착하기 전에 연결이 닫혔습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The connection closed in the middle of the head, after %n byte(s) (in line %1).</source>
        <translation>
            <numerusform>헤드를 받는 도중 %n바이트 후에 연결이 닫혔습니다(%1행).</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection closed after %1 of %2 body bytes announced by Content-Length.</source>
        <translation>Content-Length로 알린 본문 %2바이트 중 %1바이트를 받은 후 연결이 닫혔습니다.</translation>
    </message>
    <message>
        <source>The connection closed inside the chunked body at byte offset %1, before the last chunk.</source>
        <translation>마지막 청크 전, 청크 본문의 바이트 오프셋 %1에서 연결이 닫혔습니다.</translation>
    </message>
    <message>
        <source>The CR at byte offset %1 is not followed by LF.</source>
        <translation>바이트 오프셋 %1의 CR 뒤에 LF가 없습니다.</translation>
    </message>
    <message>
        <source>The head is larger than the limit of %1 bytes (byte offset %2, line %3).</source>
        <translation>헤드가 한도인 %1바이트보다 큽니다(바이트 오프셋 %2, %3행).</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>%1행</translation>
    </message>
    <message>
        <source>%1, column %2: the control character 0x%3 is not allowed in an HTTP head.</source>
        <translation>%1, %2열: HTTP 헤드에는 제어 문자 0x%3을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Line 1 is empty; a request must start with a request line such as &quot;GET /path HTTP/1.1&quot;.</source>
        <translation>1행이 비어 있습니다. 요청은 &quot;GET /path HTTP/1.1&quot; 같은 요청 줄로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>Line 1 is empty; a response must start with a status line such as &quot;HTTP/1.1 101 Switching Protocols&quot;.</source>
        <translation>1행이 비어 있습니다. 응답은 &quot;HTTP/1.1 101 Switching Protocols&quot; 같은 상태 줄로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>Line 1: &quot;%1&quot; is not an HTTP version; expected &quot;HTTP/1.1&quot;.</source>
        <translation>1행: &quot;%1&quot;은(는) HTTP 버전이 아닙니다. &quot;HTTP/1.1&quot;이어야 합니다.</translation>
    </message>
    <message>
        <source>Line 1: %1 is not supported; the WebSocket handshake uses HTTP/1.1 (HTTP/1.0 is also read).</source>
        <translation>1행: %1은(는) 지원하지 않습니다. WebSocket 핸드셰이크는 HTTP/1.1을 사용합니다(HTTP/1.0도 읽을 수 있음).</translation>
    </message>
    <message>
        <source>Line 1 is not a request line: expected &quot;GET /path HTTP/1.1&quot;, found &quot;%1&quot;.</source>
        <translation>1행이 요청 줄이 아닙니다. &quot;GET /path HTTP/1.1&quot; 형식이어야 하지만 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <source>Line 1, column %1: &apos;%2&apos; is not allowed in a method name.</source>
        <translation>1행, %1열: 메서드 이름에는 &apos;%2&apos;을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Line 1 is not a status line: expected &quot;HTTP/1.1 101 Switching Protocols&quot;, found &quot;%1&quot;.</source>
        <translation>1행이 상태 줄이 아닙니다. &quot;HTTP/1.1 101 Switching Protocols&quot; 형식이어야 하지만 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <source>Line 1: &quot;%1&quot; is not a status code; it must be three digits from 100 to 599.</source>
        <translation>1행: &quot;%1&quot;은(는) 상태 코드가 아닙니다. 100부터 599까지의 세 자리 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>%1 starts with whitespace: folded header lines (obs-fold) are not accepted.</source>
        <translation>%1이(가) 공백으로 시작합니다. 접힌 헤더 줄(obs-fold)은 허용되지 않습니다.</translation>
    </message>
    <message>
        <source>%1 has no colon; a header line is &quot;Name: value&quot;, found &quot;%2&quot;.</source>
        <translation>%1에 콜론이 없습니다. 헤더 줄은 &quot;Name: value&quot; 형식이어야 하지만 &quot;%2&quot;입니다.</translation>
    </message>
    <message>
        <source>%1 has an empty header name before the colon.</source>
        <translation>%1의 콜론 앞 헤더 이름이 비어 있습니다.</translation>
    </message>
    <message>
        <source>%1: whitespace between the header name and the colon is not allowed.</source>
        <translation>%1: 헤더 이름과 콜론 사이에는 공백을 둘 수 없습니다.</translation>
    </message>
    <message>
        <source>%1, column %2: &apos;%3&apos; is not allowed in a header name.</source>
        <translation>%1, %2열: 헤더 이름에는 &apos;%3&apos;을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The request&apos;s Transfer-Encoding does not end with &quot;chunked&quot;, so its body length is unknown.</source>
        <translation>요청의 Transfer-Encoding이 &quot;chunked&quot;로 끝나지 않아 본문 길이를 알 수 없습니다.</translation>
    </message>
    <message>
        <source>The Content-Length value &quot;%1&quot; is not a number.</source>
        <translation>Content-Length 값 &quot;%1&quot;이(가) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>The Content-Length value &quot;%1&quot; is too large.</source>
        <translation>Content-Length 값 &quot;%1&quot;이(가) 너무 큽니다.</translation>
    </message>
    <message>
        <source>The Content-Length values %1 and %2 disagree, so the body length is unknown.</source>
        <translation>Content-Length 값 %1과(와) %2이(가) 서로 달라 본문 길이를 알 수 없습니다.</translation>
    </message>
    <message>
        <source>The chunk-size line starting at byte offset %1 is longer than %2 bytes.</source>
        <translation>바이트 오프셋 %1에서 시작하는 chunk-size 줄이 %2바이트보다 깁니다.</translation>
    </message>
    <message>
        <source>The chunk data is not followed by CRLF at byte offset %1; the chunk size does not match its data.</source>
        <translation>바이트 오프셋 %1에서 청크 데이터 뒤에 CRLF가 없습니다. 청크 크기가 데이터와 맞지 않습니다.</translation>
    </message>
    <message>
        <source>The chunked trailer section is larger than the limit of %1 bytes (byte offset %2).</source>
        <translation>청크 트레일러 섹션이 한도인 %1바이트보다 큽니다(바이트 오프셋 %2).</translation>
    </message>
    <message>
        <source>The trailer line at byte offset %1</source>
        <translation>바이트 오프셋 %1의 트레일러 줄</translation>
    </message>
    <message>
        <source>The chunk size &quot;%1&quot; at byte offset %2 is too large.</source>
        <translation>바이트 오프셋 %2의 청크 크기 &quot;%1&quot;이(가) 너무 큽니다.</translation>
    </message>
    <message>
        <source>The chunk size &quot;%1&quot; at byte offset %2 is not a hexadecimal number.</source>
        <translation>바이트 오프셋 %2의 청크 크기 &quot;%1&quot;이(가) 16진수가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>InsomniaImporter</name>
    <message>
        <source>The query parameter “%1” is disabled in Insomnia; left out.</source>
        <translation>쿼리 매개변수 “%1”은(는) Insomnia에서 사용 안 함으로 설정되어 있어 제외했습니다.</translation>
    </message>
    <message>
        <source>%1: %2 Left out.</source>
        <translation>%1: %2 제외했습니다.</translation>
    </message>
    <message>
        <source>The %1 authentication is disabled in Insomnia; left out.</source>
        <translation>%1 인증은 Insomnia에서 사용 안 함으로 설정되어 있어 제외했습니다.</translation>
    </message>
    <message>
        <source>The basic authentication uses variables, and its header can only be encoded once they are known; left out (add an Authorization header by hand).</source>
        <translation>Basic 인증에 변수가 쓰여 있어 변수 값을 알아야 헤더를 인코딩할 수 있으므로 제외했습니다(Authorization 헤더를 직접 추가하십시오).</translation>
    </message>
    <message>
        <source>The %1 authentication has no place in a profile; left out.</source>
        <translation>%1 인증은 프로필에 담을 수 없어 제외했습니다.</translation>
    </message>
    <message>
        <source>The message “%1” is %2; it is saved as text.</source>
        <translation>메시지 “%1”의 형식이 %2이므로 텍스트로 저장합니다.</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>메시지 %1</translation>
    </message>
    <message>
        <source>It refers to the variables %1: Insomnia&apos;s environments are not imported, so define them in a WsScope environment.</source>
        <translation>변수 %1을(를) 참조합니다. Insomnia의 환경은 가져오지 않으므로 WsScope 환경에 정의하십시오.</translation>
    </message>
    <message>
        <source>This Insomnia export has format %1; WsScope reads format %2 (Export Data → Insomnia v4 (JSON)).</source>
        <translation>이 Insomnia 내보내기 파일의 형식은 %1입니다. WsScope가 읽는 형식은 %2입니다(Export Data → Insomnia v4 (JSON)).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>This Insomnia export has no list “resources”.</source>
        <translation>이 Insomnia 내보내기 파일에는 “resources” 목록이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n HTTP request(s): not WebSocket connections; skipped.</source>
        <translation>
            <numerusform>HTTP 요청 %n개: WebSocket 연결이 아니므로 건너뛰었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gRPC request(s): not WebSocket connections; skipped.</source>
        <translation>
            <numerusform>gRPC 요청 %n개: WebSocket 연결이 아니므로 건너뛰었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Insomnia export holds no WebSocket request (%n resource(s) read).</source>
        <translation>
            <numerusform>Insomnia 내보내기 파일에 WebSocket 요청이 없습니다(리소스 %n개를 읽음).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsomniaTemplate</name>
    <message>
        <source>“%1” is an Insomnia tag WsScope has no equivalent for; it is left as written.</source>
        <translation>“%1”은(는) WsScope에 대응하는 기능이 없는 Insomnia 태그이므로 쓰인 그대로 두었습니다.</translation>
    </message>
    <message>
        <source>“%1” uses a filter or an expression WsScope cannot convert; it is left as written.</source>
        <translation>“%1”에는 WsScope가 변환할 수 없는 필터나 식이 쓰여 있어 쓰인 그대로 두었습니다.</translation>
    </message>
</context>
<context>
    <name>JsonCodec</name>
    <message>
        <source>byte 0x%1, which is not valid UTF-8,</source>
        <translation>UTF-8이 아닌 바이트 0x%1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1행 %2열</translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the JSON value; a JSON text holds exactly one value.</source>
        <translation>JSON 값이 끝난 뒤에 예상치 못한 %1이(가) 있습니다. JSON 텍스트에는 값이 정확히 하나만 있어야 합니다.</translation>
    </message>
    <message>
        <source>missing &apos;:&apos; after the key; found %1.</source>
        <translation>키 뒤에 &apos;:&apos;이(가) 없습니다. %1이(가) 있습니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match the &apos;%2&apos; opened at %3; expected &apos;%4&apos;.</source>
        <translation>&apos;%1&apos;이(가) %3에서 연 &apos;%2&apos;와(과) 맞지 않습니다. &apos;%4&apos;이(가) 와야 합니다.</translation>
    </message>
    <message>
        <source>missing comma between two members of the object.</source>
        <translation>객체의 두 멤버 사이에 쉼표가 없습니다.</translation>
    </message>
    <message>
        <source>missing comma between two values of the array.</source>
        <translation>배열의 두 값 사이에 쉼표가 없습니다.</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;%1&apos; but found %2.</source>
        <translation>&apos;,&apos; 또는 &apos;%1&apos;이(가) 와야 하지만 %2이(가) 있습니다.</translation>
    </message>
    <message>
        <source>a comma cannot come right before &apos;}&apos; (trailing comma).</source>
        <translation>&apos;}&apos; 바로 앞에는 쉼표가 올 수 없습니다(trailing comma).</translation>
    </message>
    <message>
        <source>keys must be in double quotes, not single quotes.</source>
        <translation>키는 작은따옴표가 아닌 큰따옴표로 묶어야 합니다.</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; must be in double quotes.</source>
        <translation>키 &apos;%1&apos;은(는) 큰따옴표로 묶어야 합니다.</translation>
    </message>
    <message>
        <source>expected a key in double quotes but found %1.</source>
        <translation>큰따옴표로 묶은 키가 와야 하지만 %1이(가) 있습니다.</translation>
    </message>
    <message>
        <source>the text is empty; JSON needs a value such as {}, [], &quot;text&quot;, 42, true or null.</source>
        <translation>텍스트가 비어 있습니다. JSON에는 {}, [], &quot;text&quot;, 42, true, null 같은 값이 필요합니다.</translation>
    </message>
    <message>
        <source>the text ends before the object opened at %1 is closed with &apos;}&apos;.</source>
        <translation>%1에서 연 객체를 &apos;}&apos;로 닫기 전에 텍스트가 끝납니다.</translation>
    </message>
    <message>
        <source>the text ends before the array opened at %1 is closed with &apos;]&apos;.</source>
        <translation>%1에서 연 배열을 &apos;]&apos;로 닫기 전에 텍스트가 끝납니다.</translation>
    </message>
    <message>
        <source>objects and arrays are nested deeper than %1 levels.</source>
        <translation>객체와 배열이 %1단계보다 깊게 중첩되어 있습니다.</translation>
    </message>
    <message>
        <source>a comma cannot come right before &apos;]&apos; (trailing comma).</source>
        <translation>&apos;]&apos; 바로 앞에는 쉼표가 올 수 없습니다(trailing comma).</translation>
    </message>
    <message>
        <source>expected a value but found &apos;,&apos;; two commas in a row leave a value out.</source>
        <translation>값이 와야 하지만 &apos;,&apos;이(가) 있습니다. 쉼표가 연달아 있어 값이 빠졌습니다.</translation>
    </message>
    <message>
        <source>strings must be in double quotes, not single quotes.</source>
        <translation>문자열은 작은따옴표가 아닌 큰따옴표로 묶어야 합니다.</translation>
    </message>
    <message>
        <source>comments are not allowed in JSON.</source>
        <translation>JSON에서는 주석을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>a number cannot start with &apos;+&apos;.</source>
        <translation>숫자는 &apos;+&apos;로 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>a number must start with a digit, not &apos;.&apos;.</source>
        <translation>숫자는 &apos;.&apos;이 아닌 숫자로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>expected a value (object, array, string, number, true, false or null) but found %1.</source>
        <translation>값(객체, 배열, 문자열, 숫자, true, false 또는 null)이 와야 하지만 %1이(가) 있습니다.</translation>
    </message>
    <message>
        <source>the string holds %1.</source>
        <translation>문자열에 %1이(가) 들어 있습니다.</translation>
    </message>
    <message>
        <source>&apos;\u&apos; must be followed by four hex digits.</source>
        <translation>&apos;\u&apos; 뒤에는 16진수 네 자리가 와야 합니다.</translation>
    </message>
    <message>
        <source>invalid escape sequence &apos;\%1&apos;; JSON knows only %2.</source>
        <translation>잘못된 이스케이프 시퀀스 &apos;\%1&apos;입니다. JSON에서는 %2만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>a backslash followed by %1 is not an escape sequence; JSON knows only %2.</source>
        <translation>백슬래시 뒤에 %1이(가) 오는 것은 이스케이프 시퀀스가 아닙니다. JSON에서는 %2만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>line break inside a string; close the string with &apos;&quot;&apos; or write the line break as \n.</source>
        <translation>문자열 안에 줄 바꿈이 있습니다. &apos;&quot;&apos;로 문자열을 닫거나 줄 바꿈을 \n으로 쓰십시오.</translation>
    </message>
    <message>
        <source>%1 inside a string must be escaped (for example as \u%2).</source>
        <translation>문자열 안의 %1은(는) 이스케이프해야 합니다(예: \u%2).</translation>
    </message>
    <message>
        <source>the string that starts here is not closed; a &apos;&quot;&apos; is missing.</source>
        <translation>여기서 시작하는 문자열이 닫히지 않았습니다. &apos;&quot;&apos;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>&apos;-&apos; must be followed by a digit.</source>
        <translation>&apos;-&apos; 뒤에는 숫자가 와야 합니다.</translation>
    </message>
    <message>
        <source>numbers cannot have leading zeros.</source>
        <translation>숫자 앞에 0을 붙일 수 없습니다.</translation>
    </message>
    <message>
        <source>a digit must follow the decimal point.</source>
        <translation>소수점 뒤에는 숫자가 와야 합니다.</translation>
    </message>
    <message>
        <source>a digit must follow the exponent &apos;%1&apos;.</source>
        <translation>지수 기호 &apos;%1&apos; 뒤에는 숫자가 와야 합니다.</translation>
    </message>
    <message>
        <source>unexpected %1 in the number.</source>
        <translation>숫자 안에 예상치 못한 %1이(가) 있습니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be written in lower case: %2.</source>
        <translation>&apos;%1&apos;은(는) 소문자로 써야 합니다: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a JSON value; strings need double quotes, and the only words JSON knows are true, false and null.</source>
        <translation>&apos;%1&apos;은(는) JSON 값이 아닙니다. 문자열은 큰따옴표로 묶어야 하며, JSON에서 쓸 수 있는 단어는 true, false, null뿐입니다.</translation>
    </message>
</context>
<context>
    <name>JsonEventReader</name>
    <message>
        <source>field “%1” must be a string</source>
        <translation>필드 “%1”은(는) 문자열이어야 합니다</translation>
    </message>
    <message>
        <source>field “%1” must be a number</source>
        <translation>필드 “%1”은(는) 숫자여야 합니다</translation>
    </message>
    <message>
        <source>field “%1” must be a whole number from %2 to %3, not %4</source>
        <translation>필드 “%1”은(는) %2부터 %3까지의 정수여야 합니다(현재 %4)</translation>
    </message>
    <message>
        <source>field “%1” must be true or false</source>
        <translation>필드 “%1”은(는) true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>field “%1” must be a list of strings</source>
        <translation>필드 “%1”은(는) 문자열 목록이어야 합니다</translation>
    </message>
    <message>
        <source>field “%1”: “%2” is not an encoding this version knows (base64)</source>
        <translation>필드 “%1”: “%2”은(는) 이 버전이 아는 인코딩(base64)이 아닙니다</translation>
    </message>
    <message>
        <source>field “%1” is not valid base64</source>
        <translation>필드 “%1”이(가) 올바른 base64가 아닙니다</translation>
    </message>
    <message>
        <source>field “%1” must be a list of [name, value] pairs</source>
        <translation>필드 “%1”은(는) [name, value] 쌍의 목록이어야 합니다</translation>
    </message>
    <message>
        <source>field “%1” is missing</source>
        <translation>필드 “%1”이(가) 없습니다</translation>
    </message>
    <message>
        <source>field “event”: “%1” is not an event this version knows</source>
        <translation>필드 “event”: “%1”은(는) 이 버전이 아는 이벤트가 아닙니다</translation>
    </message>
    <message>
        <source>field “time”: “%1” is not an ISO-8601 time</source>
        <translation>필드 “time”: “%1”은(는) ISO-8601 시간이 아닙니다</translation>
    </message>
    <message>
        <source>field “dir”: “%1” is not out or in</source>
        <translation>필드 “dir”: “%1”은(는) out 또는 in이 아닙니다</translation>
    </message>
    <message>
        <source>field “initiator”: “%1” is not client, server or none</source>
        <translation>필드 “initiator”: “%1”은(는) client, server, none 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>field “category”: “%1” is not an error category this version knows</source>
        <translation>필드 “category”: “%1”은(는) 이 버전이 아는 오류 범주가 아닙니다</translation>
    </message>
    <message>
        <source>field “state”: “%1” is not a session state this version knows</source>
        <translation>필드 “state”: “%1”은(는) 이 버전이 아는 세션 상태가 아닙니다</translation>
    </message>
    <message>
        <source>field “opcode”: “%1” is not an opcode</source>
        <translation>필드 “opcode”: “%1”은(는) opcode가 아닙니다</translation>
    </message>
    <message>
        <source>field “header” must be a string of hex digits or null</source>
        <translation>필드 “header”는 16진수 숫자로 된 문자열 또는 null이어야 합니다</translation>
    </message>
    <message>
        <source>field “header”: %1 is not one whole frame header (RFC 6455 §5.2)</source>
        <translation>필드 “header”: %1은(는) 온전한 프레임 헤더 하나가 아닙니다(RFC 6455 §5.2)</translation>
    </message>
    <message>
        <source>field “header” has opcode %1, field “opcode” says %2</source>
        <translation>필드 “header”의 opcode는 %1인데 필드 “opcode”는 %2입니다</translation>
    </message>
    <message>
        <source>field “message_opcode”: “%1” is not an opcode</source>
        <translation>필드 “message_opcode”: “%1”은(는) opcode가 아닙니다</translation>
    </message>
    <message>
        <source>field “pong_policy”: “%1” is not withheld or delayed</source>
        <translation>필드 “pong_policy”: “%1”은(는) withheld 또는 delayed가 아닙니다</translation>
    </message>
</context>
<context>
    <name>JsonTree</name>
    <message>
        <source>object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>array</source>
        <translation>배열</translation>
    </message>
    <message>
        <source>string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>불리언</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>멤버 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>요소 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>(root)</source>
        <translation>(루트)</translation>
    </message>
    <message numerus="yes">
        <source>%n more not shown; Pretty or Hex show them</source>
        <translation>
            <numerusform>표시하지 않은 %n개는 들여쓰기 또는 Hex 보기에서 볼 수 있습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonlExporter</name>
    <message>
        <source>Could not write the JSONL log: %1</source>
        <translation>JSONL 로그를 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>no output device</source>
        <translation>출력 장치 없음</translation>
    </message>
</context>
<context>
    <name>JsonlImporter</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1행 %2열: %3</translation>
    </message>
    <message>
        <source>line %1, column 1: a JSONL line must be one JSON object</source>
        <translation>%1행 1열: JSONL 줄은 JSON 객체 하나여야 합니다</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <source>the file holds no events (no JSON line)</source>
        <translation>파일에 이벤트가 없습니다(JSON 줄 없음)</translation>
    </message>
</context>
<context>
    <name>JsonlRecorder</name>
    <message>
        <source>Cannot record to %1: %2</source>
        <translation>%1에 기록할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the file system accepted no more data</source>
        <translation>파일 시스템이 더 이상 데이터를 받지 않았습니다</translation>
    </message>
    <message numerus="yes">
        <source>Recording stopped: cannot write %1: %2. The file keeps the %n event(s) written before.</source>
        <translation>
            <numerusform>기록 중지됨: %1을(를) 쓸 수 없습니다: %2. 파일에는 그 전에 쓴 이벤트 %n개가 남아 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No keychain service is running (%1).</source>
        <translation>실행 중인 키체인 서비스가 없습니다(%1).</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access (%1).</source>
        <translation>키체인이 잠겨 있거나 접근을 거부했습니다(%1).</translation>
    </message>
    <message>
        <source>Access to the keychain was refused (%1).</source>
        <translation>키체인 접근이 거부되었습니다(%1).</translation>
    </message>
    <message>
        <source>This system&apos;s keychain is not supported (%1).</source>
        <translation>이 시스템의 키체인은 지원되지 않습니다(%1).</translation>
    </message>
    <message>
        <source>The keychain cannot be reached on the D-Bus session bus %1: %2</source>
        <translation>D-Bus 세션 버스 %1에서 키체인에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The keychain cannot be reached: %1</source>
        <translation>키체인에 연결할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set), so no keychain service can be reached.</source>
        <translation>D-Bus 세션 버스가 없어(DBUS_SESSION_BUS_ADDRESS가 설정되지 않음) 키체인 서비스에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>The keychain could not remove the secret &quot;%1&quot;: %2</source>
        <translation>키체인에서 비밀 값 &quot;%1&quot;을(를) 제거하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation>키체인이 %1초 안에 응답하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
</context>
<context>
    <name>LibrarySaveDialog</name>
    <message>
        <source>Save to Message Library</source>
        <translation>메시지 라이브러리에 저장</translation>
    </message>
    <message>
        <source>A folder of the library, or a new one such as auth/login; empty for the top level</source>
        <translation>라이브러리의 폴더 또는 auth/login 같은 새 폴더. 최상위에 두려면 비워 두십시오</translation>
    </message>
    <message>
        <source>Name of the message</source>
        <translation>메시지 이름</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>폴더(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>The library is shared by every profile.</source>
        <translation>라이브러리는 모든 프로필이 공유합니다.</translation>
    </message>
</context>
<context>
    <name>LogFilterButton</name>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>바이너리</translation>
    </message>
    <message>
        <source>ping/pong</source>
        <translation>ping/pong</translation>
    </message>
    <message>
        <source>close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>handshake</source>
        <translation>핸드셰이크</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>state and notes</source>
        <translation>상태 및 참고 사항</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>바이너리</translation>
    </message>
    <message>
        <source>Ping and Pong</source>
        <translation>ping과 pong</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>핸드셰이크</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>State, TLS and Notes</source>
        <translation>상태, TLS 및 참고 사항</translation>
    </message>
    <message>
        <source>↑ Sent</source>
        <translation>↑ 전송</translation>
    </message>
    <message>
        <source>↓ Received</source>
        <translation>↓ 수신</translation>
    </message>
    <message>
        <source>⇄ Session events (no direction)</source>
        <translation>⇄ 세션 이벤트(방향 없음)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>no direction</source>
        <translation>방향 없음</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>%1 제외</translation>
    </message>
    <message>
        <source>no kind</source>
        <translation>종류 없음</translation>
    </message>
    <message>
        <source>problems only</source>
        <translation>문제만</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Only problems (errors, refused handshakes, unclean closes)</source>
        <translation>문제만(오류, 거부된 핸드셰이크, 비정상 종료)</translation>
    </message>
    <message>
        <source>Show Everything</source>
        <translation>모두 표시</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>표시: %1</translation>
    </message>
    <message>
        <source>Which rows to show: direction × kind, e.g. received text without pings</source>
        <translation>표시할 행: 방향 × 종류. 예: ping을 뺀 수신 텍스트</translation>
    </message>
    <message>
        <source>Row filter</source>
        <translation>행 필터</translation>
    </message>
</context>
<context>
    <name>LogRowMenu</name>
    <message>
        <source>Copy as Text</source>
        <translation>텍스트로 복사</translation>
    </message>
    <message>
        <source>Copy as Hex</source>
        <translation>hex로 복사</translation>
    </message>
    <message>
        <source>Copy as Base64</source>
        <translation>Base64로 복사</translation>
    </message>
    <message>
        <source>Copy as JSON (pretty)</source>
        <translation>JSON으로 복사(들여쓰기)</translation>
    </message>
    <message>
        <source>(includes %1)</source>
        <translation>(%1 포함)</translation>
    </message>
    <message>
        <source>Copy as websocat Command</source>
        <translation>websocat 명령으로 복사</translation>
    </message>
    <message>
        <source>Copy as websocat Command %1</source>
        <translation>websocat 명령으로 복사 %1</translation>
    </message>
    <message>
        <source>Copy as wscat Command</source>
        <translation>wscat 명령으로 복사</translation>
    </message>
    <message>
        <source>Copy as wscat Command %1</source>
        <translation>wscat 명령으로 복사 %1</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>다시 보내기</translation>
    </message>
    <message>
        <source>Connect first: the message is sent on the open connection.</source>
        <translation>먼저 연결하십시오. 메시지는 열린 연결로 전송됩니다.</translation>
    </message>
    <message>
        <source>Load into Composer</source>
        <translation>작성 영역으로 불러오기</translation>
    </message>
    <message>
        <source>Save Payload to File…</source>
        <translation>페이로드를 파일로 저장…</translation>
    </message>
    <message>
        <source>Jump to Matching Request/Reply</source>
        <translation>짝이 되는 요청/응답으로 이동</translation>
    </message>
    <message>
        <source>This row&apos;s bytes are not in the log (a file sent in fragments is not kept).</source>
        <translation>이 행의 바이트는 로그에 없습니다(조각으로 나누어 보낸 파일은 보관하지 않음).</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Paused · %1 new</source>
        <translation>일시 중지됨 · 새 항목 %1개</translation>
    </message>
    <message>
        <source>Invalid regex</source>
        <translation>잘못된 정규식</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>일치: %1</translation>
    </message>
    <message>
        <source>Search type, summary, text payloads and the handshake (Ctrl+F)</source>
        <translation>유형, 요약, 텍스트 페이로드 및 핸드셰이크 검색(Ctrl+F)</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1행</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%2행 중 %1행</translation>
    </message>
    <message>
        <source>%1 evicted ·</source>
        <translation>%1행 제거됨 ·</translation>
    </message>
    <message>
        <source>Absolute time (clock)</source>
        <translation>절대 시간(시각)</translation>
    </message>
    <message>
        <source>Relative time (since the first row)</source>
        <translation>상대 시간(첫 행 기준)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>전송</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>수신</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>제어</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>모든 행</translation>
    </message>
    <message>
        <source>Frames and messages you sent (↑)</source>
        <translation>보낸 프레임과 메시지(↑)</translation>
    </message>
    <message>
        <source>Frames and messages the server sent (↓)</source>
        <translation>서버가 보낸 프레임과 메시지(↓)</translation>
    </message>
    <message>
        <source>Ping, pong and close</source>
        <translation>ping, pong 및 Close 프레임</translation>
    </message>
    <message>
        <source>Errors, refused handshakes and unclean closes</source>
        <translation>오류, 거부된 핸드셰이크 및 비정상 종료</translation>
    </message>
    <message>
        <source>Search… (Ctrl+F)</source>
        <translation>검색…(Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>로그 검색</translation>
    </message>
    <message>
        <source>Search with a regular expression</source>
        <translation>정규식으로 검색</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>정규식</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>Show the rows captured while paused (Space in the log)</source>
        <translation>일시 중지 중에 기록된 행 표시(로그에서 Space)</translation>
    </message>
    <message>
        <source>Freeze the view; capture continues (Space in the log)</source>
        <translation>보기를 고정합니다. 기록은 계속됩니다(로그에서 Space)</translation>
    </message>
    <message>
        <source>Auto-scroll</source>
        <translation>자동 스크롤</translation>
    </message>
    <message>
        <source>Keep the newest row in view</source>
        <translation>가장 최근 행을 계속 표시</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Clear the log view (Ctrl+L); the session&apos;s own log is kept for export</source>
        <translation>로그 보기 지우기(Ctrl+L). 세션 자체의 로그는 내보내기용으로 유지됩니다</translation>
    </message>
    <message>
        <source>Clear the log view</source>
        <translation>로그 보기 지우기</translation>
    </message>
    <message>
        <source>The oldest rows were dropped because the log cap was reached</source>
        <translation>로그 한도에 도달하여 가장 오래된 행을 삭제했습니다</translation>
    </message>
    <message>
        <source>Frame log</source>
        <translation>프레임 로그</translation>
    </message>
    <message>
        <source>Right-click to switch between absolute and relative time</source>
        <translation>마우스 오른쪽 버튼을 클릭하여 절대 시간과 상대 시간 간 전환</translation>
    </message>
    <message>
        <source>Paused — new rows wait until you resume (Space).</source>
        <translation>일시 중지됨 — 새 행은 다시 시작할 때까지 대기합니다 (Space).</translation>
    </message>
    <message>
        <source>Nothing yet — connect to see the handshake and frames here.</source>
        <translation>아직 없음 — 연결하면 핸드셰이크와 프레임이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>No row matches this filter or search (%1 rows hidden). Choose All or clear the search to see them.</source>
        <translation>이 필터나 검색에 맞는 행이 없습니다 (%1행 숨김). 보려면 전체를 선택하거나 검색어를 지우십시오.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>복사됨: %1</translation>
    </message>
    <message>
        <source>Save Payload</source>
        <translation>페이로드 저장</translation>
    </message>
    <message>
        <source>Saved the payload to %1</source>
        <translation>페이로드를 %1에 저장했습니다</translation>
    </message>
    <message>
        <source>The matching row is no longer in the view (cleared or evicted).</source>
        <translation>짝이 되는 행이 더 이상 보기에 없습니다(지워졌거나 제거됨).</translation>
    </message>
    <message>
        <source>The matching row is hidden by the filter or search: choose All to see it.</source>
        <translation>짝이 되는 행이 필터나 검색으로 숨겨져 있습니다. 보려면 전체를 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>WsScope</source>
        <translation>WsScope</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>새 세션</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 복사됨</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>이름이 “%1”인 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>Built-in test server — echo</source>
        <translation>내장 테스트 서버 — 에코</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>안녕하세요</translation>
    </message>
    <message>
        <source>Hello, WsScope!</source>
        <translation>안녕하세요, WsScope!</translation>
    </message>
    <message>
        <source>JSON join</source>
        <translation>JSON join</translation>
    </message>
    <message>
        <source>Four bytes</source>
        <translation>4바이트</translation>
    </message>
    <message>
        <source>Test server %1</source>
        <translation>테스트 서버 %1</translation>
    </message>
    <message>
        <source>Local test server: %1 (running)</source>
        <translation>로컬 테스트 서버: %1 (실행 중)</translation>
    </message>
    <message>
        <source>Local test server: not running — %1</source>
        <translation>로컬 테스트 서버: 실행되지 않음 — %1</translation>
    </message>
    <message>
        <source>Local test server: stopped</source>
        <translation>로컬 테스트 서버: 중지됨</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Pause the log view (in the log)</source>
        <translation>로그 보기 일시 중지(로그에서)</translation>
    </message>
    <message>
        <source>About WsScope</source>
        <translation>WsScope 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;WsScope %1&lt;/h3&gt;&lt;p&gt;A desktop WebSocket test client that shows what crossed the wire: handshake, frames and the close story.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;WsScope %1&lt;/h3&gt;&lt;p&gt;핸드셰이크, 프레임, 닫기 과정까지 실제로 오간 내용을 보여 주는 데스크톱 WebSocket 테스트 클라이언트입니다.&lt;/p&gt;&lt;p&gt;Qt %2 기반으로 빌드되었습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>세션(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Local Test Server</source>
        <translation>로컬 테스트 서버(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>New Session &amp;Tab</source>
        <translation>새 세션 탭(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>탭 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>다음 탭(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>이전 탭(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find in Log…</source>
        <translation>로그에서 찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation>로그 지우기(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>프로필(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>다음 패널(&amp;P)</translation>
    </message>
    <message>
        <source>Previous P&amp;ane</source>
        <translation>이전 패널(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>전체 화면(&amp;F)</translation>
    </message>
    <message>
        <source>Go to &amp;URL</source>
        <translation>URL로 이동(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Connect / Disconnect</source>
        <translation>연결 / 연결 끊기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Send Message</source>
        <translation>메시지 전송(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Ping</source>
        <translation>ping 전송(&amp;P)</translation>
    </message>
    <message>
        <source>Cl&amp;ose with Code…</source>
        <translation>코드를 지정하여 닫기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Run Local Test Server</source>
        <translation>로컬 테스트 서버 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy Echo URL</source>
        <translation>에코 URL 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Open &amp;Echo Session</source>
        <translation>에코 세션 열기(&amp;E)</translation>
    </message>
    <message>
        <source>Open &amp;Push Session (message and ping every second)</source>
        <translation>푸시 세션 열기(매초 메시지와 ping)(&amp;P)</translation>
    </message>
    <message>
        <source>Open C&amp;lose Session (server closes with 4000)</source>
        <translation>닫기 세션 열기(서버가 4000으로 닫음)(&amp;L)</translation>
    </message>
    <message>
        <source>Open &amp;Slow Session (echo after 1 s)</source>
        <translation>느린 세션 열기(1초 후 에코)(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About WsScope</source>
        <translation>WsScope 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>Double-click a profile to open a session, or start a new one with %1.</source>
        <translation>프로필을 두 번 클릭하여 세션을 열거나, %1을(를) 눌러 새 세션을 시작하십시오.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>세션</translation>
    </message>
    <message numerus="yes">
        <source>The local test server moved to port %1, but %n profile(s) could not follow it: %2</source>
        <translation>
            <numerusform>로컬 테스트 서버가 포트 %1(으)로 옮겨졌지만 프로필 %n개는 새 포트로 바꾸지 못했습니다: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is open already; this is its tab (Shift+Enter in the list opens another).</source>
        <translation>“%1”은(는) 이미 열려 있으며 이 탭입니다(목록에서 Shift+Enter를 누르면 하나 더 엽니다).</translation>
    </message>
    <message>
        <source>Rena&amp;me Tab…</source>
        <translation>탭 이름 바꾸기(&amp;M)…</translation>
    </message>
    <message>
        <source>Save Tab as Pro&amp;file…</source>
        <translation>탭을 프로필로 저장(&amp;F)…</translation>
    </message>
    <message>
        <source>Open Session &amp;File…</source>
        <translation>세션 파일 열기(&amp;F)…</translation>
    </message>
    <message>
        <source>Export Session as &amp;HAR…</source>
        <translation>세션을 HAR로 내보내기(&amp;H)…</translation>
    </message>
    <message>
        <source>Export Session as &amp;JSONL…</source>
        <translation>세션을 JSONL로 내보내기(&amp;J)…</translation>
    </message>
    <message>
        <source>Record to F&amp;ile…</source>
        <translation>파일로 기록(&amp;I)…</translation>
    </message>
    <message>
        <source>Row menu: copy, resend, jump to the reply (in the log)</source>
        <translation>행 메뉴: 복사, 다시 보내기, 응답으로 이동 (로그에서)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 또는 %2</translation>
    </message>
    <message>
        <source>Earlier and later sent messages (in the composer, on its first or last line)</source>
        <translation>이전/다음 보낸 메시지 (작성 영역의 첫 줄 또는 마지막 줄에서)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The local test server refused a request (HTTP %1): %2</source>
        <translation>로컬 테스트 서버가 요청을 거부했습니다(HTTP %1): %2</translation>
    </message>
    <message>
        <source>%1 could not be read, so environments are read-only: %2</source>
        <translation>%1을(를) 읽을 수 없어 환경이 읽기 전용입니다: %2</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>Secrets are kept in memory only, until WsScope quits.</source>
        <translation>비밀 값은 WsScope를 종료할 때까지 메모리에만 보관됩니다.</translation>
    </message>
</context>
<context>
    <name>MessageLibrary</name>
    <message>
        <source>A library message needs a name.</source>
        <translation>라이브러리 메시지에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>A library message&apos;s name cannot start or end with a space.</source>
        <translation>라이브러리 메시지 이름은 공백으로 시작하거나 끝날 수 없습니다.</translation>
    </message>
    <message>
        <source>A library message&apos;s name cannot hold &quot;/&quot; (it separates folders).</source>
        <translation>라이브러리 메시지 이름에는 &quot;/&quot;를 쓸 수 없습니다(&quot;/&quot;는 폴더를 구분합니다).</translation>
    </message>
    <message numerus="yes">
        <source>A library message&apos;s name can be at most %n character(s) long.</source>
        <translation>
            <numerusform>라이브러리 메시지 이름은 최대 %n자까지 쓸 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>A library message&apos;s name cannot hold control characters.</source>
        <translation>라이브러리 메시지 이름에는 제어 문자를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>A folder is written as names separated by &quot;/&quot;, without empty names or spaces around them.</source>
        <translation>폴더는 &quot;/&quot;로 구분한 이름으로 씁니다. 빈 이름이나 이름 앞뒤의 공백은 허용되지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>A folder can be at most %n character(s) long.</source>
        <translation>
            <numerusform>폴더는 최대 %n자까지 쓸 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>A folder cannot hold control characters.</source>
        <translation>폴더에는 제어 문자를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation>폴더에는 이름이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>MessageLibraryPanel</name>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Loaded &quot;%1&quot; into the composer.</source>
        <translation>&quot;%1&quot;을(를) 작성 영역으로 불러왔습니다.</translation>
    </message>
    <message>
        <source>Rename folder</source>
        <translation>폴더 이름 바꾸기</translation>
    </message>
    <message>
        <source>Rename library message</source>
        <translation>라이브러리 메시지 이름 바꾸기</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>새 이름:</translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder &quot;%1&quot; and the %n message(s) in it? Every profile shares the library.</source>
        <translation>
            <numerusform>폴더 &quot;%1&quot;과(와) 그 안의 메시지 %n개를 삭제하시겠습니까? 라이브러리는 모든 프로필이 공유합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the message library? Every profile shares the library.</source>
        <translation>메시지 라이브러리에서 &quot;%1&quot;을(를) 삭제하시겠습니까? 라이브러리는 모든 프로필이 공유합니다.</translation>
    </message>
    <message>
        <source>Delete from library</source>
        <translation>라이브러리에서 삭제</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>새 폴더</translation>
    </message>
    <message>
        <source>Folder (use / for a folder inside another):</source>
        <translation>폴더(하위 폴더는 /로 구분):</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(최상위)</translation>
    </message>
    <message>
        <source>Move to folder</source>
        <translation>폴더로 이동</translation>
    </message>
    <message>
        <source>Folder (a new one is created):</source>
        <translation>폴더(없으면 새로 만듦):</translation>
    </message>
    <message>
        <source>The message library cannot be changed: %1</source>
        <translation>메시지 라이브러리를 변경할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No message matches &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;과(와) 일치하는 메시지가 없습니다.</translation>
    </message>
    <message>
        <source>The library is empty: save a message with the composer&apos;s ⋯ → Save to Library…</source>
        <translation>라이브러리가 비어 있습니다. 작성 영역의 ⋯ → 라이브러리에 저장…으로 메시지를 저장하십시오</translation>
    </message>
    <message>
        <source>Message Library</source>
        <translation>메시지 라이브러리</translation>
    </message>
    <message>
        <source>Search names, folders and content</source>
        <translation>이름, 폴더, 내용 검색</translation>
    </message>
    <message>
        <source>Search the message library</source>
        <translation>메시지 라이브러리 검색</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>Message library</source>
        <translation>메시지 라이브러리</translation>
    </message>
    <message>
        <source>&amp;Load into Composer</source>
        <translation>작성 영역으로 불러오기(&amp;L)</translation>
    </message>
    <message>
        <source>Load the message into the composer (Enter or double-click)</source>
        <translation>메시지를 작성 영역으로 불러오기(Enter 또는 두 번 클릭)</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>새 폴더(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Move to Folder…</source>
        <translation>폴더로 이동(&amp;M)…</translation>
    </message>
    <message>
        <source>Move the selected items to a folder (or drag them onto one)</source>
        <translation>선택한 항목을 폴더로 이동(또는 폴더 위로 끌어다 놓기)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>MessageLibrarySerializer</name>
    <message>
        <source>%1.%2 must be a text.</source>
        <translation>%1.%2은(는) 문자열이어야 합니다.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1은(는) 객체여야 합니다.</translation>
    </message>
    <message>
        <source>%1.name must be a text.</source>
        <translation>%1.name은 문자열이어야 합니다.</translation>
    </message>
    <message>
        <source>%1.mode is &quot;%2&quot;; it must be one of text, json, hex, base64.</source>
        <translation>%1.mode가 &quot;%2&quot;입니다. text, json, hex, base64 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>The message library file is empty.</source>
        <translation>메시지 라이브러리 파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The message library file must hold one JSON object.</source>
        <translation>메시지 라이브러리 파일에는 JSON 객체가 하나 있어야 합니다.</translation>
    </message>
    <message>
        <source>The message library was saved by a newer WsScope (schema %1; this one reads up to %2). It is shown read-only and the file is left as it is.</source>
        <translation>더 새로운 WsScope에서 저장한 메시지 라이브러리입니다(스키마 %1, 이 버전은 %2까지 읽을 수 있음). 읽기 전용으로 표시하며 파일은 그대로 둡니다.</translation>
    </message>
    <message>
        <source>folders must be a list.</source>
        <translation>folders는 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>%1 must be a text.</source>
        <translation>%1은(는) 문자열이어야 합니다.</translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation>폴더에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>messages must be a list.</source>
        <translation>messages는 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>%1.name: &quot;%2&quot; is used twice at the top level.</source>
        <translation>%1.name: &quot;%2&quot;이(가) 최상위에서 두 번 사용되었습니다.</translation>
    </message>
    <message>
        <source>%1.name: &quot;%2&quot; is used twice in the folder &quot;%3&quot;.</source>
        <translation>%1.name: &quot;%2&quot;이(가) 폴더 &quot;%3&quot;에서 두 번 사용되었습니다.</translation>
    </message>
</context>
<context>
    <name>MessageLibraryStore</name>
    <message>
        <source>at the top level</source>
        <translation>최상위에</translation>
    </message>
    <message>
        <source>in the folder &quot;%1&quot;</source>
        <translation>폴더 &quot;%1&quot;에</translation>
    </message>
    <message>
        <source>Cannot read the message library: %1</source>
        <translation>메시지 라이브러리를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>There is already a message named &quot;%1&quot; %2.</source>
        <translation>%2 이름이 &quot;%1&quot;인 메시지가 이미 있습니다.</translation>
    </message>
    <message>
        <source>There is no message named &quot;%1&quot; %2.</source>
        <translation>%2 이름이 &quot;%1&quot;인 메시지가 없습니다.</translation>
    </message>
    <message>
        <source>There is already a folder &quot;%1&quot;.</source>
        <translation>폴더 &quot;%1&quot;이(가) 이미 있습니다.</translation>
    </message>
    <message>
        <source>A folder&apos;s new name cannot hold &quot;/&quot;; use Move to Folder… to move it.</source>
        <translation>폴더의 새 이름에는 &quot;/&quot;를 쓸 수 없습니다. 폴더를 옮기려면 폴더로 이동…을 사용하십시오.</translation>
    </message>
    <message>
        <source>There is no folder &quot;%1&quot;.</source>
        <translation>폴더 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be moved into itself.</source>
        <translation>폴더 &quot;%1&quot;을(를) 자기 자신 안으로 옮길 수 없습니다.</translation>
    </message>
    <message>
        <source>The message library is read-only: %1</source>
        <translation>메시지 라이브러리가 읽기 전용입니다: %1</translation>
    </message>
</context>
<context>
    <name>ModeSwitchQuestion</name>
    <message>
        <source>Switch to %1?</source>
        <translation>%1(으)로 전환하시겠습니까?</translation>
    </message>
    <message>
        <source>The message cannot be converted from %1 to %2 without changing its bytes.</source>
        <translation>바이트를 바꾸지 않고는 메시지를 %1에서 %2(으)로 변환할 수 없습니다.</translation>
    </message>
    <message>
        <source>Switch and keep the text as typed</source>
        <translation>전환하고 입력한 텍스트 그대로 유지</translation>
    </message>
    <message>
        <source>Stay in %1</source>
        <translation>%1 유지</translation>
    </message>
</context>
<context>
    <name>PayloadClassifier</name>
    <message>
        <source>empty</source>
        <translation>비어 있음</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>바이너리</translation>
    </message>
    <message>
        <source>no payload bytes</source>
        <translation>페이로드 바이트 없음</translation>
    </message>
    <message>
        <source>binary opcode (0x2): the bytes are shown as they are</source>
        <translation>바이너리 opcode(0x2): 바이트를 그대로 표시합니다</translation>
    </message>
    <message>
        <source>a Close frame payload: a 2-byte status code and a UTF-8 reason (RFC 6455 §5.5.1)</source>
        <translation>Close 프레임 페이로드: 2바이트 상태 코드와 UTF-8 사유(RFC 6455 §5.5.1)</translation>
    </message>
    <message>
        <source>a text frame that is not valid UTF-8 (RFC 6455 §8.1): %1</source>
        <translation>올바른 UTF-8이 아닌 텍스트 프레임(RFC 6455 §8.1): %1</translation>
    </message>
    <message>
        <source>not valid UTF-8, so shown as bytes: %1</source>
        <translation>올바른 UTF-8이 아니어서 바이트로 표시: %1</translation>
    </message>
    <message numerus="yes">
        <source>valid UTF-8 so far, %n character(s); it starts like JSON, but the message is not complete, so it is not checked as JSON</source>
        <translation>
            <numerusform>지금까지 올바른 UTF-8, %n자. JSON처럼 시작하지만 메시지가 아직 완전하지 않아 JSON으로 검사하지 않습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid UTF-8 so far, %n character(s) (the message is not complete)</source>
        <translation>
            <numerusform>지금까지 올바른 UTF-8, %n자(메시지가 아직 완전하지 않음)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid UTF-8, %n character(s)</source>
        <translation>
            <numerusform>올바른 UTF-8, %n자</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid UTF-8, %n character(s); it starts like JSON but is larger than %1 MiB, so it is not checked as JSON</source>
        <translation>
            <numerusform>올바른 UTF-8, %n자. JSON처럼 시작하지만 %1 MiB보다 커서 JSON으로 검사하지 않습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid UTF-8, %n character(s); looks like JSON but: %1</source>
        <translation>
            <numerusform>올바른 UTF-8, %n자. JSON처럼 보이지만 올바르지 않음: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid JSON, an object of %n character(s)</source>
        <translation>
            <numerusform>올바른 JSON, %n자의 객체</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid JSON, an array of %n character(s)</source>
        <translation>
            <numerusform>올바른 JSON, %n자의 배열</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayloadConverter</name>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>16진수</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>The %1 cannot be converted to %2: %3</source>
        <translation>%1 형식을 %2 형식으로 변환할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>The bytes are not valid UTF-8, so they cannot become JSON text without changing: %1</source>
        <translation>바이트가 올바른 UTF-8이 아니어서 바꾸지 않고는 JSON 텍스트로 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The bytes are not valid UTF-8, so they cannot become text without changing: %1</source>
        <translation>바이트가 올바른 UTF-8이 아니어서 바꾸지 않고는 텍스트로 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Byte %1 is the control character 0x%2, which the editor cannot keep as typed; stay in hex or Base64 to send these bytes.</source>
        <translation>바이트 %1은(는) 제어 문자 0x%2이며, 편집기에서는 입력한 그대로 유지할 수 없습니다. 이 바이트를 보내려면 Hex 또는 Base64 모드를 유지하십시오.</translation>
    </message>
</context>
<context>
    <name>PayloadEditor</name>
    <message>
        <source>Text message (UTF-8)</source>
        <translation>텍스트 메시지(UTF-8)</translation>
    </message>
    <message>
        <source>JSON, e.g. {&quot;op&quot;: &quot;ping&quot;}</source>
        <translation>JSON, 예: {&quot;op&quot;: &quot;ping&quot;}</translation>
    </message>
    <message>
        <source>Hex bytes, e.g. 48 65 6c 6c 6f or 0x48,0x65</source>
        <translation>Hex 바이트, 예: 48 65 6c 6c 6f 또는 0x48,0x65</translation>
    </message>
    <message>
        <source>Base64, standard or URL-safe alphabet</source>
        <translation>Base64, 표준 또는 URL-safe 알파벳</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>파일 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; choose a file.</source>
        <translation>&quot;%1&quot;은(는) 폴더입니다. 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; files up to %3 can be sent.</source>
        <translation>&quot;%1&quot;의 크기는 %2입니다. 최대 %3까지의 파일만 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Choose a file to send</source>
        <translation>보낼 파일 선택</translation>
    </message>
    <message>
        <source>Text · %1 in UTF-8</source>
        <translation>텍스트 · UTF-8로 %1</translation>
    </message>
    <message>
        <source>✓ valid JSON · %1</source>
        <translation>✓ 올바른 JSON · %1</translation>
    </message>
    <message>
        <source>✓ binary · %1</source>
        <translation>✓ 바이너리 · %1</translation>
    </message>
    <message>
        <source>%1 · %2 (sent as one binary message)</source>
        <translation>%1 · %2 (하나의 바이너리 메시지로 전송)</translation>
    </message>
    <message>
        <source>Drop a file here or choose one; it is sent as one binary message.</source>
        <translation>여기에 파일을 끌어다 놓거나 선택하십시오. 하나의 바이너리 메시지로 전송됩니다.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Enter a JSON value, e.g. {&quot;op&quot;: &quot;ping&quot;}.</source>
        <translation>JSON 값을 입력하십시오. 예: {&quot;op&quot;: &quot;ping&quot;}.</translation>
    </message>
    <message>
        <source>No file chosen: drop a file here or click Choose file…</source>
        <translation>선택한 파일이 없습니다: 여기에 파일을 끌어 놓거나 파일 선택…을 누르십시오</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Send a text message (UTF-8)</source>
        <translation>텍스트 메시지 전송(UTF-8)</translation>
    </message>
    <message>
        <source>Send JSON as a text message, validated as you type</source>
        <translation>JSON을 텍스트 메시지로 전송(입력하는 동안 검증)</translation>
    </message>
    <message>
        <source>Send binary data typed as hex bytes</source>
        <translation>hex 바이트로 입력한 바이너리 데이터 전송</translation>
    </message>
    <message>
        <source>Send binary data typed as Base64</source>
        <translation>Base64로 입력한 바이너리 데이터 전송</translation>
    </message>
    <message>
        <source>Send a file as one binary message (drop a file here)</source>
        <translation>파일을 하나의 바이너리 메시지로 전송(여기에 파일을 끌어다 놓기)</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>파일 선택…</translation>
    </message>
    <message>
        <source>Message to send</source>
        <translation>보낼 메시지</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>들여쓰기</translation>
    </message>
    <message>
        <source>Indent the JSON, one member per line</source>
        <translation>JSON을 들여쓰기하여 한 줄에 멤버 하나씩 표시</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>압축</translation>
    </message>
    <message>
        <source>Remove all whitespace between JSON tokens</source>
        <translation>JSON 토큰 사이의 공백을 모두 제거</translation>
    </message>
    <message>
        <source>No file chosen yet: drop one here or click Choose file…</source>
        <translation>아직 선택한 파일이 없습니다. 여기에 파일을 끌어다 놓거나 파일 선택…을 누르십시오</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>프레임</translation>
    </message>
    <message>
        <source>Write one frame by hand, every header field settable, legal or not (needs the wire tap)</source>
        <translation>모든 헤더 필드를 규격에 맞든 아니든 직접 지정하여 프레임 하나 쓰기(와이어 캡처 필요)</translation>
    </message>
    <message>
        <source>Frame mode sends the frames of the form, not a message.</source>
        <translation>프레임 모드는 메시지가 아니라 양식에 지정한 프레임을 보냅니다.</translation>
    </message>
</context>
<context>
    <name>PayloadView</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n바이트</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %1 of %2; the Hex view shows all of it.</source>
        <translation>%2 중 처음 %1만 표시합니다. Hex 보기에는 전체가 표시됩니다.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>%2 중 처음 %1만 표시합니다.</translation>
    </message>
    <message>
        <source>This row carries no payload: %1</source>
        <translation>이 행에는 페이로드가 없습니다: %1</translation>
    </message>
    <message>
        <source>This row carries no payload; the Handshake tab shows it.</source>
        <translation>이 행에는 페이로드가 없습니다. 핸드셰이크 탭에서 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>This row carries no payload.</source>
        <translation>이 행에는 페이로드가 없습니다.</translation>
    </message>
    <message>
        <source>The log kept %1 of the %2 payload.</source>
        <translation>로그에는 %2 페이로드 중 %1만 보관되었습니다.</translation>
    </message>
    <message>
        <source>The payload is empty.</source>
        <translation>페이로드가 비어 있습니다.</translation>
    </message>
    <message>
        <source>Not valid JSON, shown as text. %1</source>
        <translation>올바른 JSON이 아니어서 텍스트로 표시합니다. %1</translation>
    </message>
    <message>
        <source>Too large for the JSON view (over %1), shown as text.</source>
        <translation>JSON 보기에는 너무 커서(%1 초과) 텍스트로 표시합니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n line(s) of 16 bytes.</source>
        <translation>
            <numerusform>%1, 한 줄에 16바이트씩 %n줄.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid UTF-8 (%1); invalid bytes show as �.</source>
        <translation>올바른 UTF-8이 아닙니다(%1). 잘못된 바이트는 �로 표시됩니다.</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>파일 이름을 지정하지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation>%1에 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1을(를) %2에 저장했습니다.</translation>
    </message>
    <message>
        <source>payload-%1.bin</source>
        <translation>payload-%1.bin</translation>
    </message>
    <message>
        <source>payload.bin</source>
        <translation>payload.bin</translation>
    </message>
    <message>
        <source>Save payload</source>
        <translation>페이로드 저장</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Show the payload as UTF-8 text</source>
        <translation>페이로드를 UTF-8 텍스트로 표시</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Show the payload as JSON</source>
        <translation>페이로드를 JSON으로 표시</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Show every byte in hexadecimal</source>
        <translation>모든 바이트를 16진수로 표시</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>트리</translation>
    </message>
    <message>
        <source>JSON as a tree of members and elements</source>
        <translation>JSON을 멤버와 요소의 트리로 표시</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>들여쓰기</translation>
    </message>
    <message>
        <source>JSON indented, one member per line</source>
        <translation>JSON을 들여쓰기하여 한 줄에 멤버 하나씩 표시</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>압축</translation>
    </message>
    <message>
        <source>JSON without whitespace</source>
        <translation>공백 없는 JSON</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>모두 펼치기</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>모두 접기</translation>
    </message>
    <message>
        <source>Collapse every node of the JSON tree</source>
        <translation>JSON 트리의 모든 노드 접기</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the whole payload as text, hex or Base64</source>
        <translation>전체 페이로드를 텍스트, hex 또는 Base64로 복사</translation>
    </message>
    <message>
        <source>Copy payload</source>
        <translation>페이로드 복사</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>텍스트로 복사</translation>
    </message>
    <message>
        <source>Copy as hex</source>
        <translation>hex로 복사</translation>
    </message>
    <message>
        <source>Copy as Base64</source>
        <translation>Base64로 복사</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>저장…</translation>
    </message>
    <message>
        <source>Save the raw payload bytes to a file</source>
        <translation>원시 페이로드 바이트를 파일로 저장</translation>
    </message>
    <message>
        <source>Save payload to file</source>
        <translation>페이로드를 파일로 저장</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation>JSON 트리</translation>
    </message>
    <message>
        <source>Payload text</source>
        <translation>페이로드 텍스트</translation>
    </message>
    <message>
        <source>Payload bytes</source>
        <translation>페이로드 바이트</translation>
    </message>
    <message>
        <source>Lines longer than %1 characters are shown in pieces.</source>
        <translation>%1자보다 긴 줄은 나누어 표시됩니다.</translation>
    </message>
    <message>
        <source>Select a row in the log to see its payload here; the Frame, Handshake and Close tabs show its frame header and the connection&apos;s opening and closing.</source>
        <translation>로그에서 행을 선택하면 여기에 페이로드가 표시됩니다. 프레임, 핸드셰이크, 닫기 탭에는 프레임 헤더와 연결의 시작과 종료가 표시됩니다.</translation>
    </message>
    <message>
        <source>Expand all opened the first %1 nodes; open the others one by one.</source>
        <translation>모두 펼치기로 처음 %1개 노드를 펼쳤습니다. 나머지는 하나씩 펼치십시오.</translation>
    </message>
    <message>
        <source>Over %1 of JSON opens as text; JSON shows it as a tree.</source>
        <translation>%1을(를) 넘는 JSON은 텍스트로 열립니다. JSON 보기에서는 트리로 표시됩니다.</translation>
    </message>
    <message>
        <source>Detected: %1 — %2</source>
        <translation>감지됨: %1 — %2</translation>
    </message>
    <message>
        <source>Expand the nodes of the JSON tree, up to %1 of them</source>
        <translation>JSON 트리의 노드를 최대 %1개까지 펼치기</translation>
    </message>
</context>
<context>
    <name>PongPolicy</name>
    <message>
        <source>pong payload: %1</source>
        <translation>pong 페이로드: %1</translation>
    </message>
    <message>
        <source>The pong policy is auto, off, delay=MS (MS from 1 to %1) or payload=TEXT, not &quot;%2&quot;.</source>
        <translation>pong 정책은 auto, off, delay=MS(MS는 1부터 %1까지) 또는 payload=TEXT여야 합니다. &quot;%2&quot;은(는) 사용할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>PongPolicyButton</name>
    <message>
        <source>Pong: auto</source>
        <translation>pong: 자동</translation>
    </message>
    <message>
        <source>Pong: withheld</source>
        <translation>pong: 보류됨</translation>
    </message>
    <message>
        <source>Pong: delayed %1 ms</source>
        <translation>pong: %1 ms 지연</translation>
    </message>
    <message>
        <source>Pong: &quot;%1&quot;</source>
        <translation>pong: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Pong policy</source>
        <translation>pong 정책</translation>
    </message>
    <message>
        <source>What the wire tap does with the pongs answering the server&apos;s pings (RFC 6455 §5.5.2); kept for this tab&apos;s later connections</source>
        <translation>서버의 ping에 응답하는 pong을 와이어 캡처가 처리하는 방식(RFC 6455 §5.5.2). 이 탭의 이후 연결에도 유지됨</translation>
    </message>
    <message>
        <source>The pong policy needs the wire tap: turn the tap on</source>
        <translation>pong 정책에는 와이어 캡처가 필요합니다. 캡처를 켜십시오</translation>
    </message>
    <message>
        <source>Answer pings automatically</source>
        <translation>ping에 자동으로 응답</translation>
    </message>
    <message>
        <source>Withhold pongs (test the server&apos;s ping timeout)</source>
        <translation>pong 보류(서버의 ping 제한 시간 테스트)</translation>
    </message>
    <message>
        <source>Delay:</source>
        <translation>지연:</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>페이로드:</translation>
    </message>
    <message>
        <source>text, at most 125 bytes</source>
        <translation>텍스트, 최대 125바이트</translation>
    </message>
    <message>
        <source>Delay each pong by the time above</source>
        <translation>각 pong을 위의 시간만큼 지연</translation>
    </message>
    <message>
        <source>Answer with the payload above</source>
        <translation>위의 페이로드로 응답</translation>
    </message>
</context>
<context>
    <name>ProfileBundle</name>
    <message>
        <source>“format” is %1, not “%2”: this is not a WsScope profile bundle.</source>
        <translation>“format”이 “%2”가 아니라 %1입니다. WsScope 프로필 번들이 아닙니다.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>문자열이 아님</translation>
    </message>
    <message>
        <source>“schemaVersion” is missing; a profile bundle has “schemaVersion”: %1.</source>
        <translation>“schemaVersion”이 없습니다. 프로필 번들에는 “schemaVersion”: %1이(가) 있어야 합니다.</translation>
    </message>
    <message>
        <source>“schemaVersion” must be a whole number of at least 1.</source>
        <translation>“schemaVersion”은 1 이상의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>The bundle was written by a newer WsScope (schema version %1; this version reads up to %2).</source>
        <translation>더 새로운 WsScope에서 만든 번들입니다(스키마 버전 %1, 이 버전은 %2까지 읽을 수 있음).</translation>
    </message>
    <message>
        <source>“profiles” is missing or not a list.</source>
        <translation>“profiles”가 없거나 목록이 아닙니다.</translation>
    </message>
    <message>
        <source>The bundle holds no profiles (“profiles” is empty).</source>
        <translation>번들에 프로필이 없습니다(“profiles”가 비어 있음).</translation>
    </message>
    <message>
        <source>Profile %1 of the bundle is not a JSON object.</source>
        <translation>번들의 프로필 %1이(가) JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>Profile %1 of the bundle: %2</source>
        <translation>번들의 프로필 %1: %2</translation>
    </message>
    <message>
        <source>Profile %1 (“%2”) of the bundle: %3</source>
        <translation>번들의 프로필 %1(“%2”): %3</translation>
    </message>
    <message>
        <source>The value of the header “%1” was left out of the export (a secret); fill it in before connecting.</source>
        <translation>헤더 “%1”의 값은 비밀 값이어서 내보내기에서 제외되었습니다. 연결하기 전에 입력하십시오.</translation>
    </message>
    <message>
        <source>The proxy password was left out of the export (a secret).</source>
        <translation>프록시 비밀번호는 비밀 값이어서 내보내기에서 제외되었습니다.</translation>
    </message>
    <message>
        <source>The password of the URL was left out of the export (a secret).</source>
        <translation>URL의 비밀번호는 비밀 값이어서 내보내기에서 제외되었습니다.</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Create “%1”</source>
        <translation>“%1” 만들기</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>“%1” 삭제</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>“%1” 이름을 “%2”(으)로 바꾸기</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>“%1” 편집</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>이름이 &quot;%1&quot;인 프로필이 이미 있습니다.</translation>
    </message>
</context>
<context>
    <name>ProfileConflictDialog</name>
    <message>
        <source>Profile changed on disk</source>
        <translation>디스크의 프로필이 변경됨</translation>
    </message>
    <message>
        <source>“%1” was changed on disk since WsScope loaded it, perhaps by another WsScope window.</source>
        <translation>“%1”이(가) WsScope에서 불러온 뒤 디스크에서 변경되었습니다. 다른 WsScope 창에서 변경했을 수 있습니다.</translation>
    </message>
    <message>
        <source>Reload it and drop your changes, overwrite it with your changes, or save your changes as a new profile?</source>
        <translation>다시 불러와 변경 사항을 버리시겠습니까, 변경 사항으로 덮어쓰시겠습니까, 아니면 변경 사항을 새 프로필로 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>Reload it, or overwrite it anyway?</source>
        <translation>다시 불러오시겠습니까, 아니면 그래도 덮어쓰시겠습니까?</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>다시 불러오기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>덮어쓰기(&amp;O)</translation>
    </message>
    <message>
        <source>Save &amp;As New Profile</source>
        <translation>새 프로필로 저장(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ProfileConnectionPage</name>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>이름이 &quot;%1&quot;인 프로필이 이미 있습니다.</translation>
    </message>
    <message>
        <source>A subprotocol is listed twice.</source>
        <translation>같은 서브프로토콜이 두 번 나열되어 있습니다.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>이름(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>ws://127.0.0.1:8080/echo or wss://example.com/chat</source>
        <translation>ws://127.0.0.1:8080/echo 또는 wss://example.com/chat</translation>
    </message>
    <message>
        <source>&amp;Subprotocols:</source>
        <translation>서브프로토콜(&amp;S):</translation>
    </message>
    <message>
        <source>offered in this order, e.g. chat.v2, chat.v1</source>
        <translation>이 순서대로 제안, 예: chat.v2, chat.v1</translation>
    </message>
    <message>
        <source>&amp;Origin:</source>
        <translation>Origin(&amp;O):</translation>
    </message>
    <message>
        <source>none, or e.g. https://example.com</source>
        <translation>없음 또는 예: https://example.com</translation>
    </message>
    <message>
        <source>Handshake &amp;timeout:</source>
        <translation>핸드셰이크 제한 시간(&amp;T):</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>No timeout</source>
        <translation>제한 없음</translation>
    </message>
</context>
<context>
    <name>ProfileEditFlow</name>
    <message>
        <source>New profile</source>
        <translation>새 프로필</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>New profile</source>
        <translation>새 프로필</translation>
    </message>
    <message>
        <source>Edit profile “%1”</source>
        <translation>프로필 “%1” 편집</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>일반(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>헤더(&amp;H)</translation>
    </message>
    <message>
        <source>T&amp;LS</source>
        <translation>TLS(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>네트워크(&amp;N)</translation>
    </message>
    <message>
        <source>Cannot save yet (%1 tab): %2</source>
        <translation>아직 저장할 수 없습니다 (%1 탭): %2</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Var&amp;iables</source>
        <translation>변수(&amp;I)</translation>
    </message>
</context>
<context>
    <name>ProfileErrorBar</name>
    <message>
        <source>Re&amp;load</source>
        <translation>다시 불러오기(&amp;L)</translation>
    </message>
    <message>
        <source>Read the profile files again after fixing them</source>
        <translation>프로필 파일을 고친 후 다시 읽기</translation>
    </message>
    <message numerus="yes">
        <source>%n profile file(s) could not be loaded and were left as they are:</source>
        <translation>
            <numerusform>프로필 파일 %n개를 불러올 수 없어 그대로 두었습니다:</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>폴더: %1</translation>
    </message>
</context>
<context>
    <name>ProfileExportDialog</name>
    <message>
        <source>the proxy password</source>
        <translation>프록시 비밀번호</translation>
    </message>
    <message>
        <source>the URL password</source>
        <translation>URL 비밀번호</translation>
    </message>
    <message>
        <source>The selected profiles hold no secret values.</source>
        <translation>선택한 프로필에는 비밀 값이 없습니다.</translation>
    </message>
    <message>
        <source>⚠ The file will hold %1 in clear text: anyone who gets it can use them. Keep it private.</source>
        <translation>⚠ 파일에 %1이(가) 평문으로 저장됩니다. 파일을 손에 넣은 사람은 누구나 이를 사용할 수 있으니 다른 사람에게 공개하지 마십시오.</translation>
    </message>
    <message>
        <source>Left out of the file (it says so): %1. Whoever imports it fills them in.</source>
        <translation>파일에서 제외됨(파일에 그렇게 표시됨): %1. 가져오는 사람이 직접 입력합니다.</translation>
    </message>
    <message>
        <source>Export Profiles</source>
        <translation>프로필 내보내기</translation>
    </message>
    <message>
        <source>Choose the profiles to write into one file. WsScope and wsscope-cli --import read it back.</source>
        <translation>하나의 파일에 쓸 프로필을 선택하십시오. WsScope와 wsscope-cli --import로 다시 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>Profiles to export</source>
        <translation>내보낼 프로필</translation>
    </message>
    <message>
        <source>Include &amp;secrets (tokens, cookies, passwords)</source>
        <translation>비밀 값 포함(토큰, 쿠키, 비밀번호)(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>ProfileFilesFlow</name>
    <message>
        <source>Import Profiles</source>
        <translation>프로필 가져오기</translation>
    </message>
    <message>
        <source>Profiles, HAR and Insomnia files (*.json *.har);;All files (*)</source>
        <translation>프로필, HAR 및 Insomnia 파일 (*.json *.har);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Export Profiles</source>
        <translation>프로필 내보내기</translation>
    </message>
    <message>
        <source>WsScope profiles (*.json);;All files (*)</source>
        <translation>WsScope 프로필 (*.json);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>ProfileHeadersPage</name>
    <message>
        <source>Row %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <source>On</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>&amp;Add header</source>
        <translation>헤더 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove header</source>
        <translation>헤더 제거(&amp;R)</translation>
    </message>
    <message>
        <source>A secret: kept in the keychain, not in the profile file. &quot;%1&quot; shows it.</source>
        <translation>비밀 값: 프로필 파일이 아니라 키체인에 보관됩니다. &quot;%1&quot;을(를) 켜면 표시됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>Mark %1 as secret? Its value is stored in the profile file in plain text; a secret is kept in the keychain.</source>
        <translation>
            <numerusform>%1을(를) 비밀 값으로 표시하시겠습니까? 현재 값은 프로필 파일에 평문으로 저장되어 있으며, 비밀 값은 키체인에 보관됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>비밀</translation>
    </message>
    <message>
        <source>S&amp;how secret values</source>
        <translation>비밀 값 표시(&amp;H)</translation>
    </message>
    <message>
        <source>Mark as secret</source>
        <translation>비밀 값으로 표시</translation>
    </message>
    <message>
        <source>Keep in the file</source>
        <translation>파일에 그대로 두기</translation>
    </message>
</context>
<context>
    <name>ProfileImport</name>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>“%1”은(는) 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>“%1”을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; files larger than %3 MB are not imported.</source>
        <translation>“%1”의 크기는 %2 MB입니다. %3 MB보다 큰 파일은 가져오지 않습니다.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>This is an Insomnia v5 (YAML) collection; WsScope reads Insomnia&apos;s v4 JSON export (Export Data → Insomnia v4 (JSON)).</source>
        <translation>Insomnia v5(YAML) 컬렉션입니다. WsScope는 Insomnia의 v4 JSON 내보내기 파일을 읽습니다(Export Data → Insomnia v4 (JSON)).</translation>
    </message>
    <message>
        <source>The file is not valid JSON: line %1, column %2: %3</source>
        <translation>파일이 올바른 JSON이 아닙니다: %1행 %2열: %3</translation>
    </message>
    <message>
        <source>The file holds a JSON %1, not an object: it is no profile bundle, HAR or Insomnia export.</source>
        <translation>파일에 객체가 아닌 JSON %1이(가) 들어 있습니다. 프로필 번들, HAR 또는 Insomnia 내보내기 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>This WsScope profile file does not load: %1</source>
        <translation>이 WsScope 프로필 파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>This is a Postman collection, which WsScope does not import; export the requests as a HAR or from Insomnia instead.</source>
        <translation>Postman 컬렉션은 WsScope에서 가져올 수 없습니다. 대신 요청을 HAR로 내보내거나 Insomnia에서 내보내십시오.</translation>
    </message>
    <message>
        <source>The JSON object has none of the members that mark a WsScope profile bundle (“format”), a HAR (“log”) or an Insomnia export (“_type”: “export”).</source>
        <translation>JSON 객체에 WsScope 프로필 번들(“format”), HAR(“log”) 또는 Insomnia 내보내기(“_type”: “export”)임을 나타내는 멤버가 없습니다.</translation>
    </message>
    <message>
        <source>WsScope profiles</source>
        <translation>WsScope 프로필</translation>
    </message>
    <message>
        <source>HAR</source>
        <translation>HAR</translation>
    </message>
    <message>
        <source>Insomnia export</source>
        <translation>Insomnia 내보내기</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>알 수 없는 형식</translation>
    </message>
    <message>
        <source>Imported profile</source>
        <translation>가져온 프로필</translation>
    </message>
    <message>
        <source>Profile “%1” was not saved: %2</source>
        <translation>프로필 “%1”을(를) 저장하지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>ProfileImportDialog</name>
    <message numerus="yes">
        <source>%n header(s)</source>
        <translation>
            <numerusform>헤더 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>메시지 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>가져오지 않음: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be imported: %2</source>
        <translation>“%1”을(를) 가져올 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>From “%1” (%2), %n profile(s) will be created. Saved profiles are never replaced: a name already taken gets a number.</source>
        <translation>
            <numerusform>“%1”(%2)에서 프로필 %n개를 만듭니다. 저장된 프로필은 대체되지 않으며, 이미 쓰이는 이름에는 번호가 붙습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>건너뜀: %1</translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation>프로필 가져오기</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>헤더</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Profiles to import</source>
        <translation>가져올 프로필</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
</context>
<context>
    <name>ProfileNetworkPage</name>
    <message>
        <source>The longest delay is shorter than the first delay.</source>
        <translation>최대 지연 시간이 첫 지연 시간보다 짧습니다.</translation>
    </message>
    <message>
        <source>Record the wire with the &amp;tap</source>
        <translation>와이어 캡처로 전송 내용 기록(&amp;T)</translation>
    </message>
    <message>
        <source>The tap shows every frame header, the server&apos;s handshake response, its pings and its Close reply. Without it only what Qt reports is known.</source>
        <translation>와이어 캡처를 사용하면 모든 프레임 헤더, 서버의 핸드셰이크 응답, 서버의 ping과 Close 응답을 볼 수 있습니다. 사용하지 않으면 Qt가 보고하는 정보만 알 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>프록시(&amp;P):</translation>
    </message>
    <message>
        <source>direct, or socks5://host:1080 or http://host:8080</source>
        <translation>직접 연결, 또는 socks5://host:1080 또는 http://host:8080</translation>
    </message>
    <message>
        <source>Pin&amp;g every:</source>
        <translation>ping 간격(&amp;G):</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>안 함</translation>
    </message>
    <message>
        <source>Largest incoming &amp;frame:</source>
        <translation>수신 프레임 최대 크기(&amp;F):</translation>
    </message>
    <message>
        <source>Largest incoming &amp;message:</source>
        <translation>수신 메시지 최대 크기(&amp;M):</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>&amp;Reconnect when the connection drops</source>
        <translation>연결이 끊기면 다시 연결(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Attempts:</source>
        <translation>시도 횟수(&amp;A):</translation>
    </message>
    <message>
        <source>First dela&amp;y:</source>
        <translation>첫 지연 시간(&amp;Y):</translation>
    </message>
    <message>
        <source>Longest d&amp;elay:</source>
        <translation>최대 지연 시간(&amp;E):</translation>
    </message>
</context>
<context>
    <name>ProfileSerializer</name>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1은(는) 문자열이어야 합니다.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1은(는) true 또는 false여야 합니다.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1은(는) 정수여야 합니다.</translation>
    </message>
    <message>
        <source>%1 is %2; it must be between %3 and %4.</source>
        <translation>%1이(가) %2입니다. %3에서 %4 사이여야 합니다.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1은(는) 객체여야 합니다.</translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation>%1은(는) 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>a profile must be a JSON object ({ … }).</source>
        <translation>프로필은 JSON 객체({ … })여야 합니다.</translation>
    </message>
    <message>
        <source>&quot;schemaVersion&quot; is missing; a WsScope profile has &quot;schemaVersion&quot;: %1.</source>
        <translation>&quot;schemaVersion&quot;이 없습니다. WsScope 프로필에는 &quot;schemaVersion&quot;: %1이(가) 있어야 합니다.</translation>
    </message>
    <message>
        <source>&quot;schemaVersion&quot; must be a whole number of at least 1.</source>
        <translation>&quot;schemaVersion&quot;은 1 이상의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>written by a newer WsScope (schema version %1; this version reads up to %2). The file was left as it is.</source>
        <translation>더 새로운 WsScope에서 작성되었습니다(스키마 버전 %1, 이 버전은 %2까지 읽을 수 있음). 파일은 그대로 두었습니다.</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing or empty; every profile needs a name.</source>
        <translation>&quot;name&quot;이 없거나 비어 있습니다. 모든 프로필에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>connection.url &quot;%1&quot; is not a valid URL: %2</source>
        <translation>connection.url &quot;%1&quot;은(는) 올바른 URL이 아닙니다: %2</translation>
    </message>
    <message>
        <source>%1 must be an object with &quot;name&quot;, &quot;value&quot; and &quot;enabled&quot;.</source>
        <translation>%1은(는) &quot;name&quot;, &quot;value&quot;, &quot;enabled&quot;가 있는 객체여야 합니다.</translation>
    </message>
    <message>
        <source>connection.proxy &quot;%1&quot; is not a valid URL: %2</source>
        <translation>connection.proxy &quot;%1&quot;은(는) 올바른 URL이 아닙니다: %2</translation>
    </message>
    <message>
        <source>%1 must be an object with &quot;name&quot;, &quot;mode&quot; and &quot;content&quot;.</source>
        <translation>%1은(는) &quot;name&quot;, &quot;mode&quot;, &quot;content&quot;가 있는 객체여야 합니다.</translation>
    </message>
    <message>
        <source>%1.mode is &quot;%2&quot;; it must be one of text, json, hex, base64.</source>
        <translation>%1.mode가 &quot;%2&quot;입니다. text, json, hex, base64 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>올바른 JSON이 아닙니다: %1</translation>
    </message>
    <message>
        <source>not valid JSON.</source>
        <translation>올바른 JSON이 아닙니다.</translation>
    </message>
    <message>
        <source>scenarios must be a list.</source>
        <translation>scenarios는 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>%1 must be an object with &quot;name&quot; and &quot;steps&quot;.</source>
        <translation>%1은(는) &quot;name&quot;과 &quot;steps&quot;가 있는 객체여야 합니다.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;, %2: the scenario needs a name (a string).</source>
        <translation>프로필 &quot;%1&quot;, %2: 시나리오에는 이름(문자열)이 필요합니다.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: two scenarios are named &quot;%2&quot;.</source>
        <translation>프로필 &quot;%1&quot;: 이름이 &quot;%2&quot;인 시나리오가 두 개 있습니다.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;, scenario &quot;%2&quot;: steps must be a list.</source>
        <translation>프로필 &quot;%1&quot;, 시나리오 &quot;%2&quot;: steps는 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;, scenario &quot;%2&quot;, step %3: %4</source>
        <translation>프로필 &quot;%1&quot;, 시나리오 &quot;%2&quot;, 단계 %3: %4</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>the file is %1 MiB; a profile file is at most %2 MiB.</source>
        <translation>파일 크기가 %1 MiB입니다. 프로필 파일은 최대 %2 MiB까지 가능합니다.</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is already used by %2; this file was not loaded.</source>
        <translation>이름 &quot;%1&quot;을(를) 이미 %2에서 사용하고 있으므로 이 파일을 불러오지 않았습니다.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>이름이 &quot;%1&quot;인 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>이름이 &quot;%1&quot;인 프로필이 이미 있습니다.</translation>
    </message>
    <message>
        <source>There is no deleted profile named &quot;%1&quot; to restore.</source>
        <translation>이름이 &quot;%1&quot;인 삭제된 프로필이 없어 복원할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (사본)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (사본 %2)</translation>
    </message>
    <message>
        <source>%1 was changed on disk (by another WsScope window?) since it was loaded; it was not overwritten.</source>
        <translation>%1이(가) 불러온 뒤 디스크에서 변경되어(다른 WsScope 창에서 변경했을 수 있음) 덮어쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Cannot read %1 to keep it as %2: %3</source>
        <translation>%2(으)로 보관할 %1을(를) 읽을 수 없습니다: %3</translation>
    </message>
    <message>
        <source>%1 was saved, but its backup %2 could not be updated: %3</source>
        <translation>%1을(를) 저장했지만 백업 %2을(를) 갱신할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>A secret of the profile &quot;%1&quot; could not be read: %2</source>
        <translation>프로필 &quot;%1&quot;의 비밀 값을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was saved, but one of its secrets could not be stored (it is kept for this session only): %2</source>
        <translation>프로필 &quot;%1&quot;은(는) 저장했지만 비밀 값 중 하나를 저장하지 못했습니다(이 세션 동안만 유지됨): %2</translation>
    </message>
</context>
<context>
    <name>ProfileTlsPage</name>
    <message>
        <source>CA certificates</source>
        <translation>CA 인증서</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>클라이언트 인증서</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>클라이언트 키</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM 파일 (*.pem *.crt *.cer *.key);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1이(가) 없거나 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>Used for wss:// URLs. Certificate and key files are PEM; the key must not be encrypted.</source>
        <translation>wss:// URL에 사용됩니다. 인증서와 키 파일은 PEM 형식이며 키는 암호화되지 않아야 합니다.</translation>
    </message>
    <message>
        <source>&amp;Verify the server certificate</source>
        <translation>서버 인증서 확인(&amp;V)</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificates:</source>
        <translation>추가 CA 인증서(&amp;C):</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>클라이언트 인증서(&amp;E):</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>클라이언트 키(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Ignore certificate errors (each ignored error is still logged)</source>
        <translation>인증서 오류 무시(무시한 오류도 모두 기록됨)(&amp;I)</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>파일 선택…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>파일 선택</translation>
    </message>
</context>
<context>
    <name>ProfileTrash</name>
    <message>
        <source>Cannot move %1 to the trash folder.</source>
        <translation>%1을(를) 휴지통 폴더로 옮길 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot move %1 back from the trash folder.</source>
        <translation>%1을(를) 휴지통 폴더에서 되돌릴 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ProfileUndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>Bring the deleted profile back</source>
        <translation>삭제한 프로필 되돌리기</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>“%1”을(를) 삭제했습니다.</translation>
    </message>
</context>
<context>
    <name>ProfileValidator</name>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>프로필 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most %2 are allowed.</source>
        <translation>이름이 %1자입니다. 최대 %2자까지 허용됩니다.</translation>
    </message>
    <message>
        <source>The name contains a control character (U+%1).</source>
        <translation>이름에 제어 문자(U+%1)가 있습니다.</translation>
    </message>
    <message>
        <source>Enter a ws:// or wss:// URL, for example ws://127.0.0.1:8080/echo.</source>
        <translation>ws:// 또는 wss:// URL을 입력하십시오. 예: ws://127.0.0.1:8080/echo.</translation>
    </message>
    <message>
        <source>The URL contains a space; encode it as %20.</source>
        <translation>URL에 공백이 있습니다. %20으로 인코딩하십시오.</translation>
    </message>
    <message>
        <source>This is not a valid URL: %1</source>
        <translation>올바른 URL이 아닙니다: %1</translation>
    </message>
    <message>
        <source>The URL must start with ws:// or wss://.</source>
        <translation>URL은 ws:// 또는 wss://로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>WebSocket URLs use ws:// (or wss:// for TLS), not %1://.</source>
        <translation>WebSocket URL은 %1://이 아니라 ws://(TLS에는 wss://)를 사용합니다.</translation>
    </message>
    <message>
        <source>The scheme must be ws or wss, not &quot;%1&quot;.</source>
        <translation>스킴은 &quot;%1&quot;이 아니라 ws 또는 wss여야 합니다.</translation>
    </message>
    <message>
        <source>The URL has no host.</source>
        <translation>URL에 호스트가 없습니다.</translation>
    </message>
    <message>
        <source>Port 0 cannot be connected to; use 1 to 65535.</source>
        <translation>포트 0에는 연결할 수 없습니다. 1부터 65535까지 사용하십시오.</translation>
    </message>
    <message>
        <source>A WebSocket URL must not have a fragment (the part after #), RFC 6455 §3.</source>
        <translation>WebSocket URL에는 프래그먼트(# 뒤 부분)가 있으면 안 됩니다(RFC 6455 §3).</translation>
    </message>
    <message>
        <source>The origin must look like https://example.com (scheme and host), or be empty.</source>
        <translation>Origin은 https://example.com(스킴과 호스트) 형식이거나 비어 있어야 합니다.</translation>
    </message>
    <message>
        <source>The origin must not have a path; use only scheme, host and port.</source>
        <translation>Origin에는 경로가 있으면 안 됩니다. 스킴, 호스트, 포트만 사용하십시오.</translation>
    </message>
    <message>
        <source>The proxy is not a valid URL: %1</source>
        <translation>프록시가 올바른 URL이 아닙니다: %1</translation>
    </message>
    <message>
        <source>The proxy must be socks5://host:port or http://host:port.</source>
        <translation>프록시는 socks5://host:port 또는 http://host:port 형식이어야 합니다.</translation>
    </message>
    <message>
        <source>The proxy URL has no host.</source>
        <translation>프록시 URL에 호스트가 없습니다.</translation>
    </message>
    <message>
        <source>The proxy URL needs a port, for example %1://%2:1080.</source>
        <translation>프록시 URL에 포트가 필요합니다. 예: %1://%2:1080.</translation>
    </message>
    <message>
        <source>Enter a name for the scenario.</source>
        <translation>시나리오 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot;, step %2: %3</source>
        <translation>시나리오 &quot;%1&quot;, 단계 %2: %3</translation>
    </message>
    <message>
        <source>Two scenarios are named &quot;%1&quot;; give each its own name.</source>
        <translation>이름이 &quot;%1&quot;인 시나리오가 두 개 있습니다. 각각 다른 이름을 지정하십시오.</translation>
    </message>
</context>
<context>
    <name>ProfileVariablesPage</name>
    <message>
        <source>Variables of this profile: `{{name}}` in its URL, headers and messages resolves to them first, then to the chosen environment&apos;s, then to the globals.</source>
        <translation>이 프로필의 변수입니다. URL, 헤더, 메시지의 `{{name}}`은(는) 먼저 이 변수에서, 다음으로 선택한 환경의 변수에서, 마지막으로 전역 변수에서 값을 찾습니다.</translation>
    </message>
</context>
<context>
    <name>ProfilesDock</name>
    <message>
        <source>No profiles yet. Create one with New (%1).</source>
        <translation>아직 프로필이 없습니다. 새 프로필(%1)로 만드십시오.</translation>
    </message>
    <message>
        <source>No profile matches “%1”.</source>
        <translation>“%1”과(와) 일치하는 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Filter by name or URL</source>
        <translation>이름 또는 URL로 필터링</translation>
    </message>
    <message>
        <source>Filter profiles</source>
        <translation>프로필 필터링</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>새 프로필(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>프로필 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Duplicate Profile</source>
        <translation>프로필 복제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Rename Profile</source>
        <translation>프로필 이름 바꾸기(&amp;R)</translation>
    </message>
    <message>
        <source>De&amp;lete Profile</source>
        <translation>프로필 삭제(&amp;L)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Open and Connect</source>
        <translation>열고 연결(&amp;O)</translation>
    </message>
    <message>
        <source>Open in New &amp;Tab</source>
        <translation>새 탭에서 열기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Import from Command Line…</source>
        <translation>명령줄에서 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;Profiles…</source>
        <translation>프로필 가져오기(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xport Profiles…</source>
        <translation>프로필 내보내기(&amp;X)…</translation>
    </message>
</context>
<context>
    <name>RecordingBar</name>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>이 메시지 숨기기</translation>
    </message>
    <message numerus="yes">
        <source>● Recording to %1 · %2 event(s)</source>
        <translation>
            <numerusform>● %1에 기록 중 · 이벤트 %2개</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>기록 중지</translation>
    </message>
    <message>
        <source>Close the file; it keeps every event recorded so far</source>
        <translation>파일을 닫습니다. 지금까지 기록한 이벤트는 모두 남습니다</translation>
    </message>
</context>
<context>
    <name>RepeatControls</name>
    <message>
        <source>Sent %1 / %2</source>
        <translation>%1 / %2 전송됨</translation>
    </message>
    <message>
        <source>Sent %1 (until stopped)</source>
        <translation>%1 전송됨(중지할 때까지)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Sent %1 · stopped</source>
        <translation>%1 전송됨 · 중지됨</translation>
    </message>
    <message>
        <source>Sent %1 · %2</source>
        <translation>%1 전송됨 · %2</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>간격</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Repeat interval</source>
        <translation>반복 간격</translation>
    </message>
    <message>
        <source> times</source>
        <translation>회</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>중지할 때까지</translation>
    </message>
    <message>
        <source>Repeat count</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <source>0: until stopped</source>
        <translation>0: 중지할 때까지</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>RepeatSender</name>
    <message>
        <source>The interval must be between %1 ms and %2 ms.</source>
        <translation>간격은 %1 ms에서 %2 ms 사이여야 합니다.</translation>
    </message>
    <message>
        <source>The count must be 0 (until stopped) or more.</source>
        <translation>횟수는 0(중지할 때까지) 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>Paused: the server is not reading as fast as we send; resuming when the send queue has drained.</source>
        <translation>일시 중지됨: 서버가 전송 속도만큼 빠르게 읽지 못하고 있습니다. 전송 대기열이 비면 다시 시작합니다.</translation>
    </message>
</context>
<context>
    <name>SafeFileWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>it can only be opened once, to write</source>
        <translation>쓰기용으로 한 번만 열 수 있습니다</translation>
    </message>
    <message>
        <source>the file system accepted no more data</source>
        <translation>파일 시스템이 더 이상 데이터를 받지 않았습니다</translation>
    </message>
    <message>
        <source>the file was not open for writing</source>
        <translation>파일이 쓰기용으로 열려 있지 않았습니다</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>폴더 %1을(를) 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>알 수 없는 이유</translation>
    </message>
    <message>
        <source>a file of that name is in the way</source>
        <translation>같은 이름의 파일이 이미 있습니다</translation>
    </message>
</context>
<context>
    <name>SavedMessagesBar</name>
    <message>
        <source>A saved message needs a name.</source>
        <translation>저장할 메시지에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; no longer exists; the message was not saved.</source>
        <translation>프로필 &quot;%1&quot;이(가) 더 이상 없으므로 메시지를 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>There is already a saved message named &quot;%1&quot;.</source>
        <translation>이름이 &quot;%1&quot;인 저장된 메시지가 이미 있습니다.</translation>
    </message>
    <message>
        <source>There is no saved message named &quot;%1&quot;.</source>
        <translation>이름이 &quot;%1&quot;인 저장된 메시지가 없습니다.</translation>
    </message>
    <message>
        <source>(none saved)</source>
        <translation>(저장된 메시지 없음)</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>불러오기…</translation>
    </message>
    <message>
        <source>Save message</source>
        <translation>메시지 저장</translation>
    </message>
    <message>
        <source>Name of the saved message:</source>
        <translation>저장할 메시지 이름:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>메시지:</translation>
    </message>
    <message>
        <source>Rename saved message</source>
        <translation>저장된 메시지 이름 바꾸기</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>새 이름:</translation>
    </message>
    <message>
        <source>Delete saved message</source>
        <translation>저장된 메시지 삭제</translation>
    </message>
    <message>
        <source>&amp;Saved:</source>
        <translation>저장된 메시지(&amp;S):</translation>
    </message>
    <message>
        <source>Saved messages of this profile; pick one to load it</source>
        <translation>이 프로필의 저장된 메시지. 선택하면 불러옵니다</translation>
    </message>
    <message>
        <source>Saved messages</source>
        <translation>저장된 메시지</translation>
    </message>
    <message>
        <source>Save, rename or delete saved messages; send an empty message</source>
        <translation>저장된 메시지 저장, 이름 바꾸기, 삭제; 빈 메시지 전송</translation>
    </message>
    <message>
        <source>More message actions</source>
        <translation>메시지 작업 더 보기</translation>
    </message>
    <message>
        <source>Save current message…</source>
        <translation>현재 메시지 저장…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
</context>
<context>
    <name>ScenarioCompiler</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 needs a file name.</source>
        <translation>%1에는 파일 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Dropped the TCP connection without a Close frame (%1).</source>
        <translation>Close 프레임 없이 TCP 연결을 끊었습니다(%1).</translation>
    </message>
    <message>
        <source>%1 needs milliseconds, a whole number from 0 to %2, not &quot;%3&quot;.</source>
        <translation>%1에는 0부터 %2까지의 정수로 된 밀리초가 필요합니다. &quot;%3&quot;은(는) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 takes &quot;CODE[:REASON]&quot; with a numeric close code, not &quot;%2&quot;.</source>
        <translation>%1에는 숫자 닫기 코드로 된 &quot;CODE[:REASON]&quot;이 필요합니다. &quot;%2&quot;은(는) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 needs close codes separated by commas (e.g. 1002,1007), not &quot;%2&quot;.</source>
        <translation>%1에는 쉼표로 구분한 닫기 코드(예: 1002,1007)가 필요합니다. &quot;%2&quot;은(는) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid regular expression: %3</source>
        <translation>%1: &quot;%2&quot;은(는) 올바른 정규식이 아닙니다: %3</translation>
    </message>
    <message>
        <source>%1: within takes milliseconds, a whole number from 1 to %2.</source>
        <translation>%1: within에는 1부터 %2까지의 정수로 된 밀리초를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step.</source>
        <translation>&quot;%1&quot;은(는) 단계가 아닙니다.</translation>
    </message>
    <message>
        <source>within belongs to an expect-message step.</source>
        <translation>within은 expect-message 단계에만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>fragment belongs to a send, send-hex or send-base64 step.</source>
        <translation>fragment는 send, send-hex 또는 send-base64 단계에만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>fragment: %1</source>
        <translation>fragment: %1</translation>
    </message>
</context>
<context>
    <name>ScenarioJsonDialog</name>
    <message>
        <source>Edit Scenario as JSON</source>
        <translation>시나리오를 JSON으로 편집</translation>
    </message>
    <message>
        <source>Scenario JSON</source>
        <translation>시나리오 JSON</translation>
    </message>
</context>
<context>
    <name>ScenarioLibrary</name>
    <message>
        <source>There is already a scenario named &quot;%1&quot;.</source>
        <translation>이름이 &quot;%1&quot;인 시나리오가 이미 있습니다.</translation>
    </message>
    <message>
        <source>There is no scenario named &quot;%1&quot;.</source>
        <translation>이름이 &quot;%1&quot;인 시나리오가 없습니다.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; no longer exists; the scenario was not saved.</source>
        <translation>프로필 &quot;%1&quot;이(가) 더 이상 없으므로 시나리오를 저장하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>(no scenarios)</source>
        <translation>(시나리오 없음)</translation>
    </message>
    <message>
        <source>This tab has no profile: its scenarios are kept only while the tab is open.</source>
        <translation>이 탭에는 프로필이 없습니다. 시나리오는 탭이 열려 있는 동안만 유지됩니다.</translation>
    </message>
    <message>
        <source>Saved with the profile &quot;%1&quot;.</source>
        <translation>프로필 &quot;%1&quot;에 저장됩니다.</translation>
    </message>
    <message>
        <source>… waiting</source>
        <translation>… 대기 중</translation>
    </message>
    <message>
        <source>▶ running</source>
        <translation>▶ 실행 중</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ 완료</translation>
    </message>
    <message>
        <source>✓ Passed</source>
        <translation>✓ 통과</translation>
    </message>
    <message>
        <source>✗ Failed</source>
        <translation>✗ 실패</translation>
    </message>
    <message>
        <source>✗ Error</source>
        <translation>✗ 오류</translation>
    </message>
    <message>
        <source>– Not run</source>
        <translation>– 실행 안 됨</translation>
    </message>
    <message>
        <source>Run the steps in order on this connection</source>
        <translation>이 연결에서 단계를 순서대로 실행</translation>
    </message>
    <message>
        <source>S&amp;cenario:</source>
        <translation>시나리오(&amp;C):</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <source>The scenarios of this tab&apos;s profile; pick one to show its steps</source>
        <translation>이 탭 프로필의 시나리오. 선택하면 단계를 표시합니다</translation>
    </message>
    <message>
        <source>New, rename, duplicate or delete scenarios; edit as JSON, import or export</source>
        <translation>시나리오 새로 만들기, 이름 바꾸기, 복제, 삭제; JSON으로 편집, 가져오기, 내보내기</translation>
    </message>
    <message>
        <source>More scenario actions</source>
        <translation>시나리오 작업 더 보기</translation>
    </message>
    <message>
        <source>&amp;New Scenario…</source>
        <translation>새 시나리오(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>복제(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Edit as &amp;JSON…</source>
        <translation>JSON으로 편집(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Import from File…</source>
        <translation>파일에서 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport to File…</source>
        <translation>파일로 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Save Tab as Profile…</source>
        <translation>탭을 프로필로 저장…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Add a step after the selected one</source>
        <translation>선택한 단계 뒤에 단계 추가</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Edit the selected step (or double-click it)</source>
        <translation>선택한 단계 편집(또는 두 번 클릭)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation>선택한 단계 제거</translation>
    </message>
    <message>
        <source>Move the selected step up</source>
        <translation>선택한 단계를 위로 이동</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로 이동</translation>
    </message>
    <message>
        <source>Move the selected step down</source>
        <translation>선택한 단계를 아래로 이동</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로 이동</translation>
    </message>
    <message>
        <source>▶ Run</source>
        <translation>▶ 실행</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ 중지</translation>
    </message>
    <message>
        <source>Stop the scenario: the steps not reached are not run</source>
        <translation>시나리오 중지: 아직 도달하지 않은 단계는 실행하지 않습니다</translation>
    </message>
    <message>
        <source>The scenario is running; stop it to edit it.</source>
        <translation>시나리오가 실행 중입니다. 편집하려면 중지하십시오.</translation>
    </message>
    <message>
        <source>Create a scenario first (⋯ → New Scenario…).</source>
        <translation>먼저 시나리오를 만드십시오(⋯ → 새 시나리오…).</translation>
    </message>
    <message>
        <source>The scenario is running; stop it first.</source>
        <translation>시나리오가 실행 중입니다. 먼저 중지하십시오.</translation>
    </message>
    <message>
        <source>There is already a scenario named &quot;%1&quot;.</source>
        <translation>이름이 &quot;%1&quot;인 시나리오가 이미 있습니다.</translation>
    </message>
    <message>
        <source>There is no scenario to rename.</source>
        <translation>이름을 바꿀 시나리오가 없습니다.</translation>
    </message>
    <message>
        <source>There is no scenario to duplicate.</source>
        <translation>복제할 시나리오가 없습니다.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (사본)</translation>
    </message>
    <message>
        <source>There is no scenario to delete.</source>
        <translation>삭제할 시나리오가 없습니다.</translation>
    </message>
    <message>
        <source>There is no step %1.</source>
        <translation>단계 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The step cannot move there.</source>
        <translation>단계를 그 위치로 옮길 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write the scenario to &quot;%1&quot;: %2</source>
        <translation>시나리오를 &quot;%1&quot;에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Import Scenario</source>
        <translation>시나리오 가져오기</translation>
    </message>
    <message>
        <source>Scenario files (%1);;All files (*)</source>
        <translation>시나리오 파일 (%1);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Export Scenario</source>
        <translation>시나리오 내보내기</translation>
    </message>
    <message>
        <source>Exported to &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>새 시나리오</translation>
    </message>
    <message>
        <source>Name of the scenario:</source>
        <translation>시나리오 이름:</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>시나리오 이름 바꾸기</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>새 이름:</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>시나리오 삭제</translation>
    </message>
    <message>
        <source>Delete the scenario &quot;%1&quot; with its steps?</source>
        <translation>시나리오 &quot;%1&quot;을(를) 단계와 함께 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>The scenario is running.</source>
        <translation>시나리오가 실행 중입니다.</translation>
    </message>
    <message>
        <source>Create a scenario (⋯ → New Scenario…) and add steps to run it.</source>
        <translation>시나리오를 만들고(⋯ → 새 시나리오…) 단계를 추가하면 실행할 수 있습니다.</translation>
    </message>
    <message>
        <source>Add steps to run the scenario.</source>
        <translation>시나리오를 실행하려면 단계를 추가하십시오.</translation>
    </message>
    <message>
        <source>Not connected: a scenario runs on an open connection. Connect first.</source>
        <translation>연결되지 않음: 시나리오는 열린 연결에서 실행됩니다. 먼저 연결하십시오.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>단계 %1: %2</translation>
    </message>
    <message>
        <source>Step %1 (%2) needs the wire tap, and this connection has none: turn the tap on in the connection bar and reconnect.</source>
        <translation>단계 %1(%2)에는 와이어 캡처가 필요하지만 이 연결에는 캡처가 없습니다. 연결 표시줄에서 캡처를 켜고 다시 연결하십시오.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>실행 중…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>Expectations met: %1 of %2</source>
        <translation>충족된 기대 조건: %2개 중 %1개</translation>
    </message>
    <message>
        <source>Could not run: %1</source>
        <translation>실행할 수 없음: %1</translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation>실행되지 않음: %1</translation>
    </message>
    <message>
        <source>All steps done</source>
        <translation>모든 단계 완료</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>ScenarioParser</name>
    <message>
        <source>Cannot read the scenario &quot;%1&quot;: %2</source>
        <translation>시나리오 &quot;%1&quot;을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The scenario &quot;%1&quot; has %2 bytes; at most %3 are read.</source>
        <translation>시나리오 &quot;%1&quot;의 크기는 %2바이트입니다. 최대 %3바이트까지만 읽습니다.</translation>
    </message>
    <message>
        <source>The scenario is not JSON: %1</source>
        <translation>시나리오가 JSON이 아닙니다: %1</translation>
    </message>
    <message>
        <source>A scenario is a JSON array of steps, or an object with a &quot;steps&quot; array.</source>
        <translation>시나리오는 단계로 된 JSON 배열이거나 &quot;steps&quot; 배열이 있는 객체여야 합니다.</translation>
    </message>
    <message>
        <source>Line %1, step %2: %3</source>
        <translation>%1행, 단계 %2: %3</translation>
    </message>
    <message>
        <source>a step is an object such as {&quot;send&quot;: &quot;hello&quot;}.</source>
        <translation>단계는 {&quot;send&quot;: &quot;hello&quot;} 같은 객체여야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step: use %2.</source>
        <translation>&quot;%1&quot;은(는) 단계가 아닙니다. %2 중 하나를 사용하십시오.</translation>
    </message>
    <message>
        <source>a step has exactly one action (%1).</source>
        <translation>단계에는 동작이 정확히 하나 있어야 합니다(%1).</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>지정된 동작 없음</translation>
    </message>
    <message>
        <source>within belongs to an expect-message step.</source>
        <translation>within은 expect-message 단계에만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>fragment belongs to a send, send-hex or send-base64 step.</source>
        <translation>fragment는 send, send-hex 또는 send-base64 단계에만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 takes a string.</source>
        <translation>%1에는 문자열을 지정해야 합니다.</translation>
    </message>
    <message>
        <source>within takes milliseconds, a whole number from 1 to %1.</source>
        <translation>within에는 1부터 %1까지의 정수로 된 밀리초를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>%1: wait takes milliseconds, a whole number from 0 to %2.</source>
        <translation>%1: wait에는 0부터 %2까지의 정수로 된 밀리초를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>%1: %1 takes true.</source>
        <translation>%1: %1에는 true를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>%1: expect-close takes a close code or a list of them.</source>
        <translation>%1: expect-close에는 닫기 코드 하나 또는 닫기 코드 목록을 지정해야 합니다.</translation>
    </message>
    <message>
        <source>fragment takes a count such as 3 or sizes such as &quot;3+5+2&quot;.</source>
        <translation>fragment에는 3 같은 개수나 &quot;3+5+2&quot; 같은 크기를 지정해야 합니다.</translation>
    </message>
</context>
<context>
    <name>ScenarioRunner</name>
    <message>
        <source>The scenario has already been run; start a new run.</source>
        <translation>시나리오가 이미 실행되었습니다. 새로 실행하십시오.</translation>
    </message>
    <message>
        <source>A scenario runs on an open connection: connect first.</source>
        <translation>시나리오는 열린 연결에서 실행됩니다. 먼저 연결하십시오.</translation>
    </message>
    <message>
        <source>Stopped before this step finished.</source>
        <translation>이 단계가 끝나기 전에 중지되었습니다.</translation>
    </message>
    <message>
        <source>The connection ended before this step.</source>
        <translation>이 단계 전에 연결이 끝났습니다.</translation>
    </message>
    <message>
        <source>Not run: the connection is no longer open.</source>
        <translation>실행되지 않음: 연결이 더 이상 열려 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ScenarioStepDialog</name>
    <message>
        <source>Scenario Step</source>
        <translation>시나리오 단계</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>none; e.g. 3, 3,ping or 3+5+2</source>
        <translation>없음. 예: 3, 3,ping 또는 3+5+2</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Fragments:</source>
        <translation>조각(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Within:</source>
        <translation>제한 시간(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>동작(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>값(&amp;V):</translation>
    </message>
    <message>
        <source>✓ The step is valid.</source>
        <translation>✓ 올바른 단계입니다.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1  within %2 ms</source>
        <translation>%1  %2 ms 안에</translation>
    </message>
    <message>
        <source>%1  fragment=%2</source>
        <translation>%1  fragment=%2</translation>
    </message>
    <message>
        <source>A text message.</source>
        <translation>텍스트 메시지.</translation>
    </message>
    <message>
        <source>A binary message as hex digits, e.g. 00 ff 10.</source>
        <translation>16진수 숫자로 된 바이너리 메시지. 예: 00 ff 10.</translation>
    </message>
    <message>
        <source>A binary message in Base64.</source>
        <translation>Base64로 된 바이너리 메시지.</translation>
    </message>
    <message>
        <source>A file sent as one binary message (read when the step runs).</source>
        <translation>바이너리 메시지 하나로 보내는 파일(단계가 실행될 때 읽음).</translation>
    </message>
    <message>
        <source>A ping with this payload (at most 125 bytes).</source>
        <translation>이 페이로드를 담은 ping(최대 125바이트).</translation>
    </message>
    <message>
        <source>A hand-made frame: fin, rsv1–3, opcode, mask, key, length, payload / payload-hex / payload-base64 / payload-file, e.g. fin=0 opcode=text payload=a. Needs the wire tap.</source>
        <translation>직접 만든 프레임: fin, rsv1–3, opcode, mask, key, length, payload / payload-hex / payload-base64 / payload-file. 예: fin=0 opcode=text payload=a. 와이어 캡처가 필요합니다.</translation>
    </message>
    <message>
        <source>auto, off, delay=MS or payload=TEXT. Other than auto needs the wire tap.</source>
        <translation>auto, off, delay=MS 또는 payload=TEXT. auto 이외의 값에는 와이어 캡처가 필요합니다.</translation>
    </message>
    <message>
        <source>Milliseconds to pause.</source>
        <translation>일시 중지할 밀리초.</translation>
    </message>
    <message>
        <source>CODE[:REASON], e.g. 1000:bye.</source>
        <translation>CODE[:REASON]. 예: 1000:bye.</translation>
    </message>
    <message>
        <source>Ends the TCP connection without a Close frame.</source>
        <translation>Close 프레임 없이 TCP 연결을 끝냅니다.</translation>
    </message>
    <message>
        <source>Close codes separated by commas, e.g. 1002,1007: the server closes with one of them.</source>
        <translation>쉼표로 구분한 닫기 코드. 예: 1002,1007: 서버가 이 중 하나로 닫아야 합니다.</translation>
    </message>
    <message>
        <source>A regular expression a message from the server matches.</source>
        <translation>서버에서 오는 메시지가 일치해야 하는 정규식.</translation>
    </message>
    <message>
        <source>The server ends the TCP connection without a Close frame.</source>
        <translation>서버가 Close 프레임 없이 TCP 연결을 끝냅니다.</translation>
    </message>
</context>
<context>
    <name>SearchMatcher</name>
    <message>
        <source>Invalid regular expression at position %1: %2</source>
        <translation>위치 %1의 정규식이 잘못되었습니다: %2</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>A secret needs a key; none was given.</source>
        <translation>비밀 값에는 키가 필요하지만 지정되지 않았습니다.</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; could not be moved to &quot;%2&quot;: %3</source>
        <translation>비밀 값 &quot;%1&quot;을(를) &quot;%2&quot;(으)로 옮기지 못했습니다: %3</translation>
    </message>
    <message>
        <source>The secret was copied to &quot;%1&quot; but &quot;%2&quot; could not be removed: %3</source>
        <translation>비밀 값을 &quot;%1&quot;에 복사했지만 &quot;%2&quot;을(를) 제거하지 못했습니다: %3</translation>
    </message>
</context>
<context>
    <name>SecretsBanner</name>
    <message>
        <source>Keep in the profile file instead…</source>
        <translation>대신 프로필 파일에 보관…</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>이 메시지 숨기기</translation>
    </message>
    <message>
        <source>Hide the message about secrets</source>
        <translation>비밀 값 안내 메시지 숨기기</translation>
    </message>
    <message>
        <source>no keychain could be reached</source>
        <translation>연결할 수 있는 키체인이 없습니다</translation>
    </message>
    <message>
        <source>Secrets (headers marked secret, proxy passwords, secret variables) are kept in memory only and are lost when WsScope quits: %1</source>
        <translation>비밀 값(비밀로 표시한 헤더, 프록시 비밀번호, 비밀 변수)은 메모리에만 보관되며 WsScope를 종료하면 사라집니다: %1</translation>
    </message>
    <message>
        <source>Keep secrets in the profile file</source>
        <translation>비밀 값을 프로필 파일에 보관</translation>
    </message>
    <message>
        <source>Open a tab of the profile whose secrets should be kept in its file first.</source>
        <translation>비밀 값을 파일에 보관할 프로필의 탭을 먼저 여십시오.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; already keeps its secrets in its file.</source>
        <translation>프로필 &quot;%1&quot;은(는) 이미 비밀 값을 파일에 보관하고 있습니다.</translation>
    </message>
    <message>
        <source>The secrets of the profile &quot;%1&quot; will be written into its file in plain text:
%2

Anyone who can read that file (or a backup of it) can read them. Keep them in the file?</source>
        <translation>프로필 &quot;%1&quot;의 비밀 값이 파일에 평문으로 기록됩니다:
%2

이 파일(또는 그 백업)을 읽을 수 있는 사람은 누구나 비밀 값을 볼 수 있습니다. 파일에 보관하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>idle</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>연결 중</translation>
    </message>
    <message>
        <source>handshaking</source>
        <translation>핸드셰이크 중</translation>
    </message>
    <message>
        <source>open</source>
        <translation>열림</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>닫는 중</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>닫힘</translation>
    </message>
    <message>
        <source>The session is already %1; close it before opening it again.</source>
        <translation>세션이 이미 %1 상태입니다. 다시 열기 전에 닫으십시오.</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>%1에 연결하는 중</translation>
    </message>
    <message>
        <source>The wire tap is off: the response status and headers, frame headers (FIN, RSV, mask, fragmentation), the server&apos;s pings and our automatic pongs, and the peer&apos;s Close reply are unknown. The log shows what QWebSocket reports; its close code cannot tell 1000 from 1005 or 1006.</source>
        <translation>와이어 캡처가 꺼져 있습니다. 응답 상태와 헤더, 프레임 헤더(FIN, RSV, 마스크, 조각화), 서버의 ping과 자동 pong, 상대방의 Close 응답을 알 수 없습니다. 로그에는 QWebSocket이 보고하는 내용이 표시되며, 그 닫기 코드로는 1000과 1005, 1006을 구별할 수 없습니다.</translation>
    </message>
    <message>
        <source>Reconstructed from the settings (tap off): the Sec-WebSocket-Key, the header order and the exact bytes are unknown.</source>
        <translation>설정을 바탕으로 재구성했습니다(캡처 꺼짐). Sec-WebSocket-Key, 헤더 순서, 정확한 바이트는 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Upgrade request sent</source>
        <translation>업그레이드 요청 전송됨</translation>
    </message>
    <message>
        <source>The server sent a Close frame</source>
        <translation>서버가 Close 프레임을 보냈습니다</translation>
    </message>
    <message>
        <source>Subprotocol: %1</source>
        <translation>서브프로토콜: %1</translation>
    </message>
    <message>
        <source>QWebSocket rejected the handshake: %1</source>
        <translation>QWebSocket이 핸드셰이크를 거부했습니다: %1</translation>
    </message>
    <message>
        <source>The WebSocket handshake failed: %1</source>
        <translation>WebSocket 핸드셰이크 실패: %1</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n certificate error(s) were ignored because the connection is set to ignore TLS errors.</source>
        <translation>
            <numerusform>경고: 연결이 TLS 오류를 무시하도록 설정되어 있어 인증서 오류 %n개를 무시했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No WebSocket handshake with %1 within %2 ms; giving up.</source>
        <translation>%2 ms 안에 %1와(과) WebSocket 핸드셰이크가 완료되지 않아 포기합니다.</translation>
    </message>
    <message>
        <source>Reconnect attempt %1 of %2.</source>
        <translation>다시 연결 시도 %1/%2.</translation>
    </message>
    <message>
        <source>Closed with %1</source>
        <translation>%1(으)로 닫힘</translation>
    </message>
    <message>
        <source>Reconnecting in %1 ms (attempt %2 of %3).</source>
        <translation>%1 ms 후 다시 연결합니다(시도 %2/%3).</translation>
    </message>
    <message>
        <source>Not connected: the session is %1.</source>
        <translation>연결되지 않았습니다. 세션이 %1 상태입니다.</translation>
    </message>
    <message>
        <source>Closing with %1</source>
        <translation>%1(으)로 닫는 중</translation>
    </message>
    <message>
        <source>Reconnect cancelled.</source>
        <translation>다시 연결이 취소되었습니다.</translation>
    </message>
    <message>
        <source>Failing the connection with %1: the server violated RFC 6455.</source>
        <translation>%1(으)로 연결을 실패 처리합니다. 서버가 RFC 6455를 위반했습니다.</translation>
    </message>
    <message>
        <source>The wire tap refused our own SOCKS5 request: %1</source>
        <translation>와이어 캡처가 WsScope 자체의 SOCKS5 요청을 거부했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n foreign connection(s) to the wire tap were refused.</source>
        <translation>
            <numerusform>와이어 캡처로 들어온 외부 연결 %n개를 거부했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Aborted by the user: the connection was dropped without a closing handshake.</source>
        <translation>사용자가 중단함: 닫기 핸드셰이크 없이 연결을 끊었습니다.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>A file is still being sent; send the next one once it is out.</source>
        <translation>아직 파일을 보내는 중입니다. 전송이 끝난 뒤 다음 파일을 보내십시오.</translation>
    </message>
    <message>
        <source>Writing frames by hand needs the wire tap; this connection runs without it.</source>
        <translation>프레임을 직접 쓰려면 와이어 캡처가 필요합니다. 이 연결은 캡처 없이 실행 중입니다.</translation>
    </message>
</context>
<context>
    <name>SessionExportJob</name>
    <message>
        <source>Secret header values were left out of this export (%1): each reads &quot;%2&quot;.</source>
        <translation>비밀 헤더 값은 이 내보내기에서 제외했습니다(%1). 각 값은 &quot;%2&quot;(으)로 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>SessionFileCommands</name>
    <message>
        <source>%1
Opened from file (read-only)</source>
        <translation>%1
파일에서 열림(읽기 전용)</translation>
    </message>
    <message>
        <source>Open Session File</source>
        <translation>세션 파일 열기</translation>
    </message>
    <message>
        <source>Session files (*.har *.jsonl *.ndjson);;HAR files (*.har);;JSONL logs (*.jsonl *.ndjson);;All files (*)</source>
        <translation>세션 파일 (*.har *.jsonl *.ndjson);;HAR 파일 (*.har);;JSONL 로그 (*.jsonl *.ndjson);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Cannot open the session file</source>
        <translation>세션 파일을 열 수 없습니다</translation>
    </message>
    <message>
        <source>Export Session as HAR</source>
        <translation>세션을 HAR로 내보내기</translation>
    </message>
    <message>
        <source>Export Session as JSONL</source>
        <translation>세션을 JSONL로 내보내기</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>HAR 파일 (*.har)</translation>
    </message>
    <message>
        <source>JSONL logs (*.jsonl)</source>
        <translation>JSONL 로그 (*.jsonl)</translation>
    </message>
    <message>
        <source>Another export is still running; try again when it is done.</source>
        <translation>다른 내보내기가 아직 진행 중입니다. 끝난 뒤 다시 시도하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n event(s) to %1…</source>
        <translation>
            <numerusform>이벤트 %n개를 %1(으)로 내보내는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Export Session</source>
        <translation>세션 내보내기</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>내보내기가 취소되어 파일을 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>%1
No file was written.</source>
        <translation>%1
파일을 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Record Session to File</source>
        <translation>세션을 파일로 기록</translation>
    </message>
    <message>
        <source>Cannot record to file</source>
        <translation>파일로 기록할 수 없습니다</translation>
    </message>
    <message>
        <source>The handshake holds secret values (%1). Leave them out of the file?</source>
        <translation>핸드셰이크에 비밀 값(%1)이 있습니다. 파일에서 제외할까요?</translation>
    </message>
    <message>
        <source>Left out, each value reads &quot;%1&quot; in the file. Included, anyone with the file can use them.</source>
        <translation>제외하면 파일에서 각 값이 &quot;%1&quot;(으)로 표시됩니다. 포함하면 파일을 가진 누구나 그 값을 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Leave Secrets Out</source>
        <translation>비밀 값 제외</translation>
    </message>
    <message>
        <source>Include Secrets</source>
        <translation>비밀 값 포함</translation>
    </message>
</context>
<context>
    <name>SessionImporter</name>
    <message>
        <source>%1 is a folder, not a session file</source>
        <translation>%1은(는) 세션 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is too large to open (%2 MiB; at most %3 MiB)</source>
        <translation>%1은(는) 너무 커서 열 수 없습니다(%2 MiB, 최대 %3 MiB)</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1이(가) 비어 있습니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SessionTab</name>
    <message>
        <source>This tab shows a session file; it has no connection. Open a new session tab to connect.</source>
        <translation>이 탭은 세션 파일을 보여 주며 연결이 없습니다. 연결하려면 새 세션 탭을 여십시오.</translation>
    </message>
    <message>
        <source>Dropped the TCP connection on purpose, without a Close frame (Drop TCP Connection).</source>
        <translation>Close 프레임 없이 의도적으로 TCP 연결을 끊었습니다(TCP 연결 끊기).</translation>
    </message>
    <message>
        <source>&amp;Scenarios</source>
        <translation>시나리오(&amp;S)</translation>
    </message>
    <message>
        <source>Show the scenarios of this tab: saved steps run in order, with pass/fail per step</source>
        <translation>이 탭의 시나리오 표시: 저장된 단계를 순서대로 실행하고 단계별 통과/실패를 보여 줍니다</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>보내지 않았습니다: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <source>Log cap (&amp;rows):</source>
        <translation>로그 한도(행 수)(&amp;R):</translation>
    </message>
    <message>
        <source>Log cap (&amp;payload):</source>
        <translation>로그 한도(페이로드)(&amp;P):</translation>
    </message>
    <message>
        <source>Ti&amp;me format:</source>
        <translation>시간 형식(&amp;M):</translation>
    </message>
    <message>
        <source>Payload &amp;font:</source>
        <translation>페이로드 글꼴(&amp;F):</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>미리 보기:</translation>
    </message>
    <message>
        <source> rows</source>
        <translation>행</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>When a session&apos;s log holds more rows than this, the oldest rows are evicted.</source>
        <translation>세션의 로그 행 수가 이 값을 넘으면 가장 오래된 행부터 제거됩니다.</translation>
    </message>
    <message>
        <source>When a session&apos;s log holds more payload than this, the oldest rows are evicted.</source>
        <translation>세션 로그의 페이로드가 이 값을 넘으면 가장 오래된 행부터 제거됩니다.</translation>
    </message>
    <message>
        <source>Payload font size</source>
        <translation>페이로드 글꼴 크기</translation>
    </message>
    <message>
        <source>Payload font</source>
        <translation>페이로드 글꼴</translation>
    </message>
    <message>
        <source>Language, theme, time format and font change as you pick them; the log caps when you press OK. Cancel puts back what was there.</source>
        <translation>언어, 테마, 시간 형식, 글꼴은 고르는 즉시 바뀌고, 로그 한도는 확인을 누를 때 적용됩니다. 취소를 누르면 원래대로 돌아갑니다.</translation>
    </message>
</context>
<context>
    <name>SettingsValidator</name>
    <message>
        <source>No URL given: enter a ws:// or wss:// URL.</source>
        <translation>URL이 없습니다. ws:// 또는 wss:// URL을 입력하십시오.</translation>
    </message>
    <message>
        <source>The URL is not valid: %1</source>
        <translation>URL이 올바르지 않습니다: %1</translation>
    </message>
    <message>
        <source>The URL scheme is &quot;%1&quot;; WebSocket URLs start with ws:// or wss:// (RFC 6455 §3).</source>
        <translation>URL 스킴이 &quot;%1&quot;입니다. WebSocket URL은 ws:// 또는 wss://로 시작합니다(RFC 6455 §3).</translation>
    </message>
    <message>
        <source>Unsupported URL scheme &quot;%1&quot;: use ws:// or wss://.</source>
        <translation>지원하지 않는 URL 스킴 &quot;%1&quot;입니다. ws:// 또는 wss://를 사용하십시오.</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>URL에 호스트 이름이 없습니다.</translation>
    </message>
    <message>
        <source>Port 0 is not a valid server port.</source>
        <translation>포트 0은 올바른 서버 포트가 아닙니다.</translation>
    </message>
    <message>
        <source>WebSocket URLs must not contain a fragment (&quot;#%1&quot;), RFC 6455 §3.</source>
        <translation>WebSocket URL에는 프래그먼트(&quot;#%1&quot;)가 있으면 안 됩니다(RFC 6455 §3).</translation>
    </message>
    <message>
        <source>User name and password in the URL are not sent by WebSocket clients; use an Authorization header instead.</source>
        <translation>URL의 사용자 이름과 비밀번호는 WebSocket 클라이언트가 보내지 않습니다. 대신 Authorization 헤더를 사용하십시오.</translation>
    </message>
    <message>
        <source>Both an Origin header and the Origin setting are given; use the Origin setting only.</source>
        <translation>Origin 헤더와 Origin 설정이 모두 지정되었습니다. Origin 설정만 사용하십시오.</translation>
    </message>
    <message>
        <source>Both a Sec-WebSocket-Protocol header and subprotocols are given; list the subprotocols in the subprotocol setting only.</source>
        <translation>Sec-WebSocket-Protocol 헤더와 서브프로토콜이 모두 지정되었습니다. 서브프로토콜은 서브프로토콜 설정에만 나열하십시오.</translation>
    </message>
    <message>
        <source>The %1 file &quot;%2&quot; does not exist.</source>
        <translation>%1 파일 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The %1 file &quot;%2&quot; cannot be read: %3</source>
        <translation>%1 파일 &quot;%2&quot;을(를) 읽을 수 없습니다: %3</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 인증서</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; contains no certificate (PEM or DER expected).</source>
        <translation>CA 파일 &quot;%1&quot;에 인증서가 없습니다(PEM 또는 DER 형식 필요).</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>클라이언트 인증서</translation>
    </message>
    <message>
        <source>The client certificate file &quot;%1&quot; contains no PEM certificate.</source>
        <translation>클라이언트 인증서 파일 &quot;%1&quot;에 PEM 인증서가 없습니다.</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>클라이언트 키</translation>
    </message>
    <message>
        <source>The key file &quot;%1&quot; holds no unencrypted RSA, EC or DSA private key in PEM form.</source>
        <translation>키 파일 &quot;%1&quot;에 암호화되지 않은 PEM 형식의 RSA, EC 또는 DSA 개인 키가 없습니다.</translation>
    </message>
    <message>
        <source>Unsupported proxy scheme &quot;%1&quot;: use socks5:// or http://.</source>
        <translation>지원하지 않는 프록시 스킴 &quot;%1&quot;입니다. socks5:// 또는 http://를 사용하십시오.</translation>
    </message>
    <message>
        <source>The proxy URL &quot;%1&quot; has no host.</source>
        <translation>프록시 URL &quot;%1&quot;에 호스트가 없습니다.</translation>
    </message>
    <message>
        <source>The proxy URL &quot;%1&quot; needs a port, e.g. socks5://127.0.0.1:1080.</source>
        <translation>프록시 URL &quot;%1&quot;에 포트가 필요합니다. 예: socks5://127.0.0.1:1080.</translation>
    </message>
    <message>
        <source>The Sec-WebSocket-Extensions header is sent as given, but QWebSocket implements no extensions: if the server accepts one (e.g. permessage-deflate), its compressed frames will fail the connection with 1002.</source>
        <translation>Sec-WebSocket-Extensions 헤더는 지정한 그대로 전송되지만 QWebSocket은 확장을 구현하지 않습니다. 서버가 확장(예: permessage-deflate)을 수락하면 압축된 프레임 때문에 연결이 1002로 실패합니다.</translation>
    </message>
    <message>
        <source>The subprotocol &quot;%1&quot; is listed twice (RFC 6455 §4.1 requires unique values).</source>
        <translation>서브프로토콜 &quot;%1&quot;이(가) 두 번 나열되었습니다(RFC 6455 §4.1은 고유한 값을 요구합니다).</translation>
    </message>
    <message>
        <source>The handshake timeout must be greater than 0 ms (it is %1).</source>
        <translation>핸드셰이크 제한 시간은 0 ms보다 커야 합니다(현재 %1).</translation>
    </message>
    <message>
        <source>The maximum incoming frame size must be greater than 0 bytes.</source>
        <translation>수신 프레임 최대 크기는 0바이트보다 커야 합니다.</translation>
    </message>
    <message>
        <source>The maximum incoming message size must be greater than 0 bytes.</source>
        <translation>수신 메시지 최대 크기는 0바이트보다 커야 합니다.</translation>
    </message>
    <message>
        <source>The ping interval cannot be negative (it is %1 ms).</source>
        <translation>ping 간격은 음수일 수 없습니다(현재 %1 ms).</translation>
    </message>
    <message>
        <source>Auto-reconnect needs at least 1 attempt.</source>
        <translation>자동 다시 연결에는 시도 횟수가 1회 이상 필요합니다.</translation>
    </message>
    <message>
        <source>The reconnect delays must satisfy 0 &lt;= first delay &lt;= maximum delay.</source>
        <translation>다시 연결 지연 시간은 0 &lt;= 첫 지연 시간 &lt;= 최대 지연 시간을 만족해야 합니다.</translation>
    </message>
    <message>
        <source>The client certificate &quot;%1&quot; needs its private key: choose the key file too.</source>
        <translation>클라이언트 인증서 &quot;%1&quot;에는 개인 키가 필요합니다. 키 파일도 선택하십시오.</translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; needs the client certificate it belongs to: choose the certificate file too.</source>
        <translation>개인 키 &quot;%1&quot;에는 짝이 되는 클라이언트 인증서가 필요합니다. 인증서 파일도 선택하십시오.</translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; does not belong to the client certificate &quot;%2&quot;: its public half is not the certificate&apos;s public key, so the server would refuse the TLS handshake.</source>
        <translation>개인 키 &quot;%1&quot;은(는) 클라이언트 인증서 &quot;%2&quot;의 짝이 아닙니다. 키의 공개 키 부분이 인증서의 공개 키와 달라 서버가 TLS 핸드셰이크를 거부하게 됩니다.</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>%1행 %2열: %3</translation>
    </message>
    <message>
        <source>the line ends with a backslash that escapes nothing.</source>
        <translation>줄이 아무것도 이스케이프하지 않는 백슬래시로 끝납니다.</translation>
    </message>
    <message>
        <source>the single quote opened here is never closed.</source>
        <translation>여기서 연 작은따옴표가 닫히지 않았습니다.</translation>
    </message>
    <message>
        <source>\x must be followed by two hex digits.</source>
        <translation>\x 뒤에는 16진수 두 자리가 와야 합니다.</translation>
    </message>
    <message>
        <source>the $&apos; quote opened here is never closed.</source>
        <translation>여기서 연 $&apos; 따옴표가 닫히지 않았습니다.</translation>
    </message>
    <message>
        <source>the double quote opened here is never closed.</source>
        <translation>여기서 연 큰따옴표가 닫히지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>SocketErrorText</name>
    <message>
        <source>the server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>Connection to %1 refused: nothing is listening on that port.</source>
        <translation>%1 연결이 거부되었습니다. 해당 포트에서 수신 대기 중인 프로그램이 없습니다.</translation>
    </message>
    <message>
        <source>%1 closed the TCP connection.</source>
        <translation>%1이(가) TCP 연결을 닫았습니다.</translation>
    </message>
    <message>
        <source>Host name lookup failed for %1: no such host.</source>
        <translation>%1의 호스트 이름 조회에 실패했습니다. 해당 호스트가 없습니다.</translation>
    </message>
    <message>
        <source>Not allowed to open a socket to %1.</source>
        <translation>%1에 대한 소켓을 열 권한이 없습니다.</translation>
    </message>
    <message>
        <source>Out of sockets or memory while connecting to %1.</source>
        <translation>%1에 연결하는 동안 소켓 또는 메모리가 부족합니다.</translation>
    </message>
    <message>
        <source>Connection to %1 timed out.</source>
        <translation>%1 연결 시간이 초과되었습니다.</translation>
    </message>
    <message>
        <source>Datagram too large for %1.</source>
        <translation>%1에 보내기에는 데이터그램이 너무 큽니다.</translation>
    </message>
    <message>
        <source>Network error while talking to %1 (unreachable or reset).</source>
        <translation>%1와(과) 통신하는 중 네트워크 오류가 발생했습니다(연결할 수 없거나 재설정됨).</translation>
    </message>
    <message>
        <source>The local address for %1 is already in use.</source>
        <translation>%1에 사용할 로컬 주소가 이미 사용 중입니다.</translation>
    </message>
    <message>
        <source>The local address for %1 is not available.</source>
        <translation>%1에 사용할 로컬 주소를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Operation not supported by this system when connecting to %1.</source>
        <translation>%1에 연결할 때 이 시스템에서 지원하지 않는 작업입니다.</translation>
    </message>
    <message>
        <source>A previous socket operation to %1 has not finished yet.</source>
        <translation>%1에 대한 이전 소켓 작업이 아직 끝나지 않았습니다.</translation>
    </message>
    <message>
        <source>The proxy requires authentication (connecting to %1).</source>
        <translation>프록시에 인증이 필요합니다(%1에 연결 중).</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed.</source>
        <translation>%1와(과)의 TLS 핸드셰이크에 실패했습니다.</translation>
    </message>
    <message>
        <source>The proxy refused the connection (connecting to %1).</source>
        <translation>프록시가 연결을 거부했습니다(%1에 연결 중).</translation>
    </message>
    <message>
        <source>The proxy closed the connection unexpectedly (connecting to %1).</source>
        <translation>프록시가 예기치 않게 연결을 닫았습니다(%1에 연결 중).</translation>
    </message>
    <message>
        <source>The proxy did not answer in time (connecting to %1).</source>
        <translation>프록시가 제시간에 응답하지 않았습니다(%1에 연결 중).</translation>
    </message>
    <message>
        <source>The proxy host was not found (connecting to %1).</source>
        <translation>프록시 호스트를 찾을 수 없습니다(%1에 연결 중).</translation>
    </message>
    <message>
        <source>The proxy answered with something that is not its protocol (connecting to %1).</source>
        <translation>프록시가 해당 프록시 프로토콜이 아닌 응답을 보냈습니다(%1에 연결 중).</translation>
    </message>
    <message>
        <source>A socket operation to %1 was attempted in the wrong state.</source>
        <translation>%1에 대한 소켓 작업을 잘못된 상태에서 시도했습니다.</translation>
    </message>
    <message>
        <source>The TLS library failed internally while talking to %1.</source>
        <translation>%1와(과) 통신하는 중 TLS 라이브러리에서 내부 오류가 발생했습니다.</translation>
    </message>
    <message>
        <source>Invalid TLS data (certificate or key) for %1.</source>
        <translation>%1에 대한 TLS 데이터(인증서 또는 키)가 잘못되었습니다.</translation>
    </message>
    <message>
        <source>Temporary socket error with %1; try again.</source>
        <translation>%1와(과)의 일시적인 소켓 오류입니다. 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Unknown socket error with %1.</source>
        <translation>%1와(과)의 알 수 없는 소켓 오류입니다.</translation>
    </message>
</context>
<context>
    <name>Socks5Negotiation</name>
    <message>
        <source>succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>general SOCKS server failure</source>
        <translation>일반 SOCKS 서버 오류</translation>
    </message>
    <message>
        <source>connection not allowed by ruleset</source>
        <translation>규칙 집합에서 허용하지 않는 연결</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>네트워크에 연결할 수 없음</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>호스트에 연결할 수 없음</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>연결 거부됨</translation>
    </message>
    <message>
        <source>TTL expired</source>
        <translation>TTL 만료</translation>
    </message>
    <message>
        <source>command not supported</source>
        <translation>지원하지 않는 명령</translation>
    </message>
    <message>
        <source>address type not supported</source>
        <translation>지원하지 않는 주소 유형</translation>
    </message>
    <message>
        <source>unknown reply code 0x%1</source>
        <translation>알 수 없는 응답 코드 0x%1</translation>
    </message>
    <message>
        <source>SOCKS version %1 is not supported (expected 5).</source>
        <translation>SOCKS 버전 %1은(는) 지원하지 않습니다(5여야 함).</translation>
    </message>
    <message>
        <source>The client did not offer username/password authentication.</source>
        <translation>클라이언트가 사용자 이름/비밀번호 인증을 제안하지 않았습니다.</translation>
    </message>
    <message>
        <source>Username/password sub-negotiation version %1 is not supported.</source>
        <translation>사용자 이름/비밀번호 하위 협상 버전 %1은(는) 지원하지 않습니다.</translation>
    </message>
    <message>
        <source>SOCKS request with version %1 (expected 5).</source>
        <translation>SOCKS 요청 버전이 %1입니다(5여야 함).</translation>
    </message>
    <message>
        <source>SOCKS address type %1 is not supported.</source>
        <translation>SOCKS 주소 유형 %1은(는) 지원하지 않습니다.</translation>
    </message>
    <message>
        <source>SOCKS command %1 is not supported (only CONNECT).</source>
        <translation>SOCKS 명령 %1은(는) 지원하지 않습니다(CONNECT만 지원).</translation>
    </message>
    <message>
        <source>The SOCKS request names an empty host.</source>
        <translation>SOCKS 요청의 호스트가 비어 있습니다.</translation>
    </message>
    <message>
        <source>Wrong SOCKS username or password.</source>
        <translation>SOCKS 사용자 이름 또는 비밀번호가 틀렸습니다.</translation>
    </message>
</context>
<context>
    <name>StatsStrip</name>
    <message>
        <source>↑ %1 msg %2</source>
        <translation>↑ 메시지 %1개 %2</translation>
    </message>
    <message>
        <source>↓ %1 msg %2</source>
        <translation>↓ 메시지 %1개 %2</translation>
    </message>
    <message>
        <source>%1k/s</source>
        <translation>%1k/s</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>RTT %1 ms</source>
        <translation>RTT %1 ms</translation>
    </message>
    <message>
        <source>RTT –</source>
        <translation>RTT –</translation>
    </message>
    <message>
        <source>Messages and payload bytes sent</source>
        <translation>보낸 메시지 수와 페이로드 바이트</translation>
    </message>
    <message>
        <source>Messages and payload bytes received</source>
        <translation>받은 메시지 수와 페이로드 바이트</translation>
    </message>
    <message>
        <source>Messages received per second, over the last second</source>
        <translation>초당 수신 메시지 수(최근 1초)</translation>
    </message>
    <message>
        <source>Messages received per second, last 60 seconds</source>
        <translation>초당 수신 메시지 수(최근 60초)</translation>
    </message>
    <message>
        <source>Receive rate, last 60 seconds</source>
        <translation>수신 속도(최근 60초)</translation>
    </message>
    <message>
        <source>Round-trip time of the last ping answered by a pong</source>
        <translation>pong 응답을 받은 마지막 ping의 왕복 시간</translation>
    </message>
</context>
<context>
    <name>TabActions</name>
    <message>
        <source>Empty: named after its profile or URL</source>
        <translation>비워 두면 프로필 이름이나 URL을 사용</translation>
    </message>
    <message>
        <source>Tab title</source>
        <translation>탭 제목</translation>
    </message>
</context>
<context>
    <name>TapFileSender</name>
    <message>
        <source>The file could not be read after %1 of %2 bytes: %3</source>
        <translation>파일을 %2바이트 중 %1바이트까지 읽은 뒤 더 읽을 수 없습니다: %3</translation>
    </message>
</context>
<context>
    <name>TapGate</name>
    <message>
        <source>The SOCKS5 CONNECT request did not arrive within %1 ms.</source>
        <translation>%1 ms 안에 SOCKS5 CONNECT 요청이 도착하지 않았습니다.</translation>
    </message>
    <message>
        <source>The client closed the connection during the SOCKS5 negotiation.</source>
        <translation>SOCKS5 협상 중에 클라이언트가 연결을 닫았습니다.</translation>
    </message>
</context>
<context>
    <name>TapTls</name>
    <message>
        <source>The TLS handshake with %1 stalled: no answer within %2 s. Is it a plain ws:// server?</source>
        <translation>%1와(과)의 TLS 핸드셰이크가 멈췄습니다: %2 s 안에 응답이 없습니다. TLS를 쓰지 않는 ws:// 서버가 아닌지 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>TapTunnel</name>
    <message>
        <source>subject: %1; issuer: %2; valid %3 to %4</source>
        <translation>주체: %1; 발급자: %2; 유효 기간 %3 ~ %4</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>클라이언트</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>%1 violated RFC 6455 (close code %2): %3</source>
        <translation>%1이(가) RFC 6455를 위반했습니다(닫기 코드 %2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n certificate error(s) of %1 were ignored because the connection is set to ignore TLS errors.</source>
        <translation>
            <numerusform>경고: 연결이 TLS 오류를 무시하도록 설정되어 있어 %1의 인증서 오류 %n개를 무시했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not resolve the host name %1.</source>
        <translation>호스트 이름 %1을(를) 확인할 수 없습니다.</translation>
    </message>
    <message>
        <source>Upstream proxy %1:%2: %3</source>
        <translation>업스트림 프록시 %1:%2: %3</translation>
    </message>
    <message>
        <source>The upgrade request could not be parsed: %1</source>
        <translation>업그레이드 요청을 파싱할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The server&apos;s 101 response is not a valid WebSocket handshake: %1</source>
        <translation>서버의 101 응답이 올바른 WebSocket 핸드셰이크가 아닙니다: %1</translation>
    </message>
    <message>
        <source>The server refused the WebSocket upgrade: HTTP %1 %2.</source>
        <translation>서버가 WebSocket 업그레이드를 거부했습니다: HTTP %1 %2.</translation>
    </message>
    <message>
        <source>The server&apos;s handshake response is not valid HTTP: %1</source>
        <translation>서버의 핸드셰이크 응답이 올바른 HTTP가 아닙니다: %1</translation>
    </message>
    <message>
        <source>%1 closed the connection before its handshake response was complete.</source>
        <translation>%1이(가) 핸드셰이크 응답을 마치기 전에 연결을 닫았습니다.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering the upgrade request.</source>
        <translation>%1이(가) 업그레이드 요청에 응답하지 않고 연결을 닫았습니다.</translation>
    </message>
    <message>
        <source>The client closed the connection before %1&apos;s handshake response was complete.</source>
        <translation>%1이(가) 핸드셰이크 응답을 마치기 전에 클라이언트가 연결을 닫았습니다.</translation>
    </message>
    <message>
        <source>The client closed the connection before %1 answered the upgrade request.</source>
        <translation>%1이(가) 업그레이드 요청에 응답하기 전에 클라이언트가 연결을 닫았습니다.</translation>
    </message>
    <message>
        <source>A file is already being sent on this connection.</source>
        <translation>이 연결에서 이미 파일을 보내는 중입니다.</translation>
    </message>
    <message>
        <source>The wire tap can send a file only on an open WebSocket connection.</source>
        <translation>와이어 캡처는 열린 WebSocket 연결에서만 파일을 보낼 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The connection was closed while a file was being sent; %n byte(s) of it had gone out.</source>
        <translation>
            <numerusform>파일을 보내는 중에 연결이 닫혔습니다. %n바이트를 보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection was closed before the whole file was sent.</source>
        <translation>파일을 다 보내기 전에 연결이 닫혔습니다.</translation>
    </message>
    <message>
        <source>The wire tap can write frames only on an open WebSocket connection.</source>
        <translation>와이어 캡처는 열린 WebSocket 연결에서만 프레임을 쓸 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>TestServer</name>
    <message>
        <source>The local test server cannot listen on 127.0.0.1:%1: %2</source>
        <translation>로컬 테스트 서버가 127.0.0.1:%1에서 수신 대기할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>TextCodec</name>
    <message>
        <source>the text ends in the middle of a %1-byte sequence that starts with byte %2.</source>
        <translation>바이트 %2(으)로 시작하는 %1바이트 시퀀스 중간에서 텍스트가 끝납니다.</translation>
    </message>
    <message>
        <source>bytes %1 %2 are an overlong encoding (a character written with more bytes than it needs), which UTF-8 forbids.</source>
        <translation>바이트 %1 %2은(는) UTF-8이 금지하는 과잉 길이 인코딩(필요한 것보다 많은 바이트로 쓴 문자)입니다.</translation>
    </message>
    <message>
        <source>bytes %1 %2 encode a UTF-16 surrogate (U+D800 to U+DFFF), which UTF-8 forbids.</source>
        <translation>바이트 %1 %2은(는) UTF-8이 금지하는 UTF-16 서로게이트(U+D800~U+DFFF)를 인코딩합니다.</translation>
    </message>
    <message>
        <source>bytes %1 %2 encode a code point above U+10FFFF, the last one Unicode has.</source>
        <translation>바이트 %1 %2은(는) 유니코드의 마지막 코드 포인트인 U+10FFFF보다 큰 코드 포인트를 인코딩합니다.</translation>
    </message>
    <message>
        <source>byte %1 interrupts the %2-byte sequence that starts with %3 at byte offset %4; a continuation byte (0x80 to 0xBF) was expected.</source>
        <translation>바이트 %1이(가) 바이트 오프셋 %4에서 %3(으)로 시작하는 %2바이트 시퀀스를 중단시킵니다. 연속 바이트(0x80~0xBF)가 와야 합니다.</translation>
    </message>
    <message>
        <source>byte %1 is a continuation byte with no lead byte before it.</source>
        <translation>바이트 %1은(는) 앞에 선행 바이트가 없는 연속 바이트입니다.</translation>
    </message>
    <message>
        <source>byte %1 can only start an overlong encoding, which UTF-8 forbids.</source>
        <translation>바이트 %1은(는) UTF-8이 금지하는 과잉 길이 인코딩의 시작으로만 쓰일 수 있습니다.</translation>
    </message>
    <message>
        <source>byte %1 never appears in UTF-8.</source>
        <translation>바이트 %1은(는) UTF-8에 절대 나타나지 않습니다.</translation>
    </message>
    <message>
        <source>Byte offset %1 (line %2, column %3): %4</source>
        <translation>바이트 오프셋 %1(%2행 %3열): %4</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>%1행 %2열: %3</translation>
    </message>
    <message>
        <source>%1 (tab)</source>
        <translation>%1 (탭 문자)</translation>
    </message>
    <message>
        <source>%1 (line feed)</source>
        <translation>%1 (줄 바꿈)</translation>
    </message>
    <message>
        <source>%1 (carriage return)</source>
        <translation>%1 (캐리지 리턴)</translation>
    </message>
    <message>
        <source>%1 (space)</source>
        <translation>%1 (공백)</translation>
    </message>
    <message>
        <source>%1 (NUL)</source>
        <translation>%1 (NUL)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2)</source>
        <translation>&apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>%1 (an invisible character)</source>
        <translation>%1 (보이지 않는 문자)</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>U+%1 is the first half of a UTF-16 surrogate pair without its second half; it has no UTF-8 form, and WebSocket text must be UTF-8 (RFC 6455 §5.6).</source>
        <translation>U+%1은(는) 뒤쪽 절반이 없는 UTF-16 서로게이트 쌍의 앞쪽 절반입니다. UTF-8로 나타낼 수 없으며, WebSocket 텍스트는 UTF-8이어야 합니다(RFC 6455 §5.6).</translation>
    </message>
    <message>
        <source>U+%1 is the second half of a UTF-16 surrogate pair without its first half; it has no UTF-8 form, and WebSocket text must be UTF-8 (RFC 6455 §5.6).</source>
        <translation>U+%1은(는) 앞쪽 절반이 없는 UTF-16 서로게이트 쌍의 뒤쪽 절반입니다. UTF-8로 나타낼 수 없으며, WebSocket 텍스트는 UTF-8이어야 합니다(RFC 6455 §5.6).</translation>
    </message>
</context>
<context>
    <name>ThemeManager</name>
    <message>
        <source>Light</source>
        <translation>라이트</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>다크</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
</context>
<context>
    <name>TlsErrorText</name>
    <message>
        <source>valid from %1 to %2</source>
        <translation>유효 기간 %1 ~ %2</translation>
    </message>
    <message>
        <source>The server&apos;s certificate for %1 (&quot;%2&quot;) expired on %3 (%4).</source>
        <translation>%1의 서버 인증서(&quot;%2&quot;)가 %3에 만료되었습니다(%4).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate for %1 (&quot;%2&quot;) is not valid before %3 (%4; it is now %5).</source>
        <translation>%1의 서버 인증서(&quot;%2&quot;)는 %3 전에는 유효하지 않습니다(%4, 현재 시각 %5).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not for %1: it names only %2.</source>
        <translation>서버 인증서는 %1용이 아닙니다. 인증서에 적힌 호스트: %2.</translation>
    </message>
    <message>
        <source>no host at all</source>
        <translation>하나도 없음</translation>
    </message>
    <message>
        <source>The server&apos;s certificate for %1 (&quot;%2&quot;) is self-signed: it vouches for itself, and no trusted certificate authority issued it.</source>
        <translation>%1의 서버 인증서(&quot;%2&quot;)는 자체 서명 인증서입니다. 스스로를 보증할 뿐, 신뢰할 수 있는 인증 기관이 발급한 인증서가 아닙니다.</translation>
    </message>
    <message>
        <source>The certificate chain of %1 ends in a self-signed certificate authority that is not trusted here (&quot;%2&quot; was issued by &quot;%3&quot;).</source>
        <translation>%1의 인증서 체인이 이 컴퓨터에서 신뢰하지 않는 자체 서명 인증 기관으로 끝납니다(&quot;%2&quot;의 발급자: &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate for %1 (&quot;%2&quot;) was issued by &quot;%3&quot;, a certificate authority that is not trusted here.</source>
        <translation>%1의 서버 인증서(&quot;%2&quot;)는 이 컴퓨터에서 신뢰하지 않는 인증 기관 &quot;%3&quot;이(가) 발급했습니다.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate for %1 (&quot;%2&quot;) has been revoked by its issuer.</source>
        <translation>%1의 서버 인증서(&quot;%2&quot;)는 발급자가 폐기했습니다.</translation>
    </message>
    <message>
        <source>%1 presented no certificate.</source>
        <translation>%1이(가) 인증서를 제시하지 않았습니다.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate for %1 failed verification: %2.</source>
        <translation>%1의 서버 인증서 검증에 실패했습니다: %2.</translation>
    </message>
    <message>
        <source>Renew it on the server.</source>
        <translation>서버에서 인증서를 갱신하십시오.</translation>
    </message>
    <message>
        <source>Check the clock of this computer and of the server, or wait until it is valid.</source>
        <translation>이 컴퓨터와 서버의 시계를 확인하거나, 인증서가 유효해질 때까지 기다리십시오.</translation>
    </message>
    <message>
        <source>Connect by a name the certificate lists, or give the server a certificate for %1.</source>
        <translation>인증서에 적힌 이름으로 연결하거나, 서버에 %1용 인증서를 설정하십시오.</translation>
    </message>
    <message>
        <source>If you trust it, choose it as the CA file in the connection&apos;s TLS settings (wsscope-cli: --ca FILE).</source>
        <translation>이 인증서를 신뢰한다면 연결의 TLS 설정에서 CA 파일로 선택하십시오(wsscope-cli: --ca FILE).</translation>
    </message>
    <message>
        <source>If you trust that authority, choose its certificate as the CA file in the connection&apos;s TLS settings (wsscope-cli: --ca FILE).</source>
        <translation>그 인증 기관을 신뢰한다면 연결의 TLS 설정에서 해당 기관의 인증서를 CA 파일로 선택하십시오(wsscope-cli: --ca FILE).</translation>
    </message>
    <message>
        <source>Fix the certificate on the server.</source>
        <translation>서버의 인증서를 바로잡으십시오.</translation>
    </message>
    <message>
        <source>TLS certificate verification of %1 failed. %2 %3 To connect anyway, choose &quot;Ignore certificate errors&quot; in the connection&apos;s TLS settings (wsscope-cli: --insecure).</source>
        <translation>%1의 TLS 인증서 검증에 실패했습니다. %2 %3 그래도 연결하려면 연결의 TLS 설정에서 &quot;인증서 오류 무시&quot;를 선택하십시오(wsscope-cli: --insecure).</translation>
    </message>
    <message>
        <source>%1 requires a client certificate, and this connection presents none (TLS handshake refused: &quot;%2&quot;). Choose a client certificate and its key in the connection&apos;s TLS settings (wsscope-cli: --cert FILE --key FILE).</source>
        <translation>%1은(는) 클라이언트 인증서를 요구하지만 이 연결은 인증서를 제시하지 않습니다(TLS 핸드셰이크 거부: &quot;%2&quot;). 연결의 TLS 설정에서 클라이언트 인증서와 키를 선택하십시오(wsscope-cli: --cert FILE --key FILE).</translation>
    </message>
    <message>
        <source>%1 refused the client certificate &quot;%2&quot; (TLS handshake refused: &quot;%3&quot;). Check that the server trusts the authority that issued it and that it is still valid.</source>
        <translation>%1이(가) 클라이언트 인증서 &quot;%2&quot;을(를) 거부했습니다(TLS 핸드셰이크 거부: &quot;%3&quot;). 서버가 이 인증서를 발급한 기관을 신뢰하는지, 인증서가 아직 유효한지 확인하십시오.</translation>
    </message>
    <message>
        <source>%1 answered the TLS handshake in a protocol version WsScope does not speak (&quot;%2&quot;): an old TLS 1.0 or 1.1 server, or no TLS at all (a plain ws:// server?). WsScope needs TLS 1.2 or newer.</source>
        <translation>%1이(가) WsScope가 지원하지 않는 프로토콜 버전(&quot;%2&quot;)으로 TLS 핸드셰이크에 응답했습니다. 오래된 TLS 1.0 또는 1.1 서버이거나 TLS를 전혀 쓰지 않는 서버(일반 ws:// 서버?)입니다. WsScope에는 TLS 1.2 이상이 필요합니다.</translation>
    </message>
    <message>
        <source>%1 offers only an old protocol version, TLS 1.0 or 1.1 (&quot;%2&quot;), which WsScope refuses as insecure (RFC 8996). Enable TLS 1.2 or 1.3 on the server.</source>
        <translation>%1은(는) 오래된 프로토콜 버전인 TLS 1.0 또는 1.1(&quot;%2&quot;)만 제공하며, WsScope는 이를 안전하지 않은 버전으로 보고 거부합니다(RFC 8996). 서버에서 TLS 1.2 또는 1.3을 사용하도록 설정하십시오.</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>%1와(과)의 TLS 핸드셰이크에 실패했습니다: %2</translation>
    </message>
</context>
<context>
    <name>VariableResolver</name>
    <message>
        <source>{{%1}} is not a built-in variable; the built-ins are {{$timestamp}}, {{$isoTimestamp}}, {{$uuid}} and {{$randomInt}}.</source>
        <translation>{{%1}}은(는) 내장 변수가 아닙니다. 내장 변수는 {{$timestamp}}, {{$isoTimestamp}}, {{$uuid}}, {{$randomInt}}입니다.</translation>
    </message>
    <message>
        <source>The variable “%1” refers back to itself: %2.</source>
        <translation>변수 “%1”이(가) 자기 자신을 참조합니다: %2.</translation>
    </message>
    <message>
        <source>The variable “%1” is not defined in the chosen environment.</source>
        <translation>변수 “%1”이(가) 선택한 환경에 정의되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The variable “%1” (used by “%2”) is not defined in the chosen environment.</source>
        <translation>변수 “%1”(“%2”에서 사용)이(가) 선택한 환경에 정의되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The variable “%1” nests more than %2 levels deep: %3.</source>
        <translation>변수 “%1”이(가) %2단계보다 깊게 중첩되어 있습니다: %3.</translation>
    </message>
</context>
<context>
    <name>VariablesTable</name>
    <message>
        <source>Row %1 has no name; give the variable one or remove the row.</source>
        <translation>%1행에 이름이 없습니다. 변수 이름을 입력하거나 행을 제거하십시오.</translation>
    </message>
    <message>
        <source>“%1” is not a valid variable name: start with a letter or _, then use letters, digits, _, - and . (names starting with $ are built-ins).</source>
        <translation>“%1”은(는) 올바른 변수 이름이 아닙니다. 문자 또는 _로 시작하고, 그 뒤에는 문자, 숫자, _, -, .를 사용하십시오($로 시작하는 이름은 내장 변수입니다).</translation>
    </message>
    <message>
        <source>The variable “%1” is defined twice; each name may be used once.</source>
        <translation>변수 “%1”이(가) 두 번 정의되었습니다. 각 이름은 한 번만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>비밀</translation>
    </message>
    <message>
        <source>Show secret values</source>
        <translation>비밀 값 표시</translation>
    </message>
    <message>
        <source>Secret values read •••• until shown; they are never written to a file.</source>
        <translation>비밀 값은 표시하기 전까지 ••••로 보이며, 파일에 기록되지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation>변수 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
</context>
<context>
    <name>VersionedJson</name>
    <message>
        <source>Not valid JSON: %1.</source>
        <translation>올바른 JSON이 아닙니다: %1.</translation>
    </message>
    <message>
        <source>schemaVersion must be a whole number from 1.</source>
        <translation>schemaVersion은 1 이상의 정수여야 합니다.</translation>
    </message>
</context>
<context>
    <name>WireTap</name>
    <message>
        <source>The wire tap could not listen on 127.0.0.1: %1</source>
        <translation>와이어 캡처가 127.0.0.1에서 수신 대기할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>wsscope-cli: invalid Sec-WebSocket-Key &quot;%1&quot;: %2</source>
        <translation>wsscope-cli: 잘못된 Sec-WebSocket-Key &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>wsscope-cli: %1
Try &quot;wsscope-cli --help&quot;.
</source>
        <translation>wsscope-cli: %1
&quot;wsscope-cli --help&quot;를 실행해 보십시오.
</translation>
    </message>
    <message>
        <source>wsscope-cli: warning: profile file not loaded: %1
</source>
        <translation>wsscope-cli: 경고: 프로필 파일을 읽지 못했습니다: %1
</translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <source>Desktop WebSocket test client.</source>
        <translation>데스크톱 WebSocket 테스트 클라이언트입니다.</translation>
    </message>
    <message>
        <source>Keep profiles in DIR instead of %1.</source>
        <translation>프로필을 %1 대신 DIR에 보관합니다.</translation>
    </message>
    <message>
        <source>Open the saved profile NAME.</source>
        <translation>저장된 프로필 NAME을 엽니다.</translation>
    </message>
    <message>
        <source>wsscope: %1: %2</source>
        <translation>wsscope: %1: %2</translation>
    </message>
    <message>
        <source>wsscope: profile not loaded: %1</source>
        <translation>wsscope: 프로필을 불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>wsscope: there is no profile named &quot;%1&quot; in %2</source>
        <translation>wsscope: %2에 이름이 &quot;%1&quot;인 프로필이 없습니다</translation>
    </message>
    <message>
        <source>ws:// or wss:// URL to open a session for, or a HAR or JSONL session file to open read-only.</source>
        <translation>세션을 열 ws:// 또는 wss:// URL, 또는 읽기 전용으로 열 HAR 또는 JSONL 세션 파일입니다.</translation>
    </message>
    <message>
        <source>wsscope: only one URL or file can be given (see --help)</source>
        <translation>wsscope: URL 또는 파일은 하나만 지정할 수 있습니다(--help 참고)</translation>
    </message>
    <message>
        <source>wsscope: %1</source>
        <translation>wsscope: %1</translation>
    </message>
    <message>
        <source>Cannot open the session file</source>
        <translation>세션 파일을 열 수 없습니다</translation>
    </message>
</context>
</TS>
