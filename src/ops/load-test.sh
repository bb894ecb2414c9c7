#!/usr/bin/env bash
# The load test on one machine (README, "Capacity"): the production jar on MariaDB (database anwei_load on
# 127.0.0.1:3306, root without password, as on the development machines), then the Gatling simulation
# WorkdaySimulation against it, with the CPU used by the application and by MariaDB sampled meanwhile.
#
#   src/ops/load-test.sh [users] [minutes]          e.g. src/ops/load-test.sh 200 10
#
# Results: target/gatling/<run>/index.html (Gatling's report), target/load/app.log, target/load/cpu.log.
# ANWEI_LOAD_DB, ANWEI_LOAD_PORT and ANWEI_LOAD_HEAP (2g) change the database, port and heap.
# ANWEI_LOAD_PROFILE=1 also records the application with Java Flight Recorder for two minutes once all users are
# there (target/load/app.jfr) and prints where its CPU went (src/ops/profile-summary.py).
set -euo pipefail
cd "$(dirname "$0")/../.."
USERS=${1:-200}
MINUTES=${2:-10}
DB=${ANWEI_LOAD_DB:-anwei_load}
PORT=${ANWEI_LOAD_PORT:-8081}
OPS_OUT=target/load
. src/ops/app.sh
create_database "$DB"
build_jar
HEAP=${ANWEI_LOAD_HEAP:-2g} start_app app "$PORT" "$DB"
APP=$APP_PID
SAMPLER=
PROFILER=
cleanup() {
	[ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null || true
	[ -n "$PROFILER" ] && kill "$PROFILER" 2>/dev/null || true
	kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true
}
trap cleanup EXIT

# CPU time of the application, of MariaDB and of the whole machine (busy, all cores), every 5 seconds
DBPID=$(pgrep -o -x mariadbd || pgrep -o -x mysqld || echo "")
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
(
	while true; do
		echo "$(date +%s) $(ticks "$APP") $( [ -n "$DBPID" ] && ticks "$DBPID" || echo 0) $(awk '/^cpu /{print $2+$3+$4+$7+$8+$9}' /proc/stat)"
		sleep 5
	done
) > "$OPS_OUT/cpu.log" &
SAMPLER=$!

if [ -n "${ANWEI_LOAD_PROFILE:-}" ]; then
	# two minutes of Java Flight Recorder once the users are all there (90 s after they start to arrive)
	rm -f "$OPS_OUT/app.jfr" "$OPS_OUT/started"
	(
		while [ ! -f "$OPS_OUT/started" ]; do sleep 2; done
		sleep 90
		"$JAVA_HOME/bin/jcmd" "$APP" JFR.start name=load settings=profile duration=120s filename="$PWD/$OPS_OUT/app.jfr"
	) > "$OPS_OUT/profiler.log" 2>&1 &
	PROFILER=$!
fi

STATUS=0
./mvnw -q -B -Pload test-compile gatling:test -Danwei.load.url="http://127.0.0.1:$PORT" -Danwei.load.users="$USERS" \
	-Danwei.load.minutes="$MINUTES" -Danwei.load.started-file="$PWD/$OPS_OUT/started" -Danwei.load.db-url="jdbc:mysql://127.0.0.1:3306/$DB?rewriteBatchedStatements=true" || STATUS=$?

echo "open tabs $(metric "$PORT" anwei_ui_open), sessions $(metric "$PORT" anwei_sessions_open) at the end"
# the busy part of the run: from 90 s after the users started to arrive (all there) to the end
awk -v hz="$(getconf CLK_TCK)" -v cores="$(nproc)" -v t0="$(cat "$OPS_OUT/started" 2>/dev/null || echo 0)" '$1 - t0 >= 90 && !s { s = 1; a = $2; d = $3; c = $4; ts = $1 }
	{ la = $2; ld = $3; lc = $4; lt = $1 }
	END { if (s && lt > ts) printf "CPU while loaded (%d s): application %.0f %%, MariaDB %.0f %% of one core; machine busy %.0f %% of %d cores\n",
		lt - ts, 100 * (la - a) / hz / (lt - ts), 100 * (ld - d) / hz / (lt - ts),
		100 * (lc - c) / hz / (lt - ts) / cores, cores }' "$OPS_OUT/cpu.log" | tee "$OPS_OUT/cpu-summary.txt"
if [ -f "$OPS_OUT/app.jfr" ]; then
	python3 src/ops/profile-summary.py "$OPS_OUT/app.jfr" "$JAVA_HOME/bin/jfr" | tee "$OPS_OUT/profile-summary.txt"
fi
exit $STATUS
