#!/usr/bin/env bash
# Backs up and restores the marketplace's MySQL/MariaDB database (the H2 demo database is a file in the domain: copy
# it while the server is stopped).
#
#   config/backup.sh backup [FILE]    consistent online dump (one transaction, the server may keep running) to FILE,
#                                     default target/backups/<database>-<UTC time>.sql.gz
#   config/backup.sh restore FILE     loads FILE into the database, which must exist and be empty; then start the
#                                     marketplace on it (config/marketplace.sh start): Flyway finds its history and
#                                     migrates what the dump does not have yet
#
# The database is the one the server uses: MARKETPLACE_DB_URL (jdbc:mysql://host:port/database),
# MARKETPLACE_DB_USER and MARKETPLACE_DB_PASSWORD (passed to the client in the environment, never on a command line).
set -euo pipefail

REPO_ROOT=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
die() { echo "[backup] ERROR: $*" >&2; exit 1; }
say() { echo "[backup] $*"; }

URL=${MARKETPLACE_DB_URL:-}
[[ "$URL" =~ ^jdbc:mysql://([^/:?]+)(:([0-9]+))?/([A-Za-z0-9_]+)([?].*)?$ ]] \
    || die "MARKETPLACE_DB_URL must be jdbc:mysql://host:port/database, got '${URL}'"
HOST=${BASH_REMATCH[1]}
PORT=${BASH_REMATCH[3]:-3306}
DATABASE=${BASH_REMATCH[4]}
export MYSQL_PWD=${MARKETPLACE_DB_PASSWORD:-}
CLIENT_ARGS=(--host="$HOST" --port="$PORT" --user="${MARKETPLACE_DB_USER:-root}" --default-character-set=utf8mb4)
DUMP=$(command -v mariadb-dump || command -v mysqldump) || die "mysqldump (or mariadb-dump) is not installed"
CLIENT=$(command -v mariadb || command -v mysql) || die "the mysql (or mariadb) client is not installed"

backup() {
    local file=${1:-$REPO_ROOT/target/backups/$DATABASE-$(date -u +%Y%m%dT%H%M%SZ).sql.gz}
    mkdir -p "$(dirname -- "$file")"
    say "dumping $DATABASE at $HOST:$PORT to $file"
    # --single-transaction: a consistent snapshot of the InnoDB tables without locking the running marketplace
    "$DUMP" "${CLIENT_ARGS[@]}" --single-transaction --quick --routines --triggers --hex-blob --no-tablespaces \
        "$DATABASE" | gzip >"$file.part"
    [[ "${PIPESTATUS[0]}" == 0 ]] || { rm -f "$file.part"; die "the dump failed"; }
    mv -- "$file.part" "$file"
    say "done: $(du -h "$file" | cut -f1) $file"
}

restore() {
    local file=${1:-}
    [[ -f "$file" ]] || die "restore needs a dump file, e.g. config/backup.sh restore target/backups/x.sql.gz"
    local tables
    tables=$("$CLIENT" "${CLIENT_ARGS[@]}" --batch --skip-column-names -e \
        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DATABASE'") \
        || die "cannot reach database $DATABASE at $HOST:$PORT (create it first: CREATE DATABASE $DATABASE CHARACTER SET utf8mb4)"
    [[ "$tables" == 0 ]] || die "database $DATABASE is not empty ($tables tables): restore only into a fresh one"
    say "restoring $file into $DATABASE at $HOST:$PORT"
    gunzip -c -- "$file" | "$CLIENT" "${CLIENT_ARGS[@]}" "$DATABASE" || die "the restore failed"
    say "done: $("$CLIENT" "${CLIENT_ARGS[@]}" --batch --skip-column-names -e \
        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DATABASE'") tables"
}

case "${1:-}" in
    backup) shift; backup "$@" ;;
    restore) shift; restore "$@" ;;
    *) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
