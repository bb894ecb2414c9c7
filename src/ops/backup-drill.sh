#!/usr/bin/env bash
# The backup and restore drill (README, "Backup and restore"), on MariaDB at 127.0.0.1:3306 (root, no password):
#   1. the database with the load test's data (100,000 tasks, 500,000 reports; made if missing) and the
#      application running on it; a file uploaded through the API;
#   2. a backup while the application runs: mariadb-dump --single-transaction, compressed;
#   3. a restore into a fresh database;
#   4. every table compared: row count and CHECKSUM TABLE, original against restored;
#   5. the application started on the restored database, the uploaded file downloaded from it (same SHA-256).
#
#   src/ops/backup-drill.sh [database]          default anwei_load; restores into <database>_restored
#
# Results in target/backup-drill/: summary.txt (times, sizes, the comparison), tables.txt (every table).
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${1:-anwei_load}
RESTORED="${DB}_restored"
PORT=${ANWEI_DRILL_PORT:-8083}
OPS_OUT=target/backup-drill
. src/ops/app.sh
rm -f "$OPS_OUT"/summary.txt "$OPS_OUT"/tables.txt
APPS=()
cleanup() {
	for pid in "${APPS[@]}"; do
		kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
	done
}
trap cleanup EXIT
say() { echo "$*" | tee -a "$OPS_OUT/summary.txt"; }
seconds() { date +%s.%N; }
took() { awk -v a="$1" -v b="$(seconds)" 'BEGIN { printf "%.1f s", b - a }'; }
sql() { mysql -uroot -h127.0.0.1 -N -B "$1" -e "$2"; }

create_database "$DB"
build_jar
start_app original "$PORT" "$DB"
APPS+=("$APP_PID")
if [ "$(sql "$DB" "SELECT count(*) FROM task")" -lt 100000 ]; then
	./mvnw -q -B -Pload test-compile dependency:build-classpath -Dmdep.includeScope=test \
		-Dmdep.outputFile=target/load-classpath.txt
	"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/load-classpath.txt)" \
		org.anwei.duban.load.LoadSeed "jdbc:mysql://127.0.0.1:3306/$DB?rewriteBatchedStatements=true"
fi

# a file uploaded through the application, as a liaison's integration sends it
FILE="$OPS_OUT/drill.pdf"
make_pdf "$FILE" 2000000
upload_file "$PORT" "$DB" "$FILE"
SENT=$(sha256sum < "$FILE" | cut -c1-64)
say "$(sql "$DB" "SELECT count(*) FROM task") tasks, $(sql "$DB" "SELECT count(*) FROM task_report") reports, $(sql "$DB" "SELECT count(*) FROM task_attachment") attachments; file uploaded: task $TASK, attachment $ATTACHMENT, sha256 $SENT"

# every table: rows and checksum (the state the backup must hold; nobody works meanwhile)
fingerprint() {
	local db=$1
	for table in $(sql "$db" "SHOW FULL TABLES WHERE Table_type = 'BASE TABLE'" | cut -f1 | sort); do
		printf '%s %s %s\n' "$table" "$(sql "$db" "SELECT count(*) FROM \`$table\`")" \
			"$(sql "$db" "CHECKSUM TABLE \`$table\`" | cut -f2)"
	done
}
fingerprint "$DB" > "$OPS_OUT/original.txt"

# the backup, while the application runs
BACKUP="$OPS_OUT/$DB-$(date +%Y%m%d-%H%M).sql.gz"
T=$(seconds)
mariadb-dump -uroot -h127.0.0.1 --single-transaction --quick --routines --triggers --events --hex-blob \
	--default-character-set=utf8mb4 "$DB" | gzip -6 > "$BACKUP"
say "backup (mariadb-dump --single-transaction | gzip, application running): $(took "$T"), $(du -h "$BACKUP" | cut -f1) ($BACKUP)"
fingerprint "$DB" > "$OPS_OUT/original-after.txt"
cmp -s "$OPS_OUT/original.txt" "$OPS_OUT/original-after.txt" \
	|| say "note: the original changed during the backup (a scheduled job?): compared with the state before it"

# the restore, into a fresh database
mysql -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS \`$RESTORED\`"
create_database "$RESTORED"
T=$(seconds)
gunzip < "$BACKUP" | mysql -uroot -h127.0.0.1 --default-character-set=utf8mb4 "$RESTORED"
say "restore into $RESTORED: $(took "$T")"

T=$(seconds)
fingerprint "$RESTORED" > "$OPS_OUT/restored.txt"
join "$OPS_OUT/original.txt" "$OPS_OUT/restored.txt" | awk '{ printf "%-36s %10s %10s %12s %12s %s\n", $1, $2, $4, $3, $5,
	($2 == $4 && $3 == $5) ? "same" : "DIFFERENT" }' > "$OPS_OUT/tables.txt"
TABLES=$(wc -l < "$OPS_OUT/original.txt")
SAME=$(grep -c ' same$' "$OPS_OUT/tables.txt" || true)
say "tables compared (rows and CHECKSUM TABLE): $SAME of $TABLES the same ($(took "$T")); see tables.txt"

# the application on the restored database, and the file from it
T=$(seconds)
SPRING_PROFILES_ACTIVE=mysql start_app restored "$((PORT + 1))" "$RESTORED"
APPS+=("$APP_PID")
say "application ready on the restored database: $(took "$T")"
BACK=$(download_sha256 "http://127.0.0.1:$((PORT + 1))")
say "the file downloaded from the restored application: sha256 $BACK"
if [ "$SAME" = "$TABLES" ] && [ "$BACK" = "$SENT" ]; then
	say "backup drill passed"
else
	say "backup drill FAILED"
	exit 1
fi
