#!/usr/bin/env bash
# Logical backup of the portal's database, audit chain and its triggers included, as one consistent snapshot.
# Usage: infra/backup/backup.sh <database> <file.sql.gz>   (connection from MYSQL_HOST, MYSQL_PORT, MYSQL_USER, MYSQL_PWD)
set -euo pipefail
database="$1"
target="$2"
options=(-h"${MYSQL_HOST:-127.0.0.1}" -P"${MYSQL_PORT:-3306}" -u"${MYSQL_USER:-root}"
         --single-transaction --routines --triggers --events --hex-blob)
if command -v mariadb-dump > /dev/null; then
  dump=(mariadb-dump)
else
  dump=(mysqldump --set-gtid-purged=OFF)
fi
"${dump[@]}" "${options[@]}" "$database" | gzip > "$target"
echo "backup of $database written to $target ($(du -h "$target" | cut -f1))"
