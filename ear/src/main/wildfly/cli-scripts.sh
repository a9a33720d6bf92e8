#!/usr/bin/env bash
# Makes the CLI scripts the build runs and the release bundle carries from the one body of commands, configure.cli
# (jboss-cli has no "include"), under <target>/cli/:
#   configure-embedded.cli  the build's: embed-server, modules.cli, configure.cli, stop-embedded-server (run offline
#                           on ear/target/server by ear/pom.xml, with ear/target/ as working directory)
#   install.cli             the operator's: a reload to admin-only, configure.cli, a reload to normal (jboss-cli.sh
#                           --connect on a running WildFly)
# Usage: cli-scripts.sh <ear/target>
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$1/cli
mkdir -p "$out"

{
  echo "# Made by the build from modules.cli and configure.cli (ear/src/main/wildfly/cli-scripts.sh): edit those."
  echo "embed-server --server-config=standalone-full.xml --std-out=discard"
  cat "$here/modules.cli"
  echo
  cat "$here/configure.cli"
  echo
  echo "stop-embedded-server"
} >"$out/configure-embedded.cli"

{
  cat <<'HEAD'
# Threshold's configuration for a running WildFly 39 started with standalone-full.xml, applied in one go:
#   $JBOSS_HOME/bin/jboss-cli.sh --connect --timeout=120000 --file=install.cli
# after copying the bundle's modules/ into $JBOSS_HOME/modules/ (INSTALL.md; --timeout=120000 lets the CLI wait for the
# reloads). It reloads the server into admin-only mode, configures it and reloads it back; then deploy
# threshold.ear. Run it once, on a server without Threshold's configuration (a second run fails: resources exist).
# Made by the build from ear/src/main/wildfly/configure.cli, the same commands the build's own server gets.

HEAD
  echo "# --- Admin-only while it is configured, as the build's embedded server is: a running server would refuse,"
  echo "# e.g., a security realm on a datasource added in the same batch (its service is not up before the batch ends)."
  echo "reload --admin-only=true"
  echo
  cat "$here/configure.cli"
  echo
  echo "# --- Back to normal mode: the configuration takes effect."
  echo "reload"
} >"$out/install.cli"
