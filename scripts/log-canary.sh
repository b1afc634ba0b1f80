#!/usr/bin/env bash
# Log canary (docs/security.md "Logs"): run the test suites, each module on its own, with every
# test JVM's output written to target/surefire-reports/*-output.txt, then look for canary
# personal data and secrets in those files and in the apps' log files (var/logs/*.log of
# ./run-demo). The LogCanaryTests of the three apps type these values into the real flows;
# the rest of the suite types the demo password everywhere.
#
#   scripts/log-canary.sh           run the tests, then check (about as long as ./mvnw verify)
#   scripts/log-canary.sh --check   only check what the last run left
#
# Exit status 0: none found; 1: found (the file and line are printed); 2: nothing to check.
set -euo pipefail
cd "$(dirname "$0")/.."

# keep in step with jp.sapporo.vaccinepass.test.LogCanary.values()
canaries=(
	CanaryTaro 金糸雀太郎 カナリアタロウ
	1969-07-20 1969/07/20 19690720
	CANARY0PP0720
	canary@example.jp canary%40example.jp
	CANARY0PASS
	011-555-0720
	CANARY0TOKEN CANARY0KEY CANARY0BOOKING
	sapporo-demo-2026 sapporo-demo-api-key
)
modules=(rules-engine db platform-web merchant-portal resident-app verifier-console)

if [[ "${1:-}" != "--check" ]]; then
	./mvnw -q install -DskipTests -Dspotbugs.skip=true
	for module in "${modules[@]}"; do
		rm -rf "$module/target/surefire-reports"
		./mvnw -q test -pl "$module" -Dspotbugs.skip=true -Dmaven.test.redirectTestOutputToFile=true
	done
fi

shopt -s nullglob
files=(*/target/surefire-reports/* var/logs/*.log)
if [[ ${#files[@]} -eq 0 ]]; then
	echo "log canary: no test output or log file to check; run without --check first" >&2
	exit 2
fi
pattern_file=$(mktemp)
trap 'rm -f "$pattern_file"' EXIT
printf '%s\n' "${canaries[@]}" >"$pattern_file"
if grep -n -F -f "$pattern_file" "${files[@]}" | cut -c1-300; then
	echo "log canary: canary personal data or a secret found in the files above" >&2
	exit 1
fi
echo "log canary: ${#files[@]} files checked, none of ${#canaries[@]} canary strings found"
