#!/usr/bin/env bash
# The demo of the README: installs what is missing, builds, and starts on
# loopback the relay (embedded SQLite in .demo/data, seeded with the Italian
# COVID tree), the WhatsApp Cloud API simulator and the desktop app, logged
# in as a demo operator. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

scripts/install-deps.sh
scripts/build.sh dev sportello-relay sportello-wasim sportello-desk

bin="$root/build/dev"
relay="$bin/relay/sportello-relay"
wasim="$bin/tests/wasim/sportello-wasim"
desk="$bin/desktop/sportello-desk"
demo="$root/.demo"
relay_port=8443
sim_port=9443
mkdir -p "$demo/data"
chmod 700 "$demo"

# A development CA and certificate, made on first run and trusted by the demo.
"$relay" dev-cert --out "$demo/certs" >/dev/null

secret_file() {   # a random secret per demo folder, kept across runs
  [[ -s "$1" ]] || (umask 077; openssl rand -hex 24 > "$1")
}
secret_file "$demo/app-secret"
secret_file "$demo/verify-token"
secret_file "$demo/access-token"
secret_file "$demo/operator-password"

# Two-factor authentication only for administrators (the least allowed), so
# that the demo's supervisor logs in at once without an authenticator app; a
# real installation keeps the default, every role.
cat > "$demo/relay.json" <<JSON
{
  "listeners": [{"address": "127.0.0.1", "port": $relay_port, "tls": true}],
  "tls": {"certificate_file": "certs/server.pem", "private_key_file": "certs/server.key"},
  "database": {"path": "data/sportello.db"},
  "data_key_file": "data/data.key",
  "auth": {"two_factor_roles": ["admin"]},
  "seed_tree_file": "$root/resources/seed/albero-covid.json",
  "whatsapp": {
    "app_secret_file": "app-secret",
    "verify_token_file": "verify-token",
    "access_token_file": "access-token",
    "phone_number_id": "109000000000001",
    "api_base_url": "https://127.0.0.1:$sim_port/v25.0",
    "ca_file": "certs/ca.pem"
  },
  "sla": {
    "probe_sender": "390000000999",
    "probe_text": "#tamponi",
    "probe_ca_file": "certs/ca.pem"
  }
}
JSON
cat > "$demo/wasim.json" <<JSON
{
  "listen": {"address": "127.0.0.1", "port": $sim_port, "tls": true},
  "tls": {"certificate_file": "certs/server.pem", "private_key_file": "certs/server.key"},
  "webhook_url": "https://127.0.0.1:$relay_port/webhook",
  "webhook_ca_file": "certs/ca.pem",
  "app_secret": "$(cat "$demo/app-secret")",
  "access_token": "$(cat "$demo/access-token")",
  "phone_number_id": "109000000000001",
  "templates": [
    {"name": "promemoria_appuntamento", "language": "it", "parameters": 3,
     "body": "Gentile cittadina, gentile cittadino, le ricordiamo l'appuntamento per {{1}} il {{2}} presso {{3}}."},
    {"name": "informazione_generale", "language": "it", "parameters": 1, "body": "Regione Piemonte informa: {{1}}"}
  ]
}
JSON

for port in $relay_port $sim_port; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "demo: port $port is already in use (another demo running?). Stop it first." >&2
    exit 1
  fi
done

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

"$wasim" serve --config "$demo/wasim.json" >"$demo/wasim.log" 2>&1 &
pids+=($!)
"$relay" --config "$demo/relay.json" >"$demo/relay.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
  curl -s --cacert "$demo/certs/ca.pem" "https://127.0.0.1:$relay_port/healthz" >/dev/null 2>&1 && break
  sleep 0.1
done
curl -sf --cacert "$demo/certs/ca.pem" "https://127.0.0.1:$relay_port/healthz" >/dev/null \
  || { echo "demo: the relay did not start; see $demo/relay.log" >&2; cat "$demo/relay.log" >&2; exit 1; }

# The demo operator, created the only way accounts are made: on the server.
if ! "$relay" admin create-user --config "$demo/relay.json" --username operatore --role supervisor \
      --display-name "Operatore demo" --password-file "$demo/operator-password" >/dev/null 2>"$demo/create-user.err"; then
  grep -q "already taken" "$demo/create-user.err" || { cat "$demo/create-user.err" >&2; exit 1; }
