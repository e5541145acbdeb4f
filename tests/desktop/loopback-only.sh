#!/bin/bash
# The desk talks only to the relay: runs a desktop GUI test against the real
# relay with tests/support/net_recorder.cpp loaded into it (and, inherited,
# into the relay and the simulator it starts), then checks every network
# destination recorded. The desk and the test's own fixture share one
# process, so the rule is the one both must keep: every address connected to
# is on loopback (the relay and the simulator the test started), every name
# looked up is a loopback one; local sockets (D-Bus and the like) never leave
# the machine and are listed, not refused. The desk's process must have
# connected at least once, or the recorder was not loaded.
#
# usage: loopback-only.sh RECORDER_LIBRARY RECORD_FILE GUI_TEST [ARGS...]
set -u
recorder=$1 record=$2 gui_test=$3
shift 3
rm -f "$record"
if ! LD_PRELOAD="$recorder" SPORTELLO_NET_RECORD="$record" "$gui_test" "$@"; then
    echo "FAIL: $gui_test itself failed" >&2
    exit 1
fi
[ -s "$record" ] || { echo "FAIL: nothing was recorded in $record" >&2; exit 1; }
program=$(basename "$gui_test" | cut -c1-15)   # the kernel's short name
awk -v program="$program" '
    NF < 4 { print "FAIL: not a recorded event: " $0; bad = 1; next }
    $2 == program && $3 == "connect" && $4 ~ /^127\./ { desk_connected = 1 }
    $3 ~ /^(connect|sendto|sendmsg|bind)$/ {
        if ($4 ~ /^127\./ || $4 ~ /^\[::1\]:/ || $4 == "netlink") next
        if ($4 ~ /^unix:/) { local[$2 " " $3 " " $4] = 1; next }
        print "FAIL: not loopback: " $0; bad = 1; next
    }
    $3 ~ /^(getaddrinfo|gethostbyname)$/ {
        if ($4 == "127.0.0.1" || $4 == "localhost" || $4 == "::1") next
        print "FAIL: looked up a host that is not loopback: " $0; bad = 1; next
    }
    END {
        for (l in local) print "local socket (allowed): " l
        if (!desk_connected) { print "FAIL: the GUI test process connected to nothing: was the recorder loaded?"; bad = 1 }
        exit bad
    }' "$record" || exit 1
echo "every destination of $(awk '{print $1}' "$record" | sort -u | wc -l) processes was on loopback"
