#!/usr/bin/env bash
# What a signed-in user costs in memory (README, "Capacity"), for each N given (default 50 and 200): a fresh
# application on the load test's database, three users to warm it up, then the live heap after a full collection
# with no one signed in, then N users who sign in and keep their pages open (SessionsSimulation), the live heap
# again while they do, and once more a minute after they closed their tabs. The application runs with a 2-minute
# session timeout here, so that the end shows idle sessions expiring.
#
#   src/ops/session-memory.sh [N ...]          e.g. src/ops/session-memory.sh 50 200
set -euo pipefail
cd "$(dirname "$0")/../.."
OPS_OUT=target/memory
. src/ops/app.sh
DB=${ANWEI_LOAD_DB:-anwei_load}
PORT=${ANWEI_LOAD_PORT:-8082}
HOLD=100
create_database "$DB"
build_jar
[ $# -gt 0 ] || set -- 50 200
trap '[ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null || true' EXIT

sessions() {
	./mvnw -q -B -Pload test-compile gatling:test -Danwei.load.simulation=org.anwei.duban.load.SessionsSimulation \
		-Danwei.load.url="http://127.0.0.1:$PORT" -Danwei.load.users="$1" -Danwei.load.hold-seconds="$2" \
		-Danwei.load.started-file="$PWD/$OPS_OUT/started" \
		-Danwei.load.db-url="jdbc:mysql://127.0.0.1:3306/$DB?rewriteBatchedStatements=true" > "$OPS_OUT/gatling-$1.log" 2>&1
}

mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1048576 }'; }

for N in "$@"; do
	start_app "app-$N" "$PORT" "$DB" --server.servlet.session.timeout=2m
	sessions 3 0
	sleep 5
	BASE=$(live_heap "$APP_PID")
	rm -f "$OPS_OUT/started"
	sessions "$N" "$HOLD" &
	GATLING=$!
	until [ -s "$OPS_OUT/started" ]; do sleep 1; done
	# all arrived (30 s) and on their pages (about 15 s more)
	sleep 75
	HELD=$(live_heap "$APP_PID")
	UIS=$(metric "$PORT" anwei_ui_open)
	SESSIONS=$(metric "$PORT" anwei_sessions_open)
	wait "$GATLING" || { echo "the Gatling run failed, see $OPS_OUT/gatling-$N.log"; tail -30 "$OPS_OUT/gatling-$N.log"; }
	sleep 60
	CLOSED=$(live_heap "$APP_PID")
	UIS_CLOSED=$(metric "$PORT" anwei_ui_open)
	sleep 120
	SESSIONS_EXPIRED=$(metric "$PORT" anwei_sessions_open)
	EXPIRED=$(live_heap "$APP_PID")
	{
		echo "N=$N: live heap with no one signed in $(mb "$BASE"); with $N users on their pages $(mb "$HELD")" \
			"($UIS tabs, $SESSIONS sessions open): $(awk -v a="$BASE" -v b="$HELD" -v n="$N" 'BEGIN { printf "%.0f kB", (b - a) / n / 1024 }') per user"
		echo "  a minute after they closed their tabs: $(mb "$CLOSED"), $UIS_CLOSED tabs open"
		echo "  three minutes after (2-minute session timeout): $(mb "$EXPIRED"), $SESSIONS_EXPIRED sessions open"
	} | tee -a "$OPS_OUT/summary.txt"
	kill "$APP_PID"
	wait "$APP_PID" 2>/dev/null || true
	APP_PID=
done
