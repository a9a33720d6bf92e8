#!/usr/bin/env bash
# Makes the CLI scripts the build runs and the release bundle carries from the one body of commands, configure.cli
# (jboss-cli has no "include"), under <target>/cli/:
#   configure-embedded.cli  the build's: embed-server, modules.cli, configure.cli, stop-embedded-server (run offline
#                           on ear/target/server by ear/pom.xml, with ear/target/ as working directory)
#   install.cli             the operator's: configure.cli, then reload (jboss-cli.sh --connect on a running WildFly)
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
#   $JBOSS_HOME/bin/jboss-cli.sh --connect --file=install.cli
# after copying the bundle's modules/ into $JBOSS_HOME/modules/ (INSTALL.md). It ends with a reload; then deploy
# threshold.ear. Run it once, on a server without Threshold's configuration (a second run fails: resources exist).
# Made by the build from ear/src/main/wildfly/configure.cli, the same commands the build's own server gets.

HEAD
  cat "$here/configure.cli"
  echo
  echo "# --- The configuration takes effect."
  echo "reload"
} >"$out/install.cli"
