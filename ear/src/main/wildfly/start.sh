#!/usr/bin/env bash
# Starts the build's WildFly with Threshold deployed, in the foreground (Ctrl-C stops it).
# Used by `mvn -Pstart package` (see README.md); also runnable by hand:
#   ear/src/main/wildfly/start.sh ear/target/server/wildfly-<version> ear/target/threshold.ear
# The configuration is opened read-only, so the deployment is never written into standalone-full.xml.
# THRESHOLD_DEMO_ENABLED=true (set by the -Pstart profile) turns the demo on: demo camera and Kisi stand-in.
set -euo pipefail

jboss_home=$(cd "$1" && pwd)
ear=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
data_dir=${THRESHOLD_DATA_DIR:-$jboss_home/standalone/data}
mgmt=${THRESHOLD_MANAGEMENT:-localhost:9990}

if curl -s -o /dev/null "http://localhost:8080/" 2>/dev/null; then
  echo "Port 8080 is taken: is Threshold (or another server) already running?" >&2
  exit 1
fi

export JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx1g -XX:+UseSerialGC -Djava.net.preferIPv4Stack=true}"
"$jboss_home/bin/standalone.sh" --read-only-server-config=standalone-full.xml \
    -Djboss.server.data.dir="$data_dir" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null' INT TERM

for _ in $(seq 1 120); do
  if "$jboss_home/bin/jboss-cli.sh" --controller="$mgmt" -c --command=":read-attribute(name=server-state)" \
      2>/dev/null | grep -q running; then
    break
  fi
  sleep 1
done
"$jboss_home/bin/jboss-cli.sh" --controller="$mgmt" -c --command="deploy --force $ear"

cat <<MSG

  Threshold is running.
    Console:        http://localhost:8080/ui/   (user: admin)
    Admin password: $data_dir/threshold/initial-admin-password  (written on first start)
    Kisi webhook:   POST http://localhost:8080/kisi/events
    Health:         http://localhost:8080/health
  Ctrl-C stops the server.

MSG
if [ "${THRESHOLD_DEMO_ENABLED:-false}" = true ]; then
  cat <<MSG
  The demo is on: the camera "Demo camera" shows "Demo door", where people badge in (sometimes two on one
  badge) every few seconds; a stand-in for Kisi posts their signed unlocks. Watch the labels arrive:
    http://localhost:8080/ui/   or   GET http://localhost:8080/api/labels?q=demo%20door
  (README.md, "The demo"). Start without it: mvn -B -Pstart -DskipTests -Dthreshold.demo=false package

MSG
fi
wait $server
