#!/usr/bin/env bash
# Runs the marketplace EAR on the Payara Server 6 that the build provisions in target/runtime/payara6.
#
#   config/marketplace.sh start [--fresh]   create/configure the domain if needed, deploy the EAR if it changed,
#                                           return when GET /api/v1/health answers "status":"UP"
#   config/marketplace.sh stop              stop the domain; no java process of it remains
#   config/marketplace.sh status            running + healthy: exit 0; running, not healthy: 1; stopped: 3
#   config/marketplace.sh demo              mvn -DskipTests package, then start with demo data, print logins + URLs
#
# Environment (all optional):
#   MARKETPLACE_HTTP_PORT (8080)  MARKETPLACE_ADMIN_PORT (4848)  -- every other domain port moves by the same offset
#                                  as the HTTP port from 8080 (JMS 7676, IIOP 3700/3820/3920, JMX 8686, HTTPS 8181,
#                                  debug 9009, OSGi shell 6666, Hazelcast 4900/5900)
#   MARKETPLACE_DOMAIN (marketplace)  MARKETPLACE_DOMAIN_DIR (target/runtime/domains)
#   MARKETPLACE_DB_URL (jdbc:mysql://host:3306/db; unset = H2 file database in the domain)
#   MARKETPLACE_DB_USER, MARKETPLACE_DB_PASSWORD (default empty)
#   MARKETPLACE_DEMO_DATA (false)  MARKETPLACE_DEMO_PASSWORD (unset = the application's default, Demo@2026)
#   MARKETPLACE_SETTINGS (empty, for demo: loopback webhook targets allowed; space-separated name=value pairs of
#                         application settings, e.g.
#                         "marketplace.webhook.allowed-private-ranges=127.0.0.0/8", set in the domain's config source;
#                         a setting dropped from the list goes back to its default)
#   MARKETPLACE_FRESH (false; same as --fresh: delete the domain and its data first)
#   MARKETPLACE_START_TIMEOUT (180 s)  MARKETPLACE_HEAP (512m)
#   MARKETPLACE_STOP_ON_FAILURE (false; the e2e build sets true so a failed start leaves no server behind)
#   MARKETPLACE_RUNTIME_DIR (target/runtime)  MARKETPLACE_EAR (marketplace-ear/target/marketplace.ear)
set -euo pipefail

SCRIPT_DIR=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
REPO_ROOT=$(cd -- "$SCRIPT_DIR/.." && pwd -P)
CONFIG_DIR=$SCRIPT_DIR

RUNTIME_DIR=$(realpath -m -- "${MARKETPLACE_RUNTIME_DIR:-$REPO_ROOT/target/runtime}")
PAYARA_HOME=$RUNTIME_DIR/payara6
ASADMIN_BIN=$PAYARA_HOME/bin/asadmin
MYSQL_DRIVER=$RUNTIME_DIR/lib/mysql-connector-j.jar
EAR=$(realpath -m -- "${MARKETPLACE_EAR:-$REPO_ROOT/marketplace-ear/target/marketplace.ear}")
APP_NAME=marketplace
POOL=marketplacePool
PASSWORD_ALIAS=marketplace-db

DOMAIN=${MARKETPLACE_DOMAIN:-marketplace}
DOMAIN_DIR=$(realpath -m -- "${MARKETPLACE_DOMAIN_DIR:-$RUNTIME_DIR/domains}")
DOMAIN_HOME=$DOMAIN_DIR/$DOMAIN
HTTP_PORT=${MARKETPLACE_HTTP_PORT:-8080}
ADMIN_PORT=${MARKETPLACE_ADMIN_PORT:-4848}
HEAP=${MARKETPLACE_HEAP:-512m}
START_TIMEOUT=${MARKETPLACE_START_TIMEOUT:-180}
STOP_GRACE=${MARKETPLACE_STOP_GRACE:-30}
DB_URL=${MARKETPLACE_DB_URL:-}
DB_USER=${MARKETPLACE_DB_USER:-}
DB_PASSWORD=${MARKETPLACE_DB_PASSWORD:-}
DEMO=${MARKETPLACE_DEMO_DATA:-false}
DEMO_PASSWORD=${MARKETPLACE_DEMO_PASSWORD:-}
SETTINGS=${MARKETPLACE_SETTINGS:-}
FRESH=${MARKETPLACE_FRESH:-false}
STOP_ON_FAILURE=${MARKETPLACE_STOP_ON_FAILURE:-false}

