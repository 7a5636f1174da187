#!/usr/bin/env bash
# The browser tests drive Debian's Chromium at /usr/bin/chromium (a test tool's own browser
# download cannot work on our machines), and the patch tests run GNU patch. Installs what is
# missing when we are root; otherwise says exactly what to run. Used by `npm test` (pretest)
# and by .ci/run.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
command -v patch >/dev/null || missing+=(patch)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
	echo "Installing ${missing[*]} for the tests..." >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
	exit 0
fi
echo "The tests need: ${missing[*]}. On Debian: sudo apt-get install ${missing[*]}" >&2
if [[ " ${missing[*]} " == *" chromium "* ]]; then
	echo "(Chromium is looked for at $CHROMIUM; set CHROMIUM_PATH to another Chromium binary.)" >&2
fi
exit 1
