#!/usr/bin/env bash
# The fail-over test (README, "Two nodes"): two nodes behind nginx (src/ops/two-nodes.sh) on the load-test
# database, the load test through nginx, node b killed (SIGKILL, as a crash) halfway through, then:
#   - rounds failed by the users whose session was on node a (must be 0) and on node b;
#   - every report a user saw saved is in the database exactly once, and no report is there twice;
#   - node b started again; a file uploaded through node a downloads through node b and through nginx, the same
#     bytes (SHA-256).
#
#   src/ops/fail-over.sh [users] [minutes]          e.g. src/ops/fail-over.sh 60 4
#
# Results in target/fail-over/: summary.txt, gatling.log, a.log, b.log, b-again.log, nginx-access.log.
set -euo pipefail
cd "$(dirname "$0")/../.."
USERS=${1:-60}
MINUTES=${2:-4}
DB=${ANWEI_LOAD_DB:-anwei_load}
OPS_OUT=target/fail-over
. src/ops/app.sh
. src/ops/two-nodes.sh
rm -f "$OPS_OUT"/started "$OPS_OUT"/run-* "$OPS_OUT"/summary.txt
GATLING=
cleanup() {
	[ -n "$GATLING" ] && kill "$GATLING" 2>/dev/null || true
	stop_two_nodes
}
trap cleanup EXIT
start_two_nodes "$DB"
PROXY="http://127.0.0.1:$TWO_NODES_PORT"
sql() { mysql -uroot -h127.0.0.1 -N -B "$DB" -e "$1"; }
say() { echo "$*" | tee -a "$OPS_OUT/summary.txt"; }

./mvnw -q -B -Pload test-compile gatling:test -Danwei.load.url="$PROXY" -Danwei.load.users="$USERS" \
	-Danwei.load.minutes="$MINUTES" -Danwei.load.started-file="$PWD/$OPS_OUT/started" \
	-Danwei.load.record="$PWD/$OPS_OUT/run" \
	-Danwei.load.db-url="jdbc:mysql://127.0.0.1:3306/$DB?rewriteBatchedStatements=true" > "$OPS_OUT/gatling.log" 2>&1 &
GATLING=$!
until [ -f "$OPS_OUT/started" ]; do
	kill -0 "$GATLING" 2>/dev/null || { tail -30 "$OPS_OUT/gatling.log"; exit 1; }
	sleep 2
done
# all users there (a minute's arrival), then half of the working time
sleep $((60 + MINUTES * 30))
say "before the kill: node a $(metric "$NODE_A_PORT" anwei_sessions_open) sessions, node b $(metric "$NODE_B_PORT" anwei_sessions_open) sessions"
kill -9 "$NODE_B_PID"
wait "$NODE_B_PID" 2>/dev/null || true
NODE_B_PID=
say "node b killed at $(date +%T)"
GATLING_STATUS=0
wait "$GATLING" || GATLING_STATUS=$?
GATLING=
# Gatling's totals and errors of the whole run (its last summary)
awk '/Global Information/ { keep = 1 } keep && /^=+$/ { exit } keep' "$OPS_OUT/gatling.log" | tee -a "$OPS_OUT/summary.txt"
[ "$GATLING_STATUS" = 0 ] || say "(Gatling's assertions failed: the killed node's users count as failures there)"

FAILED=0
say "rounds of work by the node that held the user's session (node, rounds, failed):"
tee -a "$OPS_OUT/summary.txt" < "$OPS_OUT/run-rounds.txt"
A_FAILED=$(awk '$1 == "a" {print $3}' "$OPS_OUT/run-rounds.txt")
if [ "${A_FAILED:-0}" != 0 ]; then say "FAIL: users on node a had $A_FAILED failed rounds"; FAILED=1; fi

# the reports the users saw saved, against the database
SEEN=$(wc -l < "$OPS_OUT/run-reports.txt")
MISSING_OR_TWICE=$(mysql -uroot -h127.0.0.1 -N -B --local-infile=1 "$DB" -e "
	CREATE TEMPORARY TABLE seen (text VARCHAR(200) COLLATE utf8mb4_unicode_ci PRIMARY KEY);
	LOAD DATA LOCAL INFILE '$PWD/$OPS_OUT/run-reports.txt' INTO TABLE seen CHARACTER SET utf8mb4 (text);
	SELECT count(*) FROM seen s LEFT JOIN (SELECT text, count(*) n FROM task_report WHERE text LIKE '%压测进展 %'
		GROUP BY text) r ON r.text = s.text WHERE r.n IS NULL OR r.n <> 1;")
TWICE=$(sql "SELECT count(*) FROM (SELECT text FROM task_report WHERE text LIKE '%压测进展 %' GROUP BY text
	HAVING count(*) > 1) d")
say "reports seen saved: $SEEN; of them missing or not exactly once in the database: $MISSING_OR_TWICE; reports in the database twice: $TWICE"
if [ "$MISSING_OR_TWICE" != 0 ] || [ "$TWICE" != 0 ]; then FAILED=1; fi

# node b again; a file through node a, back through node b and through nginx
ANWEI_NODE_NAME=b start_app b-again "$NODE_B_PORT" "$DB" --server.forward-headers-strategy=native
NODE_B_PID=$APP_PID
FILE="$OPS_OUT/upload.pdf"
make_pdf "$FILE" 3000000
upload_file "$NODE_A_PORT" "$DB" "$FILE"
SENT=$(sha256sum < "$FILE" | cut -c1-64)
VIA_B=$(download_sha256 "http://127.0.0.1:$NODE_B_PORT")
VIA_PROXY=$(download_sha256 "$PROXY")
say "file of $(stat -c %s "$FILE") bytes uploaded through node a (task $TASK, attachment $ATTACHMENT): sha256 $SENT"
say "  downloaded through node b: $VIA_B"
say "  downloaded through nginx:  $VIA_PROXY"
if [ "$SENT" != "$VIA_B" ] || [ "$SENT" != "$VIA_PROXY" ]; then say "FAIL: the downloads differ"; FAILED=1; fi
[ "$FAILED" = 0 ] && say "fail-over test passed" || say "fail-over test FAILED"
exit $FAILED
