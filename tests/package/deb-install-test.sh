#!/usr/bin/env bash
# Installs the sportello-relay .deb in clean Debian 12 roots, as dpkg does on a
# server (the maintainer scripts really run), and checks what the package
# promises (docs/configuration.md, "What the package installs"):
#
#  1. A root with systemd installed but not running (a bare chroot, no
#     /proc): the postinst makes the user sportello with systemd-sysusers and
#     its folders with install(1), systemd-tmpfiles needing /proc; owners and
#     modes are checked.
#  2. The same root, with the example configuration completed by a
#     certificate and secrets and the unit enabled, booted with
#     systemd-nspawn (private network): the unit starts at boot as sportello
#     with its sandbox, answers /healthz on loopback and passes
#     systemd-analyze verify; an administration command run as documented
#     leaves the data files the relay's. A reinstall (the upgrade path, with
#     systemd running: systemd-tmpfiles) repairs the folders' modes, restarts
#     the relay and keeps its data; remove stops it cleanly and keeps the
#     data; purge keeps the data and the user and drops the enablement link.
#  3. A root without systemd: the postinst falls back to adduser and
#     install(1) and makes the same user and folders, twice (idempotent).
#
# Usage: tests/package/deb-install-test.sh BUILD_DIR [CPACK]
# Needs root, debootstrap and systemd-nspawn (scripts/install-deps.sh
# installs them); exits 77 (skipped for ctest) when not run as root.
# The clean roots are made once with debootstrap (a minute or two, from
# SPORTELLO_DEBIAN_MIRROR, default deb.debian.org) and kept in
# BUILD_DIR/package-test/; each run mounts an overlay on them, so nothing a
# run does reaches them. SPORTELLO_KEEP_TEST_DIRS=1 keeps the run's folder.
set -euo pipefail
export LC_ALL=C

