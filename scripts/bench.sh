#!/usr/bin/env bash
# Benchmarks, in one run on this machine, each against its baseline or target:
#  channel: 1. webhook intake with durable commits (synchronous=FULL) vs a
#              static-200 nginx baseline, same load generator (wrk) and bodies;
#           2. acknowledgement latency at a fixed 2,000 webhooks/s, beside
#              the disk's own fdatasync latency and the machine's own pauses;
#           3. auto-reply latency (webhook sent → reply at the simulator) at
#              500 messages/s;
#           4. the relay's resident memory throughout.
#  push:    100,000 notifications through the batch API (rate, ≤ 10 s), the
#           dispatcher's sending rate (±5% of configured), consent respected.
#  reports: a year of raw traffic generated (sportello-relay generate; time,
#           rows, size), every /ops/v1/reports route over HTTPS on it (p50,
#           p99 of 20 calls against 100 ms), the older rollups-only year
#           through the report functions, and webhook intake with the rollups
#           maintained vs not, in the same run (throughput, ack p99 at 2,000/s).
#  inbox:   10 desks on the inbox's event stream while 500 citizen messages/s
#           arrive (a tenth escalated): event latency, and acknowledgement
#           latency against the same load without desks, in the same run.
#  retention: acknowledgement latency at 1,000 webhooks/s while the daily
#           retention run erases a backlog of 1,000,000 old rows (half message
#           bodies, half statuses; RETENTION_ROWS to change), against the same
#           load on the same relay just before the run, in the same run.
# Usage: scripts/bench.sh [channel|push|inbox|reports|retention|all] [seconds per throughput run, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
what="${1:-all}"
seconds="${2:-10}"

scripts/install-deps.sh --bench
if [[ "$what" == "all" ]]; then
  "$0" channel "$seconds"
  "$0" inbox "$seconds"
  "$0" reports "$seconds"
  "$0" retention "$seconds"
  exec "$0" push "$seconds"
fi
scripts/build.sh ci sportello-relay sportello-wasim sportello-loadgen sportello-push-bench sportello-reports-bench \
  sportello-report-routes-bench >/dev/null
bin="$root/build/ci"
relay="$bin/relay/sportello-relay"
wasim="$bin/tests/wasim/sportello-wasim"
loadgen="$bin/tests/bench/sportello-loadgen"
push_bench="$bin/tests/bench/sportello-push-bench"
reports_bench="$bin/tests/bench/sportello-reports-bench"
report_routes_bench="$bin/tests/bench/sportello-report-routes-bench"

work="$(mktemp -d /tmp/sportello-bench-XXXXXX)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [[ -f "$work/nginx/nginx.pid" ]] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
relay_port=$(free_port); sim_port=$(free_port); nginx_port=$(free_port)
secret="bench-app-secret"; phone_id="109000000000001"
"$relay" dev-cert --out "$work/certs" >/dev/null

