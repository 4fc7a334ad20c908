# Shared by ./agritrace, ./agritrace-cli, product/scripts/run-tests, bench/run and .ci/run.
# Source it; it defines functions and AGRITRACE_HOME, nothing runs.

AGRITRACE_HOME=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# The products the product module materialises: the workbench (./agritrace; the
# headless, workbench and language features) and the command line
# (./agritrace-cli; the headless feature alone, no SWT or GTK).
AGRITRACE_PRODUCT="$AGRITRACE_HOME/product/target/products/io.agritrace.product/linux/gtk/x86_64"
AGRITRACE_CLI_PRODUCT="$AGRITRACE_HOME/product/target/products/io.agritrace.cli.product/linux/gtk/x86_64"
AGRITRACE_MIN_JAVA=21

# Major version of the java at $1 (17, 21, 25, ...), or nothing.
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}

# Exports JAVA_HOME as a JDK >= 21: the current JAVA_HOME if it is one, else the
# newest under /usr/lib/jvm, /opt/java or /opt. Tycho 5, Eclipse 4.39 and web3j
# 4.14 all need Java 21.
require_jdk() {
  local candidate best="" best_major=0 major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/* /opt/*jdk*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge "$AGRITRACE_MIN_JAVA" ]; then
      if [ "$candidate" = "${JAVA_HOME:-}" ]; then best=$candidate; break; fi
      if [ "$major" -gt "$best_major" ]; then best=$candidate; best_major=$major; fi
    fi
  done
  if [ -z "$best" ]; then
    echo "AgriTrace needs a JDK $AGRITRACE_MIN_JAVA or newer; none found in JAVA_HOME, /usr/lib/jvm or /opt." >&2
    echo "Install one (e.g. a Temurin JDK 25) or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME=$best
}

# Starts Xvfb for the UI (tests, benchmarks) unless there is a display; it
# stops when the calling script exits.
ensure_display() {
  [ -z "${DISPLAY:-}" ] || return 0
  if ! command -v Xvfb >/dev/null; then
    echo "The workbench needs a display: install Xvfb (apt-get install -y xvfb) or set DISPLAY." >&2
    return 1
  fi
  local display=99
  while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
  Xvfb ":$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
  AGRITRACE_XVFB_PID=$!
  trap 'kill "$AGRITRACE_XVFB_PID" 2>/dev/null || true' EXIT
  export DISPLAY=":$display"
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
}

# Builds the products unless the one at $1 (default: the workbench's) is there
# already (skips tests: that is run-tests' job).
ensure_product() {
  if ! ls "${1:-$AGRITRACE_PRODUCT}"/plugins/org.eclipse.equinox.launcher_*.jar >/dev/null 2>&1; then
    echo "Building AgriTrace (first run; later runs start at once)..." >&2
    (cd "$AGRITRACE_HOME" && ./mvnw -B -q -DskipTests package) >&2
  fi
}

# Prints "-nl zh" or "-nl en" when the workspace at $1 chose its language in
# Preferences > General (the workbench writes it to this preference file).
workspace_language() {
  local prefs="$1/.metadata/.plugins/org.eclipse.core.runtime/.settings/io.agritrace.ui.prefs" language
  language=$(sed -n 's/^language=\(zh\|en\)$/\1/p' "$prefs" 2>/dev/null | head -n 1)
  if [ -n "$language" ]; then echo "-nl $language"; fi
}

# The GTK language for the language the workbench starts in ($1: "-nl zh",
# "-nl en" or nothing): GTK's own dialogs (the file chooser) take their words
# from gettext, which reads LANGUAGE (unless the locale is plain C), not -nl.
gtk_language() {
  case "$1" in
    "-nl zh"*) echo "zh_CN:zh" ;;
    "-nl en"*) echo "en" ;;
  esac
}

# LC_ALL for the application: as it is, but a plain C locale (in which
# gettext ignores LANGUAGE) becomes C.UTF-8.
gtk_locale() {
  case "$1" in
    C | POSIX) echo "C.UTF-8" ;;
    *) echo "$1" ;;
  esac
}

# Starts the application $2 of the product at $1 with the remaining arguments,
# again whenever it asks for a restart (exit code 23, as after a change of language).
# Without -data the workspace is ~/agritrace-workspace; without -nl the
# language is the workspace's choice, else the system's. Installs the managed
# local chain (anvil, pinned npm package) when it is missing and npm is there.
# AGRITRACE_VM_ARGS adds JVM options, e.g. -Dagritrace.jdbc.url=... ; the array
# AGRITRACE_PRODUCT_VM_OPTIONS holds the calling script's own, before them.
launch_product() {
  local product=$1 application=$2; shift 2
  local args=("$@") data="" i
  for ((i = 0; i < ${#args[@]}; i++)); do
    if [ "${args[i]}" = -data ]; then data=${args[i + 1]:-}; fi
  done
  if [ -z "$data" ]; then
    data="$HOME/agritrace-workspace"
    args=(-data "$data" "${args[@]}")
  fi
  local launcher
  launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
  local anvil="$AGRITRACE_HOME/plugins/io.agritrace.chain/contract/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil"
  if [ ! -x "$anvil" ] && command -v npm >/dev/null; then
    echo "Installing the local chain (anvil) from the npm registry (first run only)..." >&2
    (cd "$AGRITRACE_HOME/plugins/io.agritrace.chain/contract" && npm ci --no-audit --no-fund --silent) >&2 || true
  fi
  local language rc chosen gtk
  while true; do
    language=()
    case " ${args[*]} " in
      *" -nl "*) chosen=$(echo " ${args[*]} " | sed -n 's/.* \(-nl [a-zA-Z_]*\) .*/\1/p') ;;
      *) read -r -a language <<< "$(workspace_language "$data")"; chosen="${language[*]}" ;;
    esac
    gtk=$(gtk_language "$chosen")
    rc=0
    # GTK's overlay scroll bars show only under the pointer: at 1280 x 800 a clerk saw no sign that the
    # shipping page scrolls to its date and time. Classic bars show that a page or a graph goes on.
    GTK_OVERLAY_SCROLLING=0 LANGUAGE=${gtk:-${LANGUAGE:-}} LC_ALL=$(gtk_locale "${LC_ALL:-}") "$JAVA_HOME/bin/java" -Xmx2g -Djava.util.logging.config.file="$AGRITRACE_HOME/product/logging.properties" \
      -Dagritrace.anvil="$anvil" ${AGRITRACE_PRODUCT_VM_OPTIONS[@]+"${AGRITRACE_PRODUCT_VM_OPTIONS[@]}"} \
      ${AGRITRACE_VM_ARGS:-} -jar "$launcher" \
      -application "$application" "${language[@]}" "${args[@]}" || rc=$?
    [ "$rc" -eq 23 ] || return "$rc"
  done
}
