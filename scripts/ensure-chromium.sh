#!/usr/bin/env bash
# The browser tests drive Debian's Chromium at /usr/bin/chromium (a test tool's own browser
# download cannot work on our machines). Installs it when missing and we are root; otherwise
# says exactly what to run. Used by `npm test` (pretest) and by .ci/run.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
	echo "Installing Debian's chromium for the browser tests..." >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends chromium >/dev/null
	exit 0
fi
echo "The browser tests need Chromium at $CHROMIUM. On Debian: sudo apt-get install chromium" >&2
echo "(or set CHROMIUM_PATH to another Chromium binary)." >&2
exit 1
