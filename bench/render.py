#!/usr/bin/env python3
"""render.py ROWS: bench/run's table and targets, as Markdown, from its rows.

ROWS is tab-separated: N, step, seconds, max RSS (KB), bytes of transcripts,
segments, note, CPU seconds, load average (1 min) at the start of the step.
Ratios are computed within one N (one run), never across runs.
"""
import re
import sys

STEPS_NO_RATE = ("init", "generate corpus", "run")
MEMORY_FLAT = ["ingest (+index)", "code auto", "code auto --all", "report", "agree (alice, bob)",
               "codings export (CSV)", "export qdpx"]
# A step measured again with a later binary is compared under its own name
# when both sizes have it.
LATER = {"export qdpx": "export qdpx (coding states spilled; rebuilt 12:16)"}
TOOLS = ("blevebase", "matchfloor", "rg ", "generate corpus", "search (in-process", "disk:", "run")


def num(x):
    try:
        return float(x)
    except (TypeError, ValueError):
        return 0.0


def load(path):
    sizes, rows = [], {}
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        f += [""] * (9 - len(f))
        n, step = f[0], f[1]
        if n not in rows:
            sizes.append(n)
            rows[n] = {}
        rows[n][step] = {"secs": num(f[2]), "rss": num(f[3]), "bytes": num(f[4]), "segs": num(f[5]),
                         "note": f[6], "cpu": f[7], "load": f[8]}
    return sizes, rows


def best_bleve(r):
    """The faster of the two bare-bleve baselines, by wall time."""
    cands = [(r[s]["secs"], s) for s in ("blevebase", "blevebase -builder") if s in r and r[s]["secs"] > 0]
    return min(cands)[1] if cands else None


def ratio(r, step, base):
    a, b = r[step], r[base]
    t = a["secs"] / b["secs"] if b["secs"] else 0
    c = num(a["cpu"]) / num(b["cpu"]) if num(b["cpu"]) else 0
    return t, c


def vs(r, step):
    out = []
    if step in ("ingest (+index)", "index --rebuild"):
        b = best_bleve(r)
        if b:
            t, c = ratio(r, step, b)
            out.append("%.2f× %s; CPU %.2f×" % (t, b, c))
    if step in ("code auto", "code auto --all"):
        if "matchfloor" in r:
            out.append("%.1f× matchfloor; CPU %.1f×" % ratio(r, step, "matchfloor"))
        if "rg -i -F -f rule-terms" in r:
            out.append("%.1f× rg -F" % ratio(r, step, "rg -i -F -f rule-terms")[0])
    if step == "code auto (1 code changed)" and "code auto" in r:
        out.append("%.3f× full code auto; CPU %.3f×" % ratio(r, step, "code auto"))
    return "; ".join(out)


def table(n, r):
    segs = max(v["segs"] for v in r.values())
    nbytes = max(v["bytes"] for v in r.values())
    if n == "demo":
        print("\n### The demo (43 interviews, `groundwork demo` end to end)\n")
    else:
        print("\n### N = %s interviews (%.1f MB of transcripts, %d segments)\n" % (n, nbytes / 1e6, segs))
    if "run" in r:
        print("Run: %s.\n" % r["run"]["note"])
    print("| step | time (s) | CPU (s) | load | MB/s | segments/s | max RSS (MB) | vs baseline (time; CPU) | notes |")
    print("|---|---:|---:|---:|---:|---:|---:|---|---|")
    for step, v in r.items():
        if step == "run":
            continue
        s = v["secs"]
        mbps = sps = ""
        rated = step not in STEPS_NO_RATE and not step.startswith(("search", "disk", "codings accept", "agree"))
        if s > 0 and v["bytes"] > 0 and rated and "1 transcript" not in step and "1 code" not in step:
            mbps = "%.2f" % (v["bytes"] / 1e6 / s)
        if s > 0 and segs > 0 and rated and not step.startswith("rg") and "1 transcript" not in step:
            sps = "%.0f" % (segs / s)
        rss = "%.0f" % (v["rss"] / 1024) if v["rss"] else ""
        secs = "%.3f" % s if s < 1 else "%.2f" % s
        if step.startswith("disk"):
            secs = ""
        print("| %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (step, secs, v["cpu"], v["load"], mbps, sps, rss,
                                                                 vs(r, step), v["note"]))


def lat(note):
    m50 = re.search(r"p50_ms=([0-9.]+)", note or "")
    m95 = re.search(r"p95_ms=([0-9.]+)", note or "")
    return (float(m50.group(1)), float(m95.group(1))) if m50 and m95 else (None, None)


def ok(c):
    return "met" if c else "**not met**"


def peak(r):
    cands = [(v["rss"], s) for s, v in r.items() if not s.startswith(TOOLS) and v["rss"]]
    return max(cands) if cands else (0, "")


