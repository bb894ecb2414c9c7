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

# upload_file <port> <database> <file>: a load-test liaison (src/load, LoadSeed) reports on one of their
# department's tasks with the file attached, through the API of the node on <port>; sets TOKEN, TASK and
# ATTACHMENT (the file's id), for download_sha256
upload_file() {
	local port=$1 db=$2 file=$3 version
	local user
	user=$(mysql -uroot -h127.0.0.1 -N -B "$db" -e "SELECT u.username FROM app_user u WHERE u.username LIKE 'load-%'
		AND EXISTS (SELECT 1 FROM task t WHERE t.lead_department_id = u.department_id AND t.status = 'IN_PROGRESS')
		ORDER BY u.id LIMIT 1")
	TOKEN="adb_$(printf 'load-test %s' "${user#load-}" | sha256sum | cut -c1-40)"
	TASK=$(mysql -uroot -h127.0.0.1 -N -B "$db" -e "SELECT t.id FROM task t JOIN app_user u
		ON u.department_id = t.lead_department_id WHERE u.username = '$user' AND t.status = 'IN_PROGRESS' LIMIT 1")
	version=$(curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$port/api/v1/tasks/$TASK" | json 'd["version"]')
	ATTACHMENT=$(curl -sf -H "Authorization: Bearer $TOKEN" -F version="$version" -F kind=PROGRESS \
		-F text="附件检查 $(basename "$file")" -F "files=@$file;type=application/pdf" \
		"http://127.0.0.1:$port/api/v1/tasks/$TASK/reports" \
		| json "[a for r in d['reports'] for a in r['attachments'] if a['filename'] == '$(basename "$file")'][-1]['id']")
}

# download_sha256 <base url>: the SHA-256 of the uploaded file as downloaded through the API at <base url>
download_sha256() {
	curl -sf -H "Authorization: Bearer $TOKEN" "$1/api/v1/tasks/$TASK/attachments/$ATTACHMENT" | sha256sum | cut -c1-64
}

# a file a report may carry (a PDF, as Tika sees it) of about <bytes> random bytes
make_pdf() {
	{ printf '%%PDF-1.4\n%% Anwei Duban operations check\n'; head -c "$2" /dev/urandom | base64; } > "$1"
}

json() {
	python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"
}
