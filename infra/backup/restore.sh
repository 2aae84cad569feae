#!/usr/bin/env bash
# Restores a backup into a new, empty database; refuses to overwrite one that has tables.
# Usage: infra/backup/restore.sh <file.sql.gz> <new database>   (connection from MYSQL_HOST, MYSQL_PORT, MYSQL_USER, MYSQL_PWD)
set -euo pipefail
source="$1"
database="$2"
client="$(command -v mariadb || command -v mysql)"
connect=(-h"${MYSQL_HOST:-127.0.0.1}" -P"${MYSQL_PORT:-3306}" -u"${MYSQL_USER:-root}")
"$client" "${connect[@]}" -e "CREATE DATABASE IF NOT EXISTS \`$database\` CHARACTER SET utf8mb4"
tables=$("$client" "${connect[@]}" -N -e "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '$database'")
if [ "$tables" != "0" ]; then
  echo "refusing to restore into $database: it already has $tables tables" >&2
  exit 1
fi
gunzip -c "$source" | "$client" "${connect[@]}" "$database"
echo "restored $source into $database"