start_stack() {   # $1: dispatcher messages/s, $2: extra relay settings; simulator and relay on a fresh database
  rm -rf "$work/data"; mkdir -p "$work/data"
  # Two-factor authentication only for administrators (the least allowed):
  # the inbox benchmark's operator logs in with a password, by curl.
  cat > "$work/relay.json" <<JSON
{"listeners": [{"address": "127.0.0.1", "port": $relay_port, "tls": false}],
 "database": {"path": "data/sportello.db", "synchronous": "full", "slow_commit_ms": 20},
 "data_key_file": "data/data.key", "log_level": "warning",
 "seed_tree_file": "$root/resources/seed/albero-covid.json",
 "pushes": {"quiet_hours": false},
 "auth": {"two_factor_roles": ["admin"]}, ${2:-}
 "whatsapp": {"app_secret": "$secret", "verify_token": "v", "access_token": "bench-token",
              "phone_number_id": "$phone_id", "api_base_url": "https://127.0.0.1:$sim_port/v25.0",
              "ca_file": "certs/ca.pem"},
 "dispatcher": {"messages_per_second": $1, "max_in_flight": 64}}
JSON
  cat > "$work/wasim.json" <<JSON
{"listen": {"address": "127.0.0.1", "port": $sim_port, "tls": true},
 "tls": {"certificate_file": "certs/server.pem", "private_key_file": "certs/server.key"},
 "webhook_url": "http://127.0.0.1:$relay_port/webhook", "app_secret": "$secret",
 "access_token": "bench-token", "phone_number_id": "$phone_id", "status_delay_ms": 50,
 "enforce_window": false,
 "templates": [{"name": "promemoria_appuntamento", "language": "it", "parameters": 3,
                "body": "Le ricordiamo {{1}} il {{2}} presso {{3}}."}]}
JSON
  "$wasim" serve --config "$work/wasim.json" >"$work/wasim.log" 2>&1 & sim_pid=$!
  "$relay" --config "$work/relay.json" >"$work/relay.log" 2>&1 & relay_pid=$!
  pids+=("$sim_pid" "$relay_pid")
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$relay_port/healthz" >/dev/null && break; sleep 0.1; done
}
# The relay's commits over 20 ms in the run just stopped: how many, and the slowest.
slow_commits() {
  awk '/slow commit:/ { n++; line = substr($0, index($0, "slow commit: ") + 13); sub(/; every.*/, "", line)
                        if (line + 0 > max + 0) max = line }
       END { printf "relay commits over 20 ms: %d", n; if (n) printf " (slowest: %s)", max; print "" }' "$work/relay.log"
}
# The relay's peak resident memory over its whole life (the kernel's
# high-water mark: no sampling, so nothing else runs beside the load).
stop_stack() {
  peak=$(awk '/VmHWM/ {print $2}' "/proc/$relay_pid/status")
  kill "$relay_pid" "$sim_pid"; wait "$relay_pid" "$sim_pid" 2>/dev/null || true
  # Each run starts on a quiet disk: not behind the previous run's writeback.
  rm -rf "$work/data"; sync
  echo $(( peak / 1024 ))
}

if [[ "$what" == "push" ]]; then
  echo "== push: the SIRE batch API and the dispatcher"
  start_stack 80
  "$relay" admin save-template --config "$work/relay.json" --name promemoria_appuntamento --parameters 3 \
    --body "Le ricordiamo {{1}} il {{2}} presso {{3}}." >/dev/null
  token=$("$relay" admin create-client --config "$work/relay.json" --name bench --scopes consent,notify \
          --rate-per-minute 100000 | grep -o 'spt_[A-Za-z0-9_-]*')
  # The relay listens on plain loopback HTTP here; the simulator on HTTPS.
  "$push_bench" --relay "http://127.0.0.1:$relay_port" --sim "https://127.0.0.1:$sim_port" --ca "$work/certs/ca.pem" \
    --token "$token" --notifications 100000 --citizens 10000 --rate 80 --window 30
  peak=$(stop_stack)
  echo "relay peak resident memory: $peak MB"
  exit 0
fi

if [[ "$what" == "reports" ]]; then
  # The headline: a year of raw traffic from `sportello-relay generate` (scale
  # SPORTELLO_BENCH_YEAR_SCALE, default 1.0: 12 million requests), its
  # rollups rebuilt from the raw rows, then every report route over HTTPS.
  scale="${SPORTELLO_BENCH_YEAR_SCALE:-1.0}"
  year=$(( $(date +%Y) - 1 ))
  echo "== reports: generating $year at scale $scale with sportello-relay generate"
  rm -rf "$work/data"; mkdir -p "$work/data"
  cat > "$work/year.json" <<JSON
{"listeners": [{"address": "127.0.0.1", "port": $relay_port, "tls": true}],
 "tls": {"certificate_file": "certs/server.pem", "private_key_file": "certs/server.key"},
 "database": {"path": "data/sportello.db"}, "data_key_file": "data/data.key", "log_level": "warning",
 "seed_tree_file": "$root/resources/seed/albero-covid.json",
 "sla": {"heartbeat_retention_days": 3660}, "auth": {"two_factor_roles": ["admin"]},
 "whatsapp": {"app_secret": "$secret", "verify_token": "v", "access_token": "bench-token",
              "phone_number_id": "$phone_id", "api_base_url": "https://127.0.0.1:$sim_port/v25.0",
              "ca_file": "certs/ca.pem"}}