def targets(rows):
    print("\n### Targets (issue 16)\n")
    print("| target | measured | |")
    print("|---|---|---|")
    r = rows.get("10000")
    if r:
        b = best_bleve(r)
        if b and "ingest (+index)" in r:
            t, c = ratio(r, "ingest (+index)", b)
            print("| ingest + index ≤ 1.1× best-configured bare bleve at 10,000 | %.2f× `%s` (CPU %.2f×; load %s vs %s) | %s |"
                  % (t, b, c, r["ingest (+index)"]["load"], r[b]["load"], ok(t <= 1.1)))
        if "matchfloor" in r and "code auto" in r:
            t, c = ratio(r, "code auto", "matchfloor")
            t2 = ratio(r, "code auto --all", "matchfloor")[0] if "code auto --all" in r else 0
            print("| full `code auto` ≤ 4× the matcher's floor at 10,000 | first run %.1f× (CPU %.1f×; load %s vs %s); `--all` %.1f× | %s |"
                  % (t, c, r["code auto"]["load"], r["matchfloor"]["load"], t2, ok(t <= 4)))
        e = r.get("code auto (1 transcript edited)")
        if e:
            print("| `code auto` after editing one transcript < 1 s at 10,000 | %.2f s, CPU %s s, load %s (%s) | %s |"
                  % (e["secs"], e["cpu"], e["load"], e["note"], ok(e["secs"] < 1)))
        for when in ("after ingest", "after rebuild"):
            v = r.get("search (in-process, 21 queries x 6, %s)" % when)
            if v:
                p50, p95 = lat(v["note"])
                if p50 is not None:
                    print("| search in-process p50 ≤ 10 ms, p95 ≤ 40 ms at 10,000, %s | p50 %.1f ms, p95 %.1f ms (load %s) | %s |"
                          % (when, p50, p95, v["load"], ok(p50 <= 10 and p95 <= 40)))
        v = r.get("search (CLI, 20 runs: p95)")
        if v:
            print("| CLI search p95 ≤ 150 ms (process start included) at 10,000 | %.0f ms (load %s) | %s |"
                  % (v["secs"] * 1000, v["load"], ok(v["secs"] <= 0.150)))
        for step, v in r.items():
            if "quiet re-run" not in step:
                continue
            if step.startswith("search (in-process"):
                p50, p95 = lat(v["note"])
                if p50 is not None:
                    print("| search in-process p50 ≤ 10 ms, p95 ≤ 40 ms at 10,000, %s | p50 %.1f ms, p95 %.1f ms (load %s) | %s |"
                          % (step[step.index("after"):-1], p50, p95, v["load"], ok(p50 <= 10 and p95 <= 40)))
            elif step.startswith("search (CLI"):
                print("| CLI search p95 ≤ 150 ms at 10,000 (%s) | %.0f ms (load %s) | %s |"
                      % (step[step.index("quiet"):-1], v["secs"] * 1000, v["load"], ok(v["secs"] <= 0.150)))
            elif step.startswith("code auto (1 transcript"):
                print("| `code auto` after editing one transcript < 1 s at 10,000 (%s) | %.2f s, CPU %s s, load %s | %s |"
                      % (step[step.index("quiet"):-1], v["secs"], v["cpu"], v["load"], ok(v["secs"] < 1)))
        rss, step = peak(r)
        print("| peak RSS < 512 MiB for every command at 10,000 | %.0f MiB (%s) | %s |" % (rss / 1024, step, ok(rss < 512 * 1024)))
    big = rows.get("100000")
    if big:
        rss, step = peak(big)
        missing = [s for s in MEMORY_FLAT if s not in big and LATER.get(s) not in big]
        verdict = ok(rss < 1024 * 1024)
        if missing and rss < 1024 * 1024:
            verdict = "not known (not measured: %s)" % ", ".join(missing)
        print("| peak RSS < 1 GiB for every command at 100,000 | %.0f MiB (%s) | %s |" % (rss / 1024, step, verdict))
        if r:
            parts, flat = [], True
            for s in MEMORY_FLAT:
                if LATER.get(s) in r and LATER.get(s) in big:
                    s = LATER[s]
                if s in r and s in big and r[s]["rss"]:
                    g = big[s]["rss"] / r[s]["rss"]
                    flat = flat and g <= 1.5
                    parts.append("%s %.0f → %.0f MiB (%.2f×)" % (s, r[s]["rss"] / 1024, big[s]["rss"] / 1024, g))
            if parts:
                print("| peak RSS flat (≤ 1.5×) from 10,000 to 100,000 | %s | %s |" % ("; ".join(parts), ok(flat)))
        steps = ["ingest (+index)", "index --rebuild", "code auto", "report"]
        done = ["%s %.0f s" % (s, big[s]["secs"]) for s in steps if s in big]
        print("| 100,000 interviews through ingest, code auto and report | %s | %s |"
              % ("; ".join(done) or "not run", ok(all(s in big for s in ("ingest (+index)", "code auto", "report")))))
    else:
        print("| 100,000 interviews through ingest, code auto and report | not run | **not met** |")


def main():
    sizes, rows = load(sys.argv[1])
    order = sorted((s for s in sizes if s != "demo"), key=int) + [s for s in sizes if s == "demo"]
    for n in order:
        table(n, rows[n])
    targets(rows)


if __name__ == "__main__":
    main()
