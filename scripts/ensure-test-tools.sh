#!/usr/bin/env bash
# The XLIFF/TMX interchange tests (issue 11) check locdiff's output with other people's tools:
# xmllint (libxml2-utils) against the OASIS schemas that php-symfony-translation ships, and
# translate-toolkit (Debian's python3). Installs them when missing and we are root; otherwise
# says what to run (the tests then skip with a message). Used by `npm test` (pretest) and .ci/run.
set -euo pipefail
SCHEMAS=/usr/share/php/Symfony/Component/Translation/Resources/schemas
have_all() {
	command -v xmllint >/dev/null &&
		[ -f "$SCHEMAS/xliff-core-2.0.xsd" ] &&
		/usr/bin/python3 -c 'import translate.storage.tmx' 2>/dev/null
}
have_all && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
	echo "Installing xmllint, the XLIFF schemas and translate-toolkit for the interchange tests..." >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends libxml2-utils php-symfony-translation translate-toolkit >/dev/null
	exit 0
fi
echo "The XLIFF/TMX tests use xmllint, the XLIFF schemas and translate-toolkit; they skip without them." >&2
echo "On Debian: sudo apt-get install libxml2-utils php-symfony-translation translate-toolkit" >&2
exit 0
