# Shared by the scripts in src/ops: build the production jar if the sources are newer, start it on MariaDB and wait
# until it is ready. Source it; then `start_app <name> <port> <database> [extra arguments]` sets APP_PID.
# MariaDB on 127.0.0.1:3306 as root without password (the development machines' set-up); JAVA_HOME defaults to the
# Temurin 25 JDK.
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAR=target/anwei-duban-0.1.0-SNAPSHOT.jar
OPS_OUT=${OPS_OUT:-target/ops}
mkdir -p "$OPS_OUT"

build_jar() {
	# (frontend/generated is written by the build itself)
	if [ ! -f "$JAR" ] || [ -n "$(find src/main db pom.xml frontend -path frontend/generated -prune -o -newer "$JAR" -type f \
		-print -quit)" ]; then
		echo "building the production jar"
		./mvnw -q -B -Pproduction package -DskipTests
	fi
}

create_database() {
	mysql -uroot -h127.0.0.1 -e "CREATE DATABASE IF NOT EXISTS $1 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
}

# start_app <name> <port> <database> [arguments for the application]: logs to $OPS_OUT/<name>.log
start_app() {
	local name=$1 port=$2 db=$3
	shift 3
	SPRING_PROFILES_ACTIVE=${SPRING_PROFILES_ACTIVE:-mysql,demo} DB_URL="jdbc:mysql://127.0.0.1:3306/$db" DB_USER=root \
		DB_PASSWORD= ANWEI_METRICS_TOKEN=${ANWEI_METRICS_TOKEN:-ops-scrape-token-0123456789abcdef0123} \
		"$JAVA_HOME/bin/java" -Xms"${HEAP:-2g}" -Xmx"${HEAP:-2g}" -jar "$JAR" --server.port="$port" "$@" \
		> "$OPS_OUT/$name.log" 2>&1 &
	APP_PID=$!
	for _ in $(seq 1 240); do
		if curl -sf "http://127.0.0.1:$port/actuator/health/readiness" > /dev/null; then
			echo "$name ready on port $port (pid $APP_PID)"
			return 0
		fi
		if ! kill -0 "$APP_PID" 2>/dev/null; then
			tail -40 "$OPS_OUT/$name.log"
			return 1
		fi
		sleep 1
	done
	echo "$name did not become ready in 4 minutes" >&2
	return 1
}

# metric <port> <name>: the metric's value(s) from /actuator/prometheus
metric() {
	curl -s -H "Authorization: Bearer ${ANWEI_METRICS_TOKEN:-ops-scrape-token-0123456789abcdef0123}" \
		"http://127.0.0.1:$1/actuator/prometheus" | grep -E "^$2(\{| )" | awk '{s += $NF} END {print s + 0}'
}

# live_heap <pid>: bytes on the heap after a full collection (jmap -histo:live collects first)
live_heap() {
	"$JAVA_HOME/bin/jmap" -histo:live "$1" | awk '/^Total/ {print $3}'
}
