# Sourced by the benchmarks that need a running Threshold (bench/*/run): build it, start the build's WildFly with the
# default configuration (embedded H2 file database, embedded Artemis) and a fresh data directory under $work, deploy
# the EAR, wait for /health. Needs: $work (a directory the caller owns). Sets: $home (WildFly), $server (its pid),
# $password (the admin's), $key (the Kisi signature key set on the server: the webhook refuses unsigned events). The caller's EXIT trap should call stop_server.

build_threshold() {
    mvn -B -q package -DskipTests ${BENCH_MAVEN_ARGS:-}
    home=$(ls -d ear/target/server/wildfly-*)
}

start_server() {
    if (exec 3<>/dev/tcp/127.0.0.1/8080) 2>/dev/null; then echo "port 8080 is in use" >&2; exit 1; fi
    JAVA_OPTS="-Xms256m -Xmx1g -XX:+UseSerialGC -Djava.net.preferIPv4Stack=true ${BENCH_SERVER_OPTS:-}" \
      "$home/bin/standalone.sh" --read-only-server-config=standalone-full.xml \
      -Djboss.server.data.dir="$PWD/$work/data" -Djboss.server.log.dir="$PWD/$work/log" > "$work/console.log" 2>&1 &
    server=$!
    for _ in $(seq 1 120); do (exec 3<>/dev/tcp/127.0.0.1/9990) 2>/dev/null && break; sleep 0.5; done
    "$home/bin/jboss-cli.sh" -c --command="deploy $PWD/ear/target/threshold.ear" >/dev/null
    until curl -sf http://localhost:8080/health >/dev/null; do sleep 0.5; done
    generated=$(cat "$work/data/threshold/initial-admin-password")
    password="$generated-bench" # the generated password must be replaced before anything else (docs/security.md)
    curl -sf -u "admin:$generated" -X PUT -H 'Content-Type: application/json' http://localhost:8080/api/account/password \
      -d "{\"currentPassword\":\"$generated\",\"newPassword\":\"$password\"}" >/dev/null
    key=bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
    curl -sf -u "admin:$password" -X PUT -H 'Content-Type: application/json' http://localhost:8080/api/settings/kisi \
      -d "{\"organizationId\":\"12\",\"placeId\":\"34\",\"signatureKey\":\"$key\"}" >/dev/null
}

server_rss_mib() {
    local pid
    pid=$(pgrep -f "jboss-modules.jar.*jboss.server.data.dir=$PWD/$work/data" | head -1)
    echo $(( $(ps -o rss= -p "$pid") / 1024 ))
}

stop_server() {
    "$home/bin/jboss-cli.sh" -c --command=":shutdown" >/dev/null 2>&1 || true
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
}