fi

# The approved templates, and an API client playing SIRE (token kept in .demo/).
"$relay" admin save-template --config "$demo/relay.json" --name promemoria_appuntamento --parameters 3 \
  --body "Gentile cittadina, gentile cittadino, le ricordiamo l'appuntamento per {{1}} il {{2}} presso {{3}}." >/dev/null
"$relay" admin save-template --config "$demo/relay.json" --name informazione_generale --parameters 1 \
  --body "Regione Piemonte informa: {{1}}" >/dev/null
if [[ ! -s "$demo/sire-token" ]]; then
  (umask 077; "$relay" admin create-client --config "$demo/relay.json" --name SIRE-demo \
     --scopes consent,notify,messages:read | grep -o 'spt_[A-Za-z0-9_-]*' > "$demo/sire-token")
fi

# The SLA probe, as the systemd timer runs it on a server: at once, then every
# minute. Its synthetic citizen (390000000999) is answered in the outbox only,
# never through the simulator; see docs/operations.md.
(
  while :; do
    "$relay" probe --config "$demo/relay.json" >>"$demo/probe.log" 2>&1 || true
    sleep 60
  done
) &
pids+=($!)

cat <<TXT

  Sportello demo is running (logs in .demo/):
    relay       https://127.0.0.1:$relay_port   (health: /healthz, /readyz; metrics: /metrics)
    SLA probe   every minute (.demo/probe.log); availability: GET /ops/v1/reports/sla
    simulator   https://127.0.0.1:$sim_port   (WhatsApp Cloud API stand-in)
    desktop     logged in as "operatore" (password in .demo/operator-password)

  Make a citizen write to the regional number, and see the answer:
    $wasim say --control https://127.0.0.1:$sim_port --ca .demo/certs/ca.pem --from 393401234567 "#centrivaccinali"
  The answer is printed by that command; the citizen's whole chat:
    $wasim inbox --control https://127.0.0.1:$sim_port --ca .demo/certs/ca.pem --wa-id 393401234567
  A citizen asking for a person (the case appears in the desktop's "Assistenza" tab, to claim and answer):
    $wasim say --control https://127.0.0.1:$sim_port --ca .demo/certs/ca.pem --from 393401234568 "#operatore"
  A citizen with a WhatsApp username and no number shown (answered by user id):
    $wasim say --control https://127.0.0.1:$sim_port --ca .demo/certs/ca.pem --user-id US.4A7F21C9 "#tamponi"

  Send a broadcast: a citizen asks for general information by writing "#consenso"
  (same "say" command); then, in the desktop's "Broadcasts" tab, choose a template
  or a published answer, check the recipients and send; the inbox shows it.

  Play SIRE: record consent, push a reminder, read its status (token in .demo/sire-token):
    T=\$(cat .demo/sire-token)
    curl --cacert .demo/certs/ca.pem -H "Authorization: Bearer \$T" -X PUT https://127.0.0.1:$relay_port/api/v1/consents/393401234567 \\
         -H 'Content-Type: application/json' -d '{"scope":"reminders","source":"sire-demo"}'
    curl --cacert .demo/certs/ca.pem -H "Authorization: Bearer \$T" https://127.0.0.1:$relay_port/api/v1/notifications \\
         -H 'Content-Type: application/json' -d '{"phone":"+393401234567","template":"promemoria_appuntamento",
         "parameters":["la vaccinazione","12/03 alle 10:30","Hub Torino Valdocco"],"idempotency_key":"demo-1"}'
    curl --cacert .demo/certs/ca.pem -H "Authorization: Bearer \$T" "https://127.0.0.1:$relay_port/api/v1/messages?phone=393401234567"

  Press Ctrl-C to stop.
TXT

desk_args=(--server "https://127.0.0.1:$relay_port" --ca-file "$demo/certs/ca.pem" --user operatore
           --password-file "$demo/operator-password")
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
  "$desk" "${desk_args[@]}" &
else
  echo "  (no display found: the desktop app runs on a virtual X display, xvfb)"
  xvfb-run -a "$desk" "${desk_args[@]}" >"$demo/desk.log" 2>&1 &
fi
pids+=($!)
wait -n "${pids[@]}" || true
