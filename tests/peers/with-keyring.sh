#!/bin/sh
# Runs a command ("$@") on a private D-Bus session bus with a gnome-keyring Secret Service whose
# "login" collection is created and unlocked (password "test"), in a throwaway home: the user's
# own keyring and bus are never touched. Both end with the command (dbus-run-session stops the
# bus, and the daemon leaves with it). WSSCOPE_TEST_KEYRING_LOCKED=1: the collection is locked
# again before the command runs (no prompt can unlock it: there is no display). Sets
# WSSCOPE_TEST_KEYCHAIN to "keyring" or "locked" for the test. Exit 77 (ctest: skipped) when
# the tools are missing.
set -eu
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring.sh: $tool is missing (Debian packages dbus-daemon, dbus-bin, gnome-keyring)" >&2
        exit 77
    fi
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY # no unlock prompt can appear: a locked keyring fails, never waits
if [ "${WSSCOPE_TEST_KEYRING_LOCKED:-0}" = 1 ]; then
    export WSSCOPE_TEST_KEYCHAIN=locked
else
    export WSSCOPE_TEST_KEYCHAIN=keyring
fi
status=0
dbus-run-session -- sh -c '
    fail() { echo "with-keyring.sh: $*" >&2; exit 1; }
    call() { dbus-send --session --print-reply "$@" 2>&1; }
    # --unlock reads the password from stdin and creates the "login" collection unlocked, which
    # becomes the default one (where QtKeychain stores).
    printf %s test | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null ||
        fail "gnome-keyring-daemon did not start"
    # --daemonize returns before the daemon owns its bus name; a call before that would make the
    # bus start a second daemon (D-Bus activation) that knows nothing of the unlocked collection.
    tries=0
    until call --dest=org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner \
            string:org.freedesktop.secrets | grep -q "boolean true"; do
        tries=$((tries + 1))
        [ "$tries" -le 100 ] || fail "the Secret Service did not appear on the bus within 10 s"
        sleep 0.1
    done
    default=$(call --dest=org.freedesktop.secrets /org/freedesktop/secrets \
        org.freedesktop.Secret.Service.ReadAlias string:default)
    case "$default" in
    *"/org/freedesktop/secrets/collection/login"*) ;;
    *) fail "the default collection is not \"login\": $default" ;;
    esac
    if [ "$WSSCOPE_TEST_KEYCHAIN" = locked ]; then
        call --dest=org.freedesktop.secrets /org/freedesktop/secrets org.freedesktop.Secret.Service.Lock \
            array:objpath:/org/freedesktop/secrets/collection/login >/dev/null || fail "could not lock the collection"
    fi
    exec "$@"' with-keyring "$@" || status=$?
exit "$status"
