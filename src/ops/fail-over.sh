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
grep -E "^> |Global|failed|OK=|KO=" "$OPS_OUT/gatling.log" | head -40 >> "$OPS_OUT/summary.txt" || true
[ "$GATLING_STATUS" = 0 ] || say "(Gatling's assertions failed: the killed node's users count as failures there)"

FAILED=0
say "rounds by the node that held the session (node, rounds, failed, answers 'session expired'):"
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
CODE=$(sql "SELECT d.code FROM app_user u JOIN department d ON d.id = u.department_id WHERE u.username LIKE 'load-%'
	AND EXISTS (SELECT 1 FROM task t WHERE t.lead_department_id = d.id AND t.status = 'IN_PROGRESS') LIMIT 1")
TOKEN="adb_$(printf 'load-test %s' "$CODE" | sha256sum | cut -c1-40)"
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }
TASK=$(curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$NODE_A_PORT/api/v1/tasks?status=IN_PROGRESS&size=1" \
	| json 'd["items"][0]["id"]')
VERSION=$(curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$NODE_A_PORT/api/v1/tasks/$TASK" | json 'd["version"]')
FILE="$OPS_OUT/upload.pdf"
head -c 3000000 /dev/urandom | base64 > "$FILE.txt"
printf '%%PDF-1.4\n%% fail-over test\n' | cat - "$FILE.txt" > "$FILE"
ANSWER=$(curl -sf -H "Authorization: Bearer $TOKEN" -F version="$VERSION" -F kind=PROGRESS -F text="双节点上传检查" \
	-F "files=@$FILE;type=application/pdf" "http://127.0.0.1:$NODE_A_PORT/api/v1/tasks/$TASK/reports")
ATTACHMENT=$(echo "$ANSWER" | json '[a for r in d["reports"] for a in r["attachments"] if a["filename"] == "upload.pdf"][-1]["id"]')
SENT=$(sha256sum < "$FILE" | cut -c1-64)
VIA_B=$(curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$NODE_B_PORT/api/v1/tasks/$TASK/attachments/$ATTACHMENT" | sha256sum | cut -c1-64)
VIA_PROXY=$(curl -sf -H "Authorization: Bearer $TOKEN" "$PROXY/api/v1/tasks/$TASK/attachments/$ATTACHMENT" | sha256sum | cut -c1-64)
say "file of $(stat -c %s "$FILE") bytes uploaded through node a (task $TASK, attachment $ATTACHMENT): sha256 $SENT"
say "  downloaded through node b: $VIA_B"
say "  downloaded through nginx:  $VIA_PROXY"
if [ "$SENT" != "$VIA_B" ] || [ "$SENT" != "$VIA_PROXY" ]; then say "FAIL: the downloads differ"; FAILED=1; fi
[ "$FAILED" = 0 ] && say "fail-over test passed" || say "fail-over test FAILED"
exit $FAILED
