#!/usr/bin/env bash
# Two application nodes behind nginx on this machine (README, "Two nodes"): node a on port 8091, node b on
# 8092, one MariaDB database, nginx on 8090 with sticky sessions (src/ops/nginx.conf).
#
#   src/ops/two-nodes.sh [database]          e.g. src/ops/two-nodes.sh anwei_two; Ctrl-C stops all three
#
# Open http://127.0.0.1:8090. Logs: target/two-nodes/{a,b}.log and nginx-access.log (which node answered).
# Sourced by another script, it only defines start_two_nodes and stop_two_nodes.
TWO_NODES_PORT=${TWO_NODES_PORT:-8090}
NODE_A_PORT=${NODE_A_PORT:-8091}
NODE_B_PORT=${NODE_B_PORT:-8092}

# start_two_nodes <database>: nodes one after the other (the first creates the schema and the demo data),
# then nginx; sets NODE_A_PID and NODE_B_PID
start_two_nodes() {
	local db=$1
	create_database "$db"
	build_jar
	# forwarded headers trusted from the proxy on loopback: sign-in throttling and the audit log see
	# the user's address, not nginx's
	ANWEI_NODE_NAME=a start_app a "$NODE_A_PORT" "$db" --server.forward-headers-strategy=native
	NODE_A_PID=$APP_PID
	ANWEI_NODE_NAME=b start_app b "$NODE_B_PORT" "$db" --server.forward-headers-strategy=native
	NODE_B_PID=$APP_PID
	local out
	out=$(cd "$OPS_OUT" && pwd)
	sed -e "s|@OUT@|$out|g" -e "s|@PORT@|$TWO_NODES_PORT|g" -e "s|@PORT_A@|$NODE_A_PORT|g" \
		-e "s|@PORT_B@|$NODE_B_PORT|g" src/ops/nginx.conf > "$out/nginx.conf"
	nginx -p "$out" -c "$out/nginx.conf"
	echo "nginx on http://127.0.0.1:$TWO_NODES_PORT (node a: $NODE_A_PORT, node b: $NODE_B_PORT)"
}

stop_two_nodes() {
	local out
	out=$(cd "$OPS_OUT" && pwd)
	[ -f "$out/nginx.pid" ] && nginx -p "$out" -c "$out/nginx.conf" -s quit 2>/dev/null || true
	for pid in ${NODE_A_PID:-} ${NODE_B_PID:-}; do
		kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
	done
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
	set -euo pipefail
	cd "$(dirname "$0")/../.."
	OPS_OUT=target/two-nodes
	. src/ops/app.sh
	trap stop_two_nodes EXIT
	start_two_nodes "${1:-anwei_two}"
	echo "Ctrl-C stops nginx and both nodes"
	wait "$NODE_A_PID" "$NODE_B_PID"
fi