build_dir=$(realpath "${1:?usage: $0 BUILD_DIR [CPACK]}")
cpack=${2:-cpack}
suite=bookworm
mirror=${SPORTELLO_DEBIAN_MIRROR:-http://deb.debian.org/debian}
cache="$build_dir/package-test"

if [[ $(id -u) -ne 0 ]]; then
    echo "deb-install-test: skipped: needs root (chroot, mounts, systemd-nspawn)"
    exit 77
fi
for tool in "$cpack" debootstrap systemd-nspawn dpkg-deb curl openssl nsenter unshare flock; do
    command -v "$tool" >/dev/null || { echo "deb-install-test: $tool is missing; run scripts/install-deps.sh" >&2; exit 1; }
done

# Everything below runs in a private mount namespace: the overlays and /proc
# mounts vanish with the test, whatever way it ends.
if [[ -z ${DEB_TEST_PRIVATE_MOUNTS:-} ]]; then
    DEB_TEST_PRIVATE_MOUNTS=1 exec unshare --mount --propagation private --fork --kill-child -- "$0" "$@"
fi

mkdir -p "$cache"
exec 9>"$cache/lock"
flock 9   # one run at a time per build folder: they share the cached roots

start_us=${EPOCHREALTIME/./}
say() {
    local us=$((${EPOCHREALTIME/./} - start_us))
    printf '[%4d.%d s] %s\n' $((us / 1000000)) $((us / 100000 % 10)) "$*"
}

work=$(mktemp -d "$cache/run.XXXXXX")
nspawn_pid=""
init_pid=""   # the container's systemd, seen from here

diagnose() {
    if [[ -n $init_pid ]] && kill -0 "$init_pid" 2>/dev/null; then
        echo "--- systemctl status sportello-relay (in the container)"
        in_container systemctl --no-pager status sportello-relay.service || true
        echo "--- journal of sportello-relay (in the container)"
        in_container journalctl --no-pager -n 60 -u sportello-relay.service || true
        echo "--- failed units (in the container)"
        in_container systemctl --no-pager --failed || true
    fi
    if [[ -n $nspawn_pid && -s $work/nspawn.log ]]; then
        echo "--- systemd-nspawn output"
        tail -n 40 "$work/nspawn.log"
    fi
}

fail() {
    echo "deb-install-test: FAILED: $*" >&2
    diagnose >&2
    exit 1
}

# Polls COMMAND every 0.2 s until it succeeds; fails after SECONDS.
wait_until() {
    local limit=$1 what=$2
    local deadline=$((SECONDS + limit))
    shift 2
    until "$@"; do
        ((SECONDS < deadline)) || fail "waited ${limit} s for $what"
        sleep 0.2
    done
}

process_gone() {   # PID: exited (or a zombie left for us to reap)
    [[ ! -e /proc/$1 ]] || [[ $(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) == Z ]]
}

stop_container() {
    [[ -n $nspawn_pid ]] || return 0
    # SIGTERM makes systemd-nspawn shut the container down cleanly.
    kill -TERM "$nspawn_pid" 2>/dev/null || true
    local deadline=$((SECONDS + 60))
    until process_gone "$nspawn_pid" || ((SECONDS >= deadline)); do sleep 0.2; done
    process_gone "$nspawn_pid" || kill -KILL "$nspawn_pid" 2>/dev/null || true
    wait "$nspawn_pid" 2>/dev/null || true
    nspawn_pid=""
    init_pid=""
}

cleanup() {
    stop_container
    local m
    for m in "$work"/*/root; do
        mountpoint -q "$m" && umount -R "$m"
    done
    if [[ -n ${SPORTELLO_KEEP_TEST_DIRS:-} ]]; then
        echo "deb-install-test: kept $work"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

in_chroot() {   # ROOT COMMAND...: a clean environment, as dpkg gives scripts
    local root=$1
    shift
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C DEBIAN_FRONTEND=noninteractive "$@"
}

with_proc() {   # ROOT COMMAND...: with /proc mounted in ROOT
    local root=$1 rc=0
    shift
    mount -t proc proc "$root/proc"
    "$@" || rc=$?
    umount "$root/proc"
    return "$rc"
}

in_container() {   # COMMAND...: in the booted container's namespaces
    nsenter --target "$init_pid" --all -- /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C "$@"
}

# --- the package --------------------------------------------------------------

say "building the package (cpack, component relay)"
"$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/pkg" -D CPACK_COMPONENTS_ALL=relay \
    >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack"; }
debs=("$work"/pkg/sportello-relay_*.deb)
[[ -f ${debs[0]} ]] || fail "cpack made no sportello-relay package"
deb=${debs[0]}
deb_name=$(basename "$deb")
version=$(dpkg-deb -f "$deb" Version)
# The packages the relay depends on (first of each alternative), installed in
# the cached roots so that dpkg -i finds them, as apt would have.
mapfile -t depends < <(dpkg-deb -f "$deb" Depends | tr ',' '\n' |
    sed -E 's/\|.*//; s/\(.*\)//; s/:any//; s/[[:space:]]//g' | grep -v '^$' | sort -u)
say "$deb_name: depends on ${depends[*]}"

# --- the cached clean roots ---------------------------------------------------

ensure_packages() {   # ROOT PACKAGE...: installs those missing, from the mirror
    local root=$1 p missing=()
    shift
    for p in "$@"; do
        dpkg-query --admindir="$root/var/lib/dpkg" -W -f='${Status}' "$p" 2>/dev/null |
            grep -q "install ok installed" || missing+=("$p")
    done
    ((${#missing[@]} > 0)) || return 0
    say "installing ${missing[*]} into the cached root $(basename "$root")"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    if ! with_proc "$root" in_chroot "$root" sh -c 'apt-get update -qq &&
            apt-get install -y -qq --no-install-recommends "$@" && apt-get clean' sh "${missing[@]}" \
            >"$work/apt.log" 2>&1; then
        tail -n 30 "$work/apt.log"
        rm -rf "$root"   # half installed: made again next time
        fail "apt-get install ${missing[*]} in the cached root"
    fi
}

cached_root() {   # NAME BASE PACKAGE...: BASE is "debootstrap" or another root's NAME
    local base=$2 root="$cache/$1"
    shift 2
    if [[ ! -d $root ]]; then
        rm -rf "$root.partial"
        if [[ $base == debootstrap ]]; then
            say "debootstrap --variant=minbase $suite from $mirror (first run only)"
            debootstrap --variant=minbase "$suite" "$root.partial" "$mirror" >"$work/debootstrap.log" 2>&1 ||
                { tail -n 30 "$work/debootstrap.log"; fail "debootstrap"; }
        else
            cp -a "$cache/$base" "$root.partial"
        fi
        mv "$root.partial" "$root"
    fi
    ensure_packages "$root" "$@"
}

cached_root plain debootstrap "${depends[@]}"
cached_root systemd plain "${depends[@]}" systemd
say "cached roots ready in $cache"

overlay() {   # NAME LOWER: a throw-away root on top of a cached one
    local dir="$work/$1"
    mkdir -p "$dir/upper" "$dir/work" "$dir/root"
    mount -t overlay overlay -o "lowerdir=$2,upperdir=$dir/upper,workdir=$dir/work" "$dir/root"
}

dpkg_install() {   # ROOT [--no-proc]: dpkg -i in a chroot, maintainer scripts included
    local root=$1 run=(with_proc "$1")
    [[ ${2:-} == --no-proc ]] && run=()
    cp "$deb" "$root/root/$deb_name"
    "${run[@]}" in_chroot "$root" dpkg -i "/root/$deb_name" >"$work/dpkg.log" 2>&1 ||
        { cat "$work/dpkg.log"; fail "dpkg -i $deb_name in $root"; }
}

# --- checks on the user and folders -------------------------------------------

expect_stat() {   # ROOT PATH "TYPE OWNER:GROUP MODE"
    local actual
    actual=$(in_chroot "$1" stat -c '%F %U:%G %a' "$2" 2>&1) || fail "$2 is missing"
    [[ $actual == "$3" ]] || fail "$2: expected $3, found $actual"
}

user_id() { in_chroot "$1" id -u sportello; }

check_user_and_folders() {   # ROOT
    local root=$1 entry uid gid home shell group_gid password
    entry=$(in_chroot "$root" getent passwd sportello) || fail "no user sportello"
    IFS=: read -r _ _ uid gid _ home shell <<<"$entry"
    ((uid > 0 && uid < 1000)) || fail "sportello has uid $uid, not a system uid"
    [[ $home == /var/lib/sportello ]] || fail "sportello's home is $home"
    [[ $shell == /usr/sbin/nologin ]] || fail "sportello's shell is $shell"
    group_gid=$(in_chroot "$root" getent group sportello | cut -d: -f3) || fail "no group sportello"
    [[ $gid == "$group_gid" ]] || fail "sportello's primary group is $gid, not sportello ($group_gid)"
    password=$(in_chroot "$root" getent shadow sportello | cut -d: -f2)
    [[ $password == '!'* || $password == '*'* ]] || fail "sportello can log in with a password"
    expect_stat "$root" /var/lib/sportello "directory sportello:sportello 700"
    expect_stat "$root" /etc/sportello "directory root:sportello 750"
    expect_stat "$root" /etc/sportello/secrets "directory root:sportello 750"
    expect_stat "$root" /etc/sportello/tls "directory root:sportello 750"
}

# --- 1. systemd installed, not running ---------------------------------------

overlay sd "$cache/systemd"
root="$work/sd/root"
[[ -x $root/usr/bin/systemd-sysusers ]] || fail "the systemd root has no systemd-sysusers"
# A bare chroot, without /proc: systemd-sysusers works there, systemd-tmpfiles
# does not, and the postinst applies the tmpfiles.d lines itself.
say "1. dpkg -i in a chroot (no /proc) of a root with systemd, not running"
dpkg_install "$root" --no-proc
check_user_and_folders "$root"
uid=$(user_id "$root")
say "   user sportello (uid $uid) and folders as documented"

# The administrator's part (docs/configuration.md): the example configuration
# with its own paths, a certificate, the secrets, and the unit enabled. The
# example listens on 0.0.0.0:443 with TLS, which also exercises the unit's
# CAP_NET_BIND_SERVICE; the container's network is private.
install_as_config() {   # SOURCE (in the root) DESTINATION: root:sportello 0640
    in_chroot "$root" install -o root -g sportello -m 0640 "$1" "$2"
}
in_chroot "$root" sportello-relay dev-cert --out /root/certs >/dev/null || fail "sportello-relay dev-cert"
install_as_config /root/certs/server.pem /etc/sportello/tls/fullchain.pem
install_as_config /root/certs/server.key /etc/sportello/tls/privkey.pem
for secret in app-secret verify-token access-token; do
    openssl rand -hex 24 >"$root/root/$secret"
    install_as_config "/root/$secret" "/etc/sportello/secrets/$secret"
done
example="$root/usr/share/sportello/relay.example.json"
grep -q REPLACE-WITH-THE-PHONE-NUMBER-ID "$example" || fail "the example configuration changed: update this test"
sed 's/REPLACE-WITH-THE-PHONE-NUMBER-ID/109000000000001/' "$example" >"$root/root/relay.json"
install_as_config /root/relay.json /etc/sportello/relay.json
in_chroot "$root" systemctl enable sportello-relay.service >/dev/null 2>&1 || fail "systemctl enable (offline)"
wants="$root/etc/systemd/system/multi-user.target.wants/sportello-relay.service"
[[ -L $wants ]] || fail "systemctl enable made no link"

# --- 2. booted -----------------------------------------------------------------

say "2. booting the root with systemd-nspawn"
nspawn=(systemd-nspawn --directory="$root" --boot --private-network --register=no --keep-unit
        --console=pipe --quiet)
if [[ -d /run/systemd/system ]]; then
    # A host run by systemd: the container gets its own delegated scope
    # (systemd-run talks to systemd directly, no D-Bus needed).
    nspawn=(systemd-run --quiet --scope --property=Delegate=yes -- "${nspawn[@]}")
fi
"${nspawn[@]}" </dev/null >"$work/nspawn.log" 2>&1 &
nspawn_pid=$!

find_init() {   # the container's PID 1 (systemd), a descendant of systemd-nspawn
    local pid p
    process_gone "$nspawn_pid" && fail "systemd-nspawn exited"
    # shellcheck disable=SC2013  # pids are words
    for pid in $(grep -lx systemd /proc/[0-9]*/comm 2>/dev/null | cut -d/ -f3); do
        [[ $(awk '/^NSpid:/ {print $NF}' "/proc/$pid/status" 2>/dev/null) == 1 ]] || continue
        p=$pid
        while ((p > 1)); do
            if ((p == nspawn_pid)); then
                init_pid=$pid
                return 0
            fi
            p=$(awk '/^PPid:/ {print $2}' "/proc/$p/status" 2>/dev/null) || break
        done
    done
    return 1
}
wait_until 60 "the container's systemd" find_init
state=$(timeout 120 nsenter --target "$init_pid" --all -- systemctl is-system-running --wait) || true
say "   booted: $state"
[[ $state == running || $state == degraded ]] || fail "the container did not finish booting ($state)"

unit_show() { in_container systemctl show --value -p "$1" sportello-relay.service; }

healthz=""
relay_healthy() {
    # The unit gave up, or restarted after a failure: no point waiting.
    [[ $(unit_show ActiveState) != failed && $(unit_show NRestarts) == 0 ]] ||
        fail "sportello-relay.service failed to start"
    healthz=$(nsenter --target "$init_pid" --net -- curl -fsS --max-time 2 \
        --cacert "$root/root/certs/ca.pem" https://127.0.0.1/healthz 2>/dev/null) &&
        [[ $healthz == *'"status":"ok"'* ]]
}
wait_until 60 "the relay to answer /healthz" relay_healthy
[[ $healthz == *"\"version\":\"$version\""* ]] || fail "/healthz is not the packaged version $version: $healthz"
say "   the unit started at boot; https://127.0.0.1/healthz: $healthz"

check_sandbox() {   # the relay's process: the unit's user and privileges
    local pid status uids
    pid=$(unit_show MainPID)
    ((pid > 0)) || fail "the unit has no main process"
    [[ $(in_container readlink "/proc/$pid/exe") == /usr/bin/sportello-relay ]] || fail "the main process is not the relay"
    status=$(in_container cat "/proc/$pid/status")
    uids=$(awk '/^Uid:/ {print $2, $3, $4, $5}' <<<"$status")
    [[ $uids == "$uid $uid $uid $uid" ]] || fail "the relay does not run as sportello ($uid): uids $uids"
    grep -q '^NoNewPrivs:[[:space:]]*1$' <<<"$status" || fail "NoNewPrivs is not set"
    # CAP_NET_BIND_SERVICE (bit 10) only: the unit's bounding and ambient sets.
    grep -q '^CapBnd:[[:space:]]*0000000000000400$' <<<"$status" || fail "capability bounding set: $(grep CapBnd <<<"$status")"
    grep -q '^CapEff:[[:space:]]*0000000000000400$' <<<"$status" || fail "effective capabilities: $(grep CapEff <<<"$status")"
    echo "$pid"
}
main_pid=$(check_sandbox)
expect_stat "$root" /var/lib/sportello/data.key "regular file sportello:sportello 600"
expect_stat "$root" /var/lib/sportello/sportello.db "regular file sportello:sportello 600"
check_user_and_folders "$root"   # the unit's StateDirectory= and ConfigurationDirectory= agree
say "   runs as sportello, no new privileges, CAP_NET_BIND_SERVICE only; data key and database 0600"

verify=$(in_container systemd-analyze verify sportello-relay.service 2>&1) || fail "systemd-analyze verify: $verify"
[[ -z $verify ]] || fail "systemd-analyze verify warns: $verify"
documentation=$(unit_show Documentation)
[[ -f $root/${documentation#file://} ]] || fail "the unit's Documentation= $documentation is not installed"
for unit in sportello-relay-probe.service sportello-relay-probe.timer sportello-relay-backup.service \
            sportello-relay-backup.timer; do
    verify=$(in_container systemd-analyze verify "$unit" 2>&1) || fail "systemd-analyze verify $unit: $verify"
    [[ -z $verify ]] || fail "systemd-analyze verify $unit warns: $verify"
done
# The example configuration sets no probe: the probe says so and the unit
# still succeeds (exit 2 is declared a success), as it does on a new server.
in_container systemctl start sportello-relay-probe.service || fail "the probe's unit failed"
say "   systemd-analyze verify: clean (the relay, the probe's and the backup's services and timers)"

# The daily backup's unit, run once beside the running relay: an encrypted
# backup, its key and folder the relay's user's only.
in_container systemctl start sportello-relay-backup.service || fail "the backup's unit failed"
backups=$(in_container find /var/lib/sportello/backups -name 'sportello-*.spbk' -type f)
[[ $(wc -l <<<"$backups") == 1 && -n $backups ]] || fail "the backup's unit made no backup: $backups"
expect_stat "$root" "$backups" "regular file sportello:sportello 600"
expect_stat "$root" /var/lib/sportello/backup.key "regular file sportello:sportello 600"
expect_stat "$root" /var/lib/sportello/backups "directory sportello:sportello 700"
relay_healthy || fail "the relay stopped answering during the backup"
say "   the backup's unit made $backups (0600) beside the running relay"

# The first administrator, as docs/relay-cli.md says to make it on a server:
# as the relay's user, so that the database files stay the relay's.
openssl rand -hex 16 | in_container runuser -u sportello -- sportello-relay admin create-user \
    --config /etc/sportello/relay.json --username amministratore --role admin >"$work/cli.log" 2>&1 ||
    { cat "$work/cli.log"; fail "admin create-user as sportello"; }
foreign=$(in_container find /var/lib/sportello ! -user sportello)
[[ -z $foreign ]] || fail "files in /var/lib/sportello not owned by sportello: $foreign"
say "   admin create-user run as sportello (runuser): the database files stay the relay's"

# Drift the postinst must repair (through systemd-tmpfiles, systemd running).
in_container chmod 0755 /etc/sportello/secrets
in_container chown sportello /etc/sportello
key_sum=$(sha256sum <"$root/var/lib/sportello/data.key")
in_container dpkg -i "/root/$deb_name" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -i again (upgrade path)"; }
wait_until 60 "the relay to answer /healthz after the upgrade" relay_healthy
new_pid=$(check_sandbox)
((new_pid != main_pid)) || fail "the reinstall did not restart the running relay"
[[ $(sha256sum <"$root/var/lib/sportello/data.key") == "$key_sum" ]] || fail "the reinstall changed the data key"
[[ $(user_id "$root") == "$uid" ]] || fail "the reinstall changed sportello's uid"
check_user_and_folders "$root"
say "   reinstalled with systemd running: the relay restarted (pid $main_pid -> $new_pid), same user, same data key, folders repaired"

in_container dpkg -r sportello-relay >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -r"; }
in_container test ! -e "/proc/$new_pid" || fail "dpkg -r left the relay running"
[[ ! -e $root/usr/bin/sportello-relay ]] || fail "dpkg -r left the binary"
for kept in /var/lib/sportello/data.key /var/lib/sportello/sportello.db /etc/sportello/relay.json \
            /etc/sportello/secrets/app-secret "${wants#"$root"}"; do
    [[ -e $root$kept || -L $root$kept ]] || fail "dpkg -r deleted $kept"
done
# Two starts and a stop without a warning: systemd found nothing to complain
# about in the unit (e.g. a ConfigurationDirectory= of another mode) and the
# relay stopped cleanly on SIGTERM.
warnings=$(in_container journalctl --no-pager --quiet --priority=warning --unit=sportello-relay.service)
[[ -z $warnings ]] || fail "warnings in the unit's journal: $warnings"
say "   dpkg -r: the relay stopped cleanly; data, configuration and enablement kept"

in_container dpkg -P sportello-relay >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -P"; }
[[ ! -L $wants ]] || fail "dpkg -P left the link of systemctl enable"
for kept in /var/lib/sportello/data.key /var/lib/sportello/sportello.db /etc/sportello/relay.json; do
    [[ -e $root$kept ]] || fail "dpkg -P deleted $kept"
done
[[ $(user_id "$root") == "$uid" ]] || fail "dpkg -P deleted the user sportello"
say "   dpkg -P: data, configuration and user kept; enablement link removed"
stop_container
say "   container stopped"

# --- 3. no systemd -------------------------------------------------------------

overlay plain "$cache/plain"
root="$work/plain/root"
[[ ! -e $root/usr/bin/systemd-sysusers && ! -e $root/usr/bin/systemd-tmpfiles ]] ||
    fail "the plain root has systemd tools: the fallback would not be tested"
say "3. dpkg -i in a root without systemd"
dpkg_install "$root"
check_user_and_folders "$root"
uid=$(user_id "$root")
dpkg_install "$root"
check_user_and_folders "$root"
[[ $(user_id "$root") == "$uid" ]] || fail "the reinstall changed sportello's uid"
say "   adduser and install(1): same user and folders, twice"

say "PASSED"