# Files of this script inside the domain (and next to it: the log survives `--fresh`).
LOG=$DOMAIN_DIR/$DOMAIN.asadmin.log
DOMAIN_SIG=$DOMAIN_HOME/marketplace-domain.sha256
DB_SIG=$DOMAIN_HOME/marketplace-db.sha256
DEPLOY_SIG=$DOMAIN_HOME/marketplace-deploy.sha256
RENDERED_DIR=$DOMAIN_HOME/config/marketplace

HEALTH_PATH=/api/v1/health
export TERM=${TERM:-dumb}

say() { echo "[marketplace] $*"; }
warn() { echo "[marketplace] WARNING: $*" >&2; }
die() { echo "[marketplace] ERROR: $*" >&2; exit 1; }
is_true() { [[ "${1,,}" == true || "$1" == 1 || "${1,,}" == yes ]]; }
sha() { sha256sum | cut -d' ' -f1; }

# ---------------------------------------------------------------------------------------------- ports
is_port() { [[ "$1" =~ ^[0-9]+$ ]] && (($1 >= 1 && $1 <= 65535)); }
is_port "$HTTP_PORT" || die "MARKETPLACE_HTTP_PORT='$HTTP_PORT' is not a port number"
is_port "$ADMIN_PORT" || die "MARKETPLACE_ADMIN_PORT='$ADMIN_PORT' is not a port number"
OFFSET=$((HTTP_PORT - 8080))
shifted() {
    local p=$(($1 + OFFSET))
    is_port "$p" || die "MARKETPLACE_HTTP_PORT=$HTTP_PORT shifts port $1 to $p, which is not a valid port"
    echo "$p"
}
DOMAIN_PROPERTIES="domain.jmxPort=$(shifted 8686):http.ssl.port=$(shifted 8181):java.debugger.port=$(shifted 9009)"
DOMAIN_PROPERTIES+=":jms.port=$(shifted 7676):orb.listener.port=$(shifted 3700):orb.ssl.port=$(shifted 3820)"
DOMAIN_PROPERTIES+=":orb.mutualauth.port=$(shifted 3920):osgi.shell.telnet.port=$(shifted 6666)"
DOMAIN_PROPERTIES+=":hazelcast.das.port=$(shifted 4900):hazelcast.start.port=$(shifted 5900)"

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# ---------------------------------------------------------------------------------------------- asadmin
# Runs a command with its output appended to $LOG; on failure (exit code, or a "Command ... failed." line that
# `multimode` reports while exiting 0) prints the output and returns 1. Output of the last run: $LAST_OUTPUT.
LAST_OUTPUT=
run_logged() {
    local out rc=0
    mkdir -p "$DOMAIN_DIR"
    printf '\n--- %s $ %s\n' "$(date -u +%FT%TZ)" "$*" >>"$LOG"
    out=$("$@" 9>&- 2>&1 </dev/null) || rc=$?
    out=$(grep -v 'Unable to retrieve infocmp' <<<"$out" || true)
    printf '%s\n' "$out" >>"$LOG"
    LAST_OUTPUT=$out
    if ((rc != 0)) || grep -qE '^Command [^ ]+ failed\.|remote failure:' <<<"$out"; then
        echo "[marketplace] ERROR: command failed (exit $rc): ${*##*/}" >&2
        tail -n 40 <<<"$out" | sed 's/^/    /' >&2
        echo "[marketplace] full output: $LOG" >&2
        return 1
    fi
}
asadmin() { run_logged "$ASADMIN_BIN" --interactive=false "$@"; }
asadmin_remote() { run_logged "$ASADMIN_BIN" --interactive=false --host localhost --port "$ADMIN_PORT" "$@"; }
# Prints a config/*.asadmin file with its @NAME@ placeholders replaced (NAME=value arguments).
render() {
    local template=$1 kv text
    shift
    text=$(<"$template")
    for kv in "$@"; do
        text=${text//"@${kv%%=*}@"/"${kv#*=}"}
    done
    if grep -v '^[[:space:]]*#' <<<"$text" | grep -qE '@[A-Z_]+@'; then
        die "unfilled placeholder in $template: $(grep -v '^[[:space:]]*#' <<<"$text" | grep -oE '@[A-Z_]+@' | head -n1)"
    fi
    printf '%s\n' "$text"
}

# ---------------------------------------------------------------------------------------------- domain process
domain_exists() { [[ -f "$DOMAIN_HOME/config/domain.xml" ]]; }
regex_quote() { sed -e 's/[][\.*^$+?(){}|]/\\&/g' <<<"$1"; }
# PIDs of the domain's server JVM: found by its -Dcom.sun.aas.instanceRoot, plus the pid file if still alive.
domain_pids() {
    {
        # (the bracket keeps grep from matching its own command line)
        grep -lszEx -- "-Dcom\.sun\.aas\.instanceRoo[t]=$(regex_quote "$DOMAIN_HOME")" /proc/[0-9]*/cmdline 2>/dev/null |
            sed -E 's#^/proc/([0-9]+)/cmdline$#\1#' || true
        if [[ -f "$DOMAIN_HOME/config/pid" ]]; then
            local pid
            pid=$(tr -dc '0-9' <"$DOMAIN_HOME/config/pid")
            if [[ -n "$pid" ]] && grep -qsF -- "$DOMAIN_HOME" "/proc/$pid/cmdline"; then echo "$pid"; fi
        fi
    } | sort -u
}
domain_running() { [[ -n "$(domain_pids)" ]]; }

health_url() { echo "http://localhost:$HTTP_PORT$HEALTH_PATH"; }
# 0 when the health endpoint answers 200 with "status":"UP"; HEALTH_CODE / HEALTH_BODY hold the last answer.
HEALTH_CODE= HEALTH_BODY=
check_health() {
    local body_file
    body_file=$(mktemp)
    HEALTH_CODE=$(curl -s -o "$body_file" -w '%{http_code}' --max-time 5 "$(health_url)" 2>/dev/null) || true
    HEALTH_BODY=$(head -c 300 "$body_file" | tr -s '\r\n\t' '   ')
    if grep -qi '<html' <<<"$HEALTH_BODY"; then HEALTH_BODY="(an HTML error page)"; fi
    rm -f "$body_file"
    [[ "$HEALTH_CODE" == 200 ]] && grep -qE '"status"[[:space:]]*:[[:space:]]*"UP"' <<<"$HEALTH_BODY"
}

server_log_tail() {
    local log=$DOMAIN_HOME/logs/server.log lines=${1:-80}
    if [[ -f "$log" ]]; then
        echo "[marketplace] ---- last $lines lines of $log ----" >&2
        tail -n "$lines" "$log" >&2
        echo "[marketplace] ---- end of server.log ----" >&2
    fi
}

# Stops the domain: asadmin stop-domain, then TERM / KILL whatever is left after the grace period.
stop_domain() {
    local pids waited=0
    pids=$(domain_pids)
    if [[ -z "$pids" ]]; then
        return 0
    fi
    say "stopping domain $DOMAIN (pid $(echo $pids))"
    if domain_exists; then
        asadmin stop-domain --domaindir "$DOMAIN_DIR" "$DOMAIN" || warn "stop-domain failed; killing the process"
    fi
    while [[ -n "$(domain_pids)" ]] && ((waited < STOP_GRACE)); do
        sleep 1
        waited=$((waited + 1))
    done
    pids=$(domain_pids)
    if [[ -n "$pids" ]]; then
        warn "domain $DOMAIN still running after ${STOP_GRACE}s: kill -TERM $(echo $pids)"
        kill -TERM $pids 2>/dev/null || true
        for _ in {1..10}; do
            [[ -z "$(domain_pids)" ]] && break
            sleep 1
        done
        pids=$(domain_pids)
        if [[ -n "$pids" ]]; then
            warn "kill -KILL $(echo $pids)"
            kill -KILL $pids 2>/dev/null || true
            sleep 1
        fi
    fi
    [[ -z "$(domain_pids)" ]] || die "could not stop domain $DOMAIN (pid $(echo $(domain_pids)))"
    rm -f "$DOMAIN_HOME/config/pid"
}

lock_domain() {
    mkdir -p "$DOMAIN_DIR"
    exec 9>"$DOMAIN_DIR/.$DOMAIN.lock"
    if ! flock -w 600 9; then
        die "another config/marketplace.sh is working on domain $DOMAIN (lock $DOMAIN_DIR/.$DOMAIN.lock)"
    fi
}

# ---------------------------------------------------------------------------------------------- configuration
require_runtime() {
    if [[ ! -x "$ASADMIN_BIN" ]]; then
        die "Payara Server is not provisioned ($PAYARA_HOME missing). Build first, from $REPO_ROOT:  mvn -DskipTests package"
    fi
    if [[ ! -f "$EAR" ]]; then
        die "the EAR is missing ($EAR). Build first, from $REPO_ROOT:  mvn -DskipTests package"
    fi
    if [[ -n "$DB_URL" && ! -f "$MYSQL_DRIVER" ]]; then
        die "Connector/J missing ($MYSQL_DRIVER). Build first, from $REPO_ROOT:  mvn -DskipTests package"
    fi
    command -v curl >/dev/null || die "curl is required"
}

domain_signature() {
    {
        echo "http=$HTTP_PORT admin=$ADMIN_PORT heap=$HEAP props=$DOMAIN_PROPERTIES"
        cat "$CONFIG_DIR/domain.asadmin"
    } | sha
}

db_mode() { if [[ -n "$DB_URL" ]]; then echo mysql; else echo h2; fi; }
db_signature() {
    if [[ -n "$DB_URL" ]]; then
        printf 'mysql\n%s\n%s\n%s\n' "$DB_URL" "$DB_USER" "$(printf '%s' "$DB_PASSWORD" | sha)"
        cat "$CONFIG_DIR/datasource-mysql.asadmin"
    else
        echo h2
        cat "$CONFIG_DIR/datasource-h2.asadmin"
    fi | sha
}
db_description() {
    if [[ -n "$DB_URL" ]]; then echo "MySQL $DB_URL (user ${DB_USER:-<none>})"; else echo "H2 $DOMAIN_HOME/data/marketplace"; fi
}

create_domain() {
    say "creating domain $DOMAIN in $DOMAIN_DIR (http $HTTP_PORT, admin $ADMIN_PORT, other ports offset $OFFSET)"
    mkdir -p "$DOMAIN_DIR"
    asadmin create-domain --nopassword=true --checkports=false --domaindir "$DOMAIN_DIR" \
        --adminport "$ADMIN_PORT" --instanceport "$HTTP_PORT" --domainproperties "$DOMAIN_PROPERTIES" "$DOMAIN"
    # Connector/J on the domain's class path from the start, so switching to MySQL needs no restart.
    cp "$MYSQL_DRIVER" "$DOMAIN_HOME/lib/" 2>/dev/null || true
}

delete_domain() {
    local pids
    pids=$(domain_pids)
    if [[ -n "$pids" ]]; then
        # Its data is about to be deleted: no orderly shutdown needed.
        say "killing domain $DOMAIN (pid $(echo $pids))"
        kill -KILL $pids 2>/dev/null || true
        for _ in {1..20}; do
            [[ -z "$(domain_pids)" ]] && break
            sleep 0.5
        done
        [[ -z "$(domain_pids)" ]] || die "could not kill domain $DOMAIN (pid $(echo $(domain_pids)))"
    fi
    if [[ -d "$DOMAIN_HOME" ]]; then
        say "deleting domain $DOMAIN$([[ -d "$DOMAIN_HOME/data" ]] && echo ' and its data')"
        rm -rf -- "$DOMAIN_HOME"
    fi
}

start_domain() {
    local port
    for port in "$HTTP_PORT" "$ADMIN_PORT"; do
        if port_open "$port"; then
            die "port $port is already in use by another process; stop it or choose other ports (MARKETPLACE_HTTP_PORT / MARKETPLACE_ADMIN_PORT)"
        fi
    done
    say "starting domain $DOMAIN"
    asadmin start-domain --domaindir "$DOMAIN_DIR" "$DOMAIN"
}


# A configured, never-deployed copy of the domain (same path, ports and config/domain.asadmin): `start --fresh`
# restores it instead of create-domain + configure + restart, which saves about a minute per end-to-end run.
SNAPSHOT=$DOMAIN_DIR/.$DOMAIN.snapshot
snapshot_signature() {
    { echo "$DOMAIN_HOME"; domain_signature; ls -l "$PAYARA_HOME/glassfish/modules"; } | sha
}
save_snapshot() {
    rm -rf -- "$SNAPSHOT" "$SNAPSHOT.tmp"
    cp -a -- "$DOMAIN_HOME" "$SNAPSHOT.tmp"
    rm -rf -- "$SNAPSHOT.tmp"/{logs,data,applications,generated,lib/databases} "$SNAPSHOT.tmp/config/pid"
    mkdir -p "$SNAPSHOT.tmp/logs" "$SNAPSHOT.tmp/applications"
    snapshot_signature >"$SNAPSHOT.tmp/.snapshot.sha256"
    mv -- "$SNAPSHOT.tmp" "$SNAPSHOT"
}
restore_snapshot() {
    [[ -f "$SNAPSHOT/.snapshot.sha256" && "$(cat "$SNAPSHOT/.snapshot.sha256")" == "$(snapshot_signature)" ]] || return 1
    say "creating domain $DOMAIN from its configured snapshot (http $HTTP_PORT, admin $ADMIN_PORT)"
    cp -a -- "$SNAPSHOT" "$DOMAIN_HOME"
    rm -f "$DOMAIN_HOME/.snapshot.sha256"
    domain_signature >"$DOMAIN_SIG"
}

configure_domain() {
    say "configuring domain (config/domain.asadmin)"
    local f="$RENDERED_DIR/domain.asadmin"
    mkdir -p "$RENDERED_DIR"
    render "$CONFIG_DIR/domain.asadmin" "HEAP=$HEAP" "DOMAIN=$DOMAIN" >"$f"
    asadmin_remote multimode --file "$f"
}

# domain.xml is the DAS's own record (written before a command returns): reading it saves an asadmin round trip.
in_domain_xml() { grep -qE "<$1[[:space:]][^>]*name=\"$2\"" "$DOMAIN_HOME/config/domain.xml"; }
app_deployed() { in_domain_xml application "$APP_NAME"; }
pool_exists() { in_domain_xml jdbc-connection-pool "$POOL"; }
ALIAS_MARKER=$DOMAIN_HOME/marketplace-db.alias

undeploy_app() {
    if app_deployed; then
        say "undeploying $APP_NAME"
        asadmin_remote undeploy "$APP_NAME"
    fi
    rm -f "$DEPLOY_SIG"
}

# Per-start asadmin work is collected in one `multimode` batch (each asadmin call is a JVM start, ~1-2 s).
BATCH=()
batch() { BATCH+=("$@"); }
run_batch() {
    local f="$RENDERED_DIR/start.asadmin"
    mkdir -p "$RENDERED_DIR"
    printf '%s\n' "${BATCH[@]}" >"$f"
    if ! asadmin_remote multimode --file "$f"; then
        if grep -qE '^Command ping-connection-pool failed|Ping Connection Pool failed' <<<"$LAST_OUTPUT"; then
            die "ping-connection-pool $POOL failed: $(db_description) is not reachable (see above)"
        fi
        die "configuring the domain failed (batch $f, see above)"
    fi
    BATCH=()
}

# jdbc/marketplace: created, or replaced when MARKETPLACE_DB_* (or the datasource-*.asadmin file) changed.
DB_CHANGED=false
plan_datasource() {
    local want have commands
    want=$(db_signature)
    have=$(cat "$DB_SIG" 2>/dev/null || true)
    if [[ "$want" == "$have" ]] && pool_exists; then
        return 0
    fi
    DB_CHANGED=true
    if pool_exists; then
        say "database configuration changed: replacing $POOL with $(db_description)"
        undeploy_app
        batch "delete-jdbc-connection-pool --cascade=true $POOL"
    else
        say "creating data source jdbc/marketplace: $(db_description)"
    fi
    rm -f "$DB_SIG" "$DEPLOY_SIG"
    if [[ -f "$ALIAS_MARKER" ]]; then
        asadmin_remote delete-password-alias "$PASSWORD_ALIAS"
        rm -f "$ALIAS_MARKER"
    fi
    if [[ -n "$DB_URL" ]]; then
        [[ "$DB_URL" == jdbc:mysql:* ]] ||
            die "MARKETPLACE_DB_URL must be a Connector/J URL (jdbc:mysql://host:3306/database; MariaDB works with it), got '$DB_URL'"
        if [[ "$DB_URL$DB_USER" =~ [[:space:]\"] ]]; then
            die "MARKETPLACE_DB_URL / MARKETPLACE_DB_USER must not contain spaces or double quotes"
        fi
        local password_property='' password_set=''
        if [[ -z "$DB_PASSWORD" ]]; then
            password_property='--property password=\"\"'
        else
            # The password goes into the domain's password store, never into a command line or domain.xml.
            local pwfile
            pwfile=$(mktemp)
            chmod 600 "$pwfile"
            printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "${DB_PASSWORD//\\/\\\\}" >"$pwfile" # properties file: \ doubled
            if ! asadmin_remote --passwordfile "$pwfile" create-password-alias "$PASSWORD_ALIAS"; then
                rm -f "$pwfile"
                die "could not store the database password as password alias $PASSWORD_ALIAS"
            fi
            rm -f "$pwfile"
            touch "$ALIAS_MARKER"
            password_set="set resources.jdbc-connection-pool.$POOL.property.password=\${ALIAS=$PASSWORD_ALIAS}"
        fi
        commands=$(render "$CONFIG_DIR/datasource-mysql.asadmin" "URL=$DB_URL" "USER=$DB_USER" \
            "PASSWORD_PROPERTY=$password_property" "PASSWORD_SET=$password_set")
    else
        commands=$(render "$CONFIG_DIR/datasource-h2.asadmin")
    fi
    batch "$commands"
}

# MicroProfile Config (domain source) read by the application at startup; a change means a redeploy.
SETTINGS_SIG=$DOMAIN_HOME/marketplace-settings.sha256
SETTINGS_SET=$DOMAIN_HOME/marketplace-settings.set
settings_signature() {
    printf 'demo=%s\npassword=%s\nsettings=%s\n' "$(is_true "$DEMO" && echo true || echo false)" "$DEMO_PASSWORD" \
        "$SETTINGS" | sha
}
plan_settings() {
    local demo=false marker=$DOMAIN_HOME/marketplace-demo-password.set pair name value
    [[ "$(settings_signature)" == "$(cat "$SETTINGS_SIG" 2>/dev/null || true)" ]] && return 0
    rm -f "$SETTINGS_SIG"
    is_true "$DEMO" && demo=true
    batch "set-config-property --source=domain --propertyname=marketplace.demo.enabled --propertyvalue=$demo"
    if [[ -n "$DEMO_PASSWORD" ]]; then
        if [[ "$DEMO_PASSWORD" =~ [[:space:]\"\'\\] ]]; then
            die "MARKETPLACE_DEMO_PASSWORD must not contain spaces, quotes or backslashes"
        fi
        batch "set-config-property --source=domain --propertyname=marketplace.demo.password --propertyvalue=$DEMO_PASSWORD"
        touch "$marker"
    elif [[ -f "$marker" ]]; then
        batch "delete-config-property --source=domain --propertyname=marketplace.demo.password"
        rm -f "$marker"
    fi
    # MARKETPLACE_SETTINGS: what an earlier start set and is no longer listed is deleted, so its default applies again
    local -A wanted=()
    for pair in $SETTINGS; do
        name=${pair%%=*}
        value=${pair#*=}
        [[ "$pair" == *=* && "$name" =~ ^marketplace\.[a-z0-9.-]+$ && ! "$value" =~ [\"\'\\] ]] \
            || die "MARKETPLACE_SETTINGS: '$pair' is not marketplace.<name>=<value> (no quotes or backslashes)"
        wanted[$name]=1
        batch "set-config-property --source=domain --propertyname=$name --propertyvalue=$value"
    done
    if [[ -f "$SETTINGS_SET" ]]; then
        while read -r name; do
            [[ -n "$name" && -z "${wanted[$name]:-}" ]] \
                && batch "delete-config-property --source=domain --propertyname=$name"
        done <"$SETTINGS_SET"
    fi
    printf '%s\n' "${!wanted[@]}" >"$SETTINGS_SET"
}

deploy_signature() {
    { sha256sum <"$EAR"; settings_signature; db_signature; } | sha
}
redeploy_needed() { [[ "$(deploy_signature)" != "$(cat "$DEPLOY_SIG" 2>/dev/null || true)" ]]; }

# A domain loads its applications in the background after start-domain has returned (Payara 6, payara/Payara#6453),
# also an application disabled in domain.xml; a `deploy --force` arriving meanwhile fails with "Application name
# marketplace is already in use" and leaves the domain without it, or breaks the application (seen: failed injection,
# then "Client not authorized" on every EJB call). So when the application will be replaced anyway, the stopped
# domain forgets it: its entries in domain.xml and its expanded files go, start-domain has nothing to load, and the
# deploy is a first one. The database and the broker's messages are not the application's files and stay.
undeploy_offline() {
    local xml=$DOMAIN_HOME/config/domain.xml
    if domain_running || ! app_deployed; then
        return 0
    fi
    awk -v ref="ref=\"$APP_NAME\"" -v name="name=\"$APP_NAME\"" '
        !skip && /<application-ref / && index($0, ref) { next }
        !skip && /<application / && index($0, name) { if ($0 !~ /\/>[[:space:]]*$/) skip = 1; next }
        skip { if (index($0, "</application>")) skip = 0; next }
        { print }' "$xml" >"$xml.marketplace" && mv -- "$xml.marketplace" "$xml"
    rm -rf -- "$DOMAIN_HOME/applications/$APP_NAME" "$DOMAIN_HOME/applications/__internal/$APP_NAME" \
        "$DOMAIN_HOME"/generated/*/"$APP_NAME"
    rm -f "$DEPLOY_SIG"
}

deploy_if_needed() {
    local want have
    want=$(deploy_signature)
    have=$(cat "$DEPLOY_SIG" 2>/dev/null || true)
    if app_deployed && [[ "$want" == "$have" ]]; then
        say "$APP_NAME is deployed and unchanged"
        return 0
    fi
    say "deploying $EAR (demo data: $(is_true "$DEMO" && echo on || echo off))"
    rm -f "$DEPLOY_SIG"
    local t0=$SECONDS
    asadmin_remote deploy --force=true --enabled=true --name "$APP_NAME" "$EAR"
    echo "$want" >"$DEPLOY_SIG"
    say "deployed in $((SECONDS - t0))s"
}

wait_for_health() {
    local deadline=$((SECONDS + START_TIMEOUT))
    say "waiting for $(health_url) (timeout ${START_TIMEOUT}s)"
    while ((SECONDS < deadline)); do
        if check_health; then
            return 0
        fi
        if ! domain_running; then
            die "the server process of domain $DOMAIN exited"
        fi
        sleep 1
    done
    die "no healthy answer from $(health_url) within ${START_TIMEOUT}s (last: HTTP ${HEALTH_CODE:-none} ${HEALTH_BODY})"
}

print_urls() {
    echo "  console  http://localhost:$HTTP_PORT/"
    echo "  API      http://localhost:$HTTP_PORT/api/v1/"
    echo "  OpenAPI  http://localhost:$HTTP_PORT/openapi"
    echo "  health   $(health_url)"
    echo "  admin    http://localhost:$ADMIN_PORT/  (Payara admin console, user admin, no password)"
}

# ---------------------------------------------------------------------------------------------- commands
on_start_exit() {
    local rc=$?
    trap - EXIT
    if ((rc != 0)); then
        server_log_tail 80
        echo "[marketplace] start failed; asadmin output: $LOG" >&2
        if is_true "$STOP_ON_FAILURE"; then
            stop_domain || true
        fi
    fi
    exit "$rc"
}

cmd_start() {
    local arg configured=true t0=$SECONDS keep="$DOMAIN_DIR/.$DOMAIN.data.kept"
    local quiet=
    for arg in "$@"; do
        case "$arg" in
            --fresh) FRESH=true ;;
            --quiet) quiet=--quiet ;;
            *) die "unknown option for start: $arg" ;;
        esac
    done
    require_runtime
    lock_domain
    if [[ -f "$LOG" ]] && (($(stat -c %s "$LOG") > 5000000)); then mv -f -- "$LOG" "$LOG.1"; fi
    printf '\n===== %s start (domain %s, http %s, admin %s, db %s, demo %s)\n' "$(date -u +%FT%TZ)" \
        "$DOMAIN" "$HTTP_PORT" "$ADMIN_PORT" "$(db_mode)" "$DEMO" >>"$LOG"
    trap on_start_exit EXIT

    if is_true "$FRESH"; then
        delete_domain
    elif domain_exists && [[ "$(domain_signature)" != "$(cat "$DOMAIN_SIG" 2>/dev/null || true)" ]]; then
        say "config/domain.asadmin or the ports changed since domain $DOMAIN was configured: rebuilding it (data/ kept)"
        stop_domain
        rm -rf -- "$keep"
        if [[ -d "$DOMAIN_HOME/data" ]]; then mv -- "$DOMAIN_HOME/data" "$keep"; fi
        delete_domain
    fi
    if ! domain_exists; then
        rm -rf -- "$DOMAIN_HOME"
        if ! restore_snapshot; then
            create_domain
            configured=false
        fi
        if [[ -d "$keep" ]]; then mv -- "$keep" "$DOMAIN_HOME/data"; fi
    fi
    if [[ -f "$MYSQL_DRIVER" ]] && ! cmp -s "$MYSQL_DRIVER" "$DOMAIN_HOME/lib/mysql-connector-j.jar"; then
        say "installing Connector/J into the domain's lib/ (a running domain is restarted)"
        stop_domain
        cp "$MYSQL_DRIVER" "$DOMAIN_HOME/lib/"
    fi

    if domain_running; then
        say "domain $DOMAIN is already running"
    else
        if redeploy_needed; then
            undeploy_offline
        fi
        start_domain
    fi
    if ! $configured; then
        configure_domain
        # JVM options need a restart; the stop in between is the moment to keep a snapshot for `--fresh`.
        stop_domain
        save_snapshot
        domain_signature >"$DOMAIN_SIG"
        start_domain
    fi
    plan_datasource
    plan_settings
    batch "ping-connection-pool $POOL"
    run_batch
    if $DB_CHANGED; then db_signature >"$DB_SIG"; fi
    settings_signature >"$SETTINGS_SIG"
    deploy_if_needed
    wait_for_health
    trap - EXIT
    say "UP in $((SECONDS - t0))s: domain $DOMAIN, $(db_description)"
    if [[ -z "$quiet" ]]; then print_urls; fi
}

cmd_stop() {
    if [[ ! -d "$DOMAIN_HOME" && -z "$(domain_pids)" ]]; then
        say "domain $DOMAIN does not exist: nothing to stop"
        return 0
    fi
    lock_domain
    if [[ -z "$(domain_pids)" ]]; then
        say "domain $DOMAIN is not running"
        return 0
    fi
    stop_domain
    say "domain $DOMAIN stopped"
}

cmd_status() {
    local pids
    pids=$(domain_pids)
    if [[ -z "$pids" ]]; then
        echo "stopped (domain $DOMAIN$(domain_exists || echo ', not created'))"
        return 3
    fi
    if check_health; then
        echo "running (domain $DOMAIN, pid $(echo $pids)), health UP: $(health_url)"
        return 0
    fi
    echo "running (domain $DOMAIN, pid $(echo $pids)), NOT healthy: $(health_url) answered HTTP ${HEALTH_CODE:-none} ${HEALTH_BODY}"
    return 1
}

cmd_demo() {
    command -v mvn >/dev/null || die "mvn (Apache Maven) is required for demo"
    say "building: mvn -B -q -DskipTests package (in $REPO_ROOT)"
    # (Maven 3.8 -q still prints bare colour resets; they are filtered out)
    (cd "$REPO_ROOT" && mvn -B -q -DskipTests package 2>&1 | sed -u -e $'s/\e\\[0m//g' -e '/^$/d') ||
        die "the build failed"
    DEMO=true
    # a demo runs on one machine: webhooks may go to a receiver on it (unless MARKETPLACE_SETTINGS says otherwise)
    SETTINGS=${MARKETPLACE_SETTINGS-marketplace.webhook.allowed-private-ranges=127.0.0.0/8}
    cmd_start --quiet "$@"
    local password=${DEMO_PASSWORD:-Demo@2026}
    cat <<EOF

  Marketplace demo is running.
  Logins (password for all: $password)
    operator   platform operator
    provider   service provider
    customer   customer
EOF
    print_urls
    echo "  stop with: $0 stop"
}

usage() {
    sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
}

command=${1:-}
[[ $# -gt 0 ]] && shift
case "$command" in
    start) cmd_start "$@" ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    demo) cmd_demo "$@" ;;
    -h | --help | help) usage ;;
    *)
        usage >&2
        exit 2
        ;;
esac