JSON
  (cd "$work" && "$relay" generate --config year.json --year "$year" --scale "$scale" --seed 1)
  echo "database on disk: $(du -sh "$work/data" | cut -f1) ($(du -sb "$work/data" | cut -f1) bytes)"
  (cd "$work" && exec "$relay" --config year.json >"$work/relay.log" 2>&1) & relay_pid=$!
  pids+=("$relay_pid")
  for _ in $(seq 600); do curl -sf --cacert "$work/certs/ca.pem" "https://127.0.0.1:$relay_port/healthz" >/dev/null && break; sleep 0.1; done
  (cd "$work" && "$relay" admin create-user --config year.json --username bench.viewer --role viewer) \
    <<<"una-password-per-il-benchmark" >/dev/null
  token=$(curl -sf --cacert "$work/certs/ca.pem" -H 'content-type: application/json' \
          -d '{"username": "bench.viewer", "password": "una-password-per-il-benchmark"}' \
          "https://127.0.0.1:$relay_port/ops/v1/session" | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')
  # The subtree of the most requested topic that has children (more requests
  # in its subtree than its own).
  node=$(curl -sf --cacert "$work/certs/ca.pem" -H "authorization: Bearer $token" \
         "https://127.0.0.1:$relay_port/ops/v1/reports/top-topics?from=$year-01-01&to=$year-12-31" |
         python3 -c 'import json, sys
t = [x for x in json.load(sys.stdin)["topics"] if x["subtree_requests"] > x["requests"]]
print(t[0]["node_id"] if t else "")' || true)
  echo "== reports: every report route over HTTPS, 20 calls each, on the generated year"
  "$report_routes_bench" --url "https://127.0.0.1:$relay_port" --ca "$work/certs/ca.pem" --token "$token" \
    --year "$year" --calls 20 --node "${node:-}" || true
  kill "$relay_pid"; wait "$relay_pid" 2>/dev/null || true
  rm -rf "$work/data"; sync
  echo "== reports (secondary): a year of rollups generated directly, every report through its function"
  "$reports_bench" --calls 20 --dir "$work" || true
  echo "== reports: intake with rollups maintained vs not (same run, same load)"
  "$loadgen" generate --count $(( seconds * 60000 )) --secret "$secret" --phone-number-id "$phone_id" --out "$work/bodies.tsv"
  wrk_run() { wrk -t2 -c64 -d"${seconds}s" --latency -s tests/bench/wrk-webhooks.lua "$1" -- "$work/bodies.tsv" 2; }
  declare -A rps ack
  for mode in on off on off; do
    setting='"reports": {"rollups": true},'; [[ "$mode" == off ]] && setting='"reports": {"rollups": false},'
    start_stack 80 "$setting"
    out=$(wrk_run "http://127.0.0.1:$relay_port/webhook")
    stop_stack >/dev/null
    start_stack 80 "$setting"
    ack_out=$("$loadgen" rate --url "http://127.0.0.1:$relay_port/webhook" --rate 2000 --duration "$seconds" \
              --connections 64 --secret "$secret" --phone-number-id "$phone_id")
    stop_stack >/dev/null
    r=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    a=$(grep -o 'p99=[0-9.]*' <<<"$ack_out" | head -1 | cut -d= -f2)
    echo "  rollups $mode: intake $r req/s, ack p99 at 2,000/s $a ms"
    rps[$mode]="${rps[$mode]:-} $r"; ack[$mode]="${ack[$mode]:-} $a"
  done
  mean() { awk '{ s = 0; for (i = 1; i <= NF; i++) s += $i; printf "%.1f", s / NF }' <<<"$1"; }
  on_rps=$(mean "${rps[on]}"); off_rps=$(mean "${rps[off]}")
  cost=$(awk -v on="$on_rps" -v off="$off_rps" 'BEGIN {printf "%.1f", 100 * (off - on) / off}')
  cat <<TXT

== Summary (2 cores)
  intake with rollups (mean of 2)      $on_rps req/s   (ack p99:${ack[on]} ms)
  intake without rollups (mean of 2)   $off_rps req/s   (ack p99:${ack[off]} ms)
  throughput cost of the rollups       $cost %          target <= 10 %   $(awk -v c="$cost" 'BEGIN { print (c <= 10) ? "PASS" : "FAIL" }')
TXT
  exit 0
fi

if [[ "$what" == "retention" ]]; then
  rows="${RETENTION_ROWS:-1000000}"
  echo "== retention: acknowledgements at 1,000 webhooks/s, before and while a run erases $rows old rows"
  start_stack 80 '"retention": {"first_run_delay_seconds": 86400},'
  kill "$relay_pid"; wait "$relay_pid" 2>/dev/null || true
  # The backlog, 400 days old: bodies (200 bytes, as an encrypted text) and statuses.
  start_plant=$(date +%s.%N)
  { sqlite3 "$work/data/sportello.db" <<SQL
PRAGMA synchronous=OFF;
BEGIN;
INSERT INTO contacts(phone_hash, phone_enc, created_at) VALUES (randomblob(32), randomblob(40), 0);
INSERT INTO inbound_messages(wamid, contact_id, phone_number_id, type, body_enc, sent_at, received_at)
  SELECT 'wamid.old.' || value, (SELECT max(id) FROM contacts), '$phone_id', 'text', randomblob(200),
         (unixepoch() - 400 * 86400) * 1000 + value, (unixepoch() - 400 * 86400) * 1000 + value
  FROM generate_series(1, $rows / 2);
INSERT INTO message_statuses(wamid, status, at, received_at)
  SELECT 'wamid.out.' || value, 'delivered', (unixepoch() - 400 * 86400) * 1000, (unixepoch() - 400 * 86400) * 1000 + value
  FROM generate_series(1, $rows - $rows / 2);
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);
SQL
  } >/dev/null
  size_before=$(stat -c %s "$work/data/sportello.db")
  echo "  planted $rows rows in $(awk -v s="$start_plant" -v e="$(date +%s.%N)" 'BEGIN {printf "%.0f", e - s}') s; database $(( size_before / 1048576 )) MB"
  # The same relay, its first retention run due once the baseline load is over.
  sed -i -e 's/"first_run_delay_seconds": 86400/"first_run_delay_seconds": '"$(( seconds + 3 ))"'/' \
         -e 's/"log_level": "warning"/"log_level": "info"/' "$work/relay.json"
  "$relay" --config "$work/relay.json" >"$work/relay.log" 2>&1 & relay_pid=$!
  pids+=("$relay_pid")
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$relay_port/healthz" >/dev/null && break; sleep 0.1; done
  load() {
    "$loadgen" rate --url "http://127.0.0.1:$relay_port/webhook" --rate 1000 --duration "$seconds" --connections 32 \
      --secret "$secret" --phone-number-id "$phone_id" --citizens 20000
  }
  alone_out=$(load)
  for _ in $(seq 200); do grep -q "retention run started" "$work/relay.log" && break; sleep 0.1; done
  during_out=$(load)
  finished_during=no; grep -q "retention run finished" "$work/relay.log" && finished_during=yes
  for _ in $(seq 6000); do grep -q "retention run finished" "$work/relay.log" && break; sleep 0.1; done
  started=$(grep -m1 "retention run started" "$work/relay.log" | cut -c1-23)
  finished_line=$(grep -m1 "retention run finished" "$work/relay.log" || echo "not finished")
  finished=$(cut -c1-23 <<<"$finished_line")
  run_s=$(python3 -c "import datetime as d, sys; f = lambda t: d.datetime.fromisoformat(t); print(round((f(sys.argv[2]) - f(sys.argv[1])).total_seconds(), 1))" "$started" "$finished" 2>/dev/null || echo "?")
  size_after=$(stat -c %s "$work/data/sportello.db")
  slow=$(slow_commits)
  peak=$(stop_stack)
  alone_p50=$(grep -o 'p50=[0-9.]*' <<<"$alone_out" | head -1 | cut -d= -f2)
  alone_p99=$(grep -o 'p99=[0-9.]*' <<<"$alone_out" | head -1 | cut -d= -f2)
  during_p50=$(grep -o 'p50=[0-9.]*' <<<"$during_out" | head -1 | cut -d= -f2)
  during_p99=$(grep -o 'p99=[0-9.]*' <<<"$during_out" | head -1 | cut -d= -f2)
  cat <<TXT
  before the run: $(grep '^rate run' <<<"$alone_out")
                  $(grep '^acknowledgement' <<<"$alone_out")
  during the run: $(grep '^rate run' <<<"$during_out")
                  $(grep '^acknowledgement' <<<"$during_out")
  the run: ${finished_line#*retention run }
  $slow

== Summary (2 cores)
  ack p50 / p99 before the run          $alone_p50 / $alone_p99 ms
  ack p50 / p99 during the run          $during_p50 / $during_p99 ms   (the run still going when the load ended: $( [[ $finished_during == no ]] && echo yes || echo "no, it ended first"))
  run over $rows rows                   $run_s s
  database file                         $(( size_before / 1048576 )) MB -> $(( size_after / 1048576 )) MB
  relay peak resident memory            $peak MB
TXT
  exit 0
fi

if [[ "$what" == "inbox" ]]; then
  echo "== inbox: 10 desks on the event stream at 500 citizen messages/s, a tenth of them escalated"
  start_stack 1000
  "$relay" admin create-user --config "$work/relay.json" --username banco --role operator \
    <<<"una-password-per-il-banco" >/dev/null
  token=$(curl -sf -H 'Content-Type: application/json' -d '{"username":"banco","password":"una-password-per-il-banco"}' \
          "http://127.0.0.1:$relay_port/ops/v1/session" | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')
  load() {
    "$loadgen" rate --url "http://127.0.0.1:$relay_port/webhook" --rate 500 --duration "$seconds" --connections 32 \
      --secret "$secret" --phone-number-id "$phone_id" --citizens 20000 --escalate-every 10
  }
  # The same load twice in one run: without desks, then with ten reading the stream.
  alone_out=$(load)
  "$loadgen" events --url "http://127.0.0.1:$relay_port/ops/v1/events" --token "$token" --desks 10 \
    --duration $(( seconds + 3 )) >"$work/events.txt" & events_pid=$!
  sleep 1   # the desks connect before the load starts
  desks_out=$(load)
  wait "$events_pid"
  peak=$(stop_stack)
  echo "  without desks: $(grep '^acknowledgement' <<<"$alone_out")"
  echo "  with 10 desks: $(grep '^acknowledgement' <<<"$desks_out")"
  sed 's/^/  /' "$work/events.txt"
  alone_p99=$(grep -o 'p99=[0-9.]*' <<<"$alone_out" | head -1 | cut -d= -f2)
  desks_p99=$(grep -o 'p99=[0-9.]*' <<<"$desks_out" | head -1 | cut -d= -f2)
  events_p99=$(grep -o 'p99=[0-9.]*' "$work/events.txt" | head -1 | cut -d= -f2)
  ratio=$(awk -v a="$alone_p99" -v d="$desks_p99" 'BEGIN {printf "%.1f", 100 * (d - a) / a}')
  verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v <= t) ? "PASS" : "FAIL" }'; }
  cat <<TXT

== Summary (2 cores)
  event latency p99, 10 desks          $events_p99 ms        target <= 250 ms   $(verdict "$events_p99" 250)
  ack p99 with desks vs without        $desks_p99 ms vs $alone_p99 ms ($ratio %)   target <= +20 %   $(verdict "$ratio" 20)
  relay peak resident memory           $peak MB
TXT
  exit 0
fi

echo "== generating signed webhooks"
# Enough that the relay never sees a body twice (nginx may wrap around).
"$loadgen" generate --count $(( seconds * 60000 )) --secret "$secret" --phone-number-id "$phone_id" --out "$work/bodies.tsv"

echo "== 1. intake throughput: wrk -t2 -c64 -d${seconds}s, same bodies"
mkdir -p "$work/nginx"
sed -e "s|NGINX_DIR|$work/nginx|g" -e "s|NGINX_PORT|$nginx_port|g" tests/bench/nginx.conf >"$work/nginx/nginx.conf"
nginx -c "$work/nginx/nginx.conf"
wrk_run() { wrk -t2 -c64 -d"${seconds}s" --latency -s tests/bench/wrk-webhooks.lua "$1" -- "$work/bodies.tsv" 2; }
nginx_out=$(wrk_run "http://127.0.0.1:$nginx_port/webhook")
kill "$(cat "$work/nginx/nginx.pid")"; rm -f "$work/nginx/nginx.pid"
start_stack 80
relay_out=$(wrk_run "http://127.0.0.1:$relay_port/webhook")
stored=$(sqlite3 "$work/data/sportello.db" "select count(*) from inbound_messages")
peak1=$(stop_stack)
nginx_rps=$(awk '/Requests\/sec/ {print $2}' <<<"$nginx_out")
relay_rps=$(awk '/Requests\/sec/ {print $2}' <<<"$relay_out")
relay_non2xx=$(awk '/Non-2xx/ {print $5}' <<<"$relay_out"); relay_non2xx=${relay_non2xx:-0}
echo "$nginx_out" | sed 's/^/  nginx | /'
echo "$relay_out" | sed 's/^/  relay | /'

echo "== 2. acknowledgement latency at 2,000 webhooks/s"
# Baseline for durable acknowledgements: this disk's own fdatasync latency
# (every acknowledged webhook waits for one, shared by its commit batch).
fsync_out=$(python3 tests/bench/fsync_latency.py "$work/fsync.probe" 5)
echo "  $fsync_out"
start_stack 80
# Beside it, the machine's own pauses: a stall every process sees at once.
python3 tests/bench/pause_probe.py "$seconds" >"$work/pauses-ack.txt" &
ack_out=$("$loadgen" rate --url "http://127.0.0.1:$relay_port/webhook" --rate 2000 --duration "$seconds" \
          --connections 64 --secret "$secret" --phone-number-id "$phone_id")
wait $!
ack_pauses=$(cat "$work/pauses-ack.txt")
peak2=$(stop_stack)
ack_commits=$(slow_commits)
echo "$ack_out" | sed 's/^/  /'
echo "  $ack_pauses"
echo "  $ack_commits"

echo "== 3. auto-reply latency at 500 messages/s"
start_stack 1000
python3 tests/bench/pause_probe.py "$seconds" >"$work/pauses-reply.txt" &
"$loadgen" rate --url "http://127.0.0.1:$relay_port/webhook" --rate 500 --duration "$seconds" --connections 32 \
  --secret "$secret" --phone-number-id "$phone_id" --citizens 20000 --record-sends "$work/sends.tsv" >/dev/null
wait $!
reply_pauses=$(cat "$work/pauses-reply.txt")
sleep 2
reply_out=$("$loadgen" reply-latency --sends "$work/sends.tsv" --sim "https://127.0.0.1:$sim_port" --ca "$work/certs/ca.pem")
peak3=$(stop_stack)
reply_commits=$(slow_commits)
echo "$reply_out" | sed 's/^/  /'
echo "  $reply_pauses"
echo "  $reply_commits"

ratio=$(awk -v r="$relay_rps" -v n="$nginx_rps" 'BEGIN {printf "%.1f", 100 * r / n}')
ack_p99=$(grep -o 'p99=[0-9.]*' <<<"$ack_out" | head -1 | cut -d= -f2)
reply_p99=$(grep -o 'p99=[0-9.]*' <<<"$reply_out" | head -1 | cut -d= -f2)
peak=$(printf '%s\n' "$peak1" "$peak2" "$peak3" | sort -n | tail -1)
verdict() { awk -v v="$1" -v t="$2" -v dir="$3" 'BEGIN { ok = (dir == "min") ? (v >= t) : (v <= t); print ok ? "PASS" : "FAIL" }'; }
cat <<TXT

== Summary (2 cores, relay on synchronous=FULL with batched commits)
  nginx static 200 baseline          $nginx_rps req/s
  relay webhook intake               $relay_rps req/s  ($stored stored, $relay_non2xx non-2xx)
  intake / baseline                  $ratio %            target >= 40 %     $(verdict "$ratio" 40 min)
  ack latency p99 @ 2,000/s          $ack_p99 ms          target <= 10 ms    $(verdict "$ack_p99" 10 max)
    (this disk alone: $fsync_out)
    (this machine alone, same run: $ack_pauses)
    (same run: $ack_commits)
  auto-reply latency p99 @ 500/s     $reply_p99 ms          target <= 25 ms    $(verdict "$reply_p99" 25 max)
    (this machine alone, same run: $reply_pauses)
    (same run: $reply_commits)
  relay peak resident memory         $peak MB            target <= 100 MB   $(verdict "$peak" 100 max)
TXT
