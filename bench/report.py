#!/usr/bin/env python3
"""Turns target/bench/results.json (written by bench/bench.py) into results.md and latency.png, judging every target
of the benchmark issue. Runs on its own too: `python3 bench/report.py target/bench`."""
import json
import os
import re
import subprocess
import sys


def verdict(ok):
    return "yes" if ok else "**no**"


def size_of(label):
    match = re.match(r"(\d+)k orders", label)
    return int(match.group(1)) * 1000 if match else None


def main(out):
    with open(os.path.join(out, "results.json"), encoding="utf-8") as f:
        results = json.load(f)
    facts, rows = results["facts"], results["rows"]
    ceiling_b = next(r for r in rows if r["name"].startswith("Ceiling B"))["rps"]
    by_name = {}
    for r in rows:
        by_name.setdefault(r["name"], []).append(r)

    lines = [f"# Benchmark results ({facts['started']} to {facts['ended']})", "",
             f"Database: {facts['database']}"
             + (f" (InnoDB buffer pool {facts['buffer_pool_mb']} MiB)" if "buffer_pool_mb" in facts else "")
             + f". Server heap limit {facts['heap_max_mb']} MB. Each load: wrk, 2 threads, "
             "16 connections, after a warm-up of its own, from a second process on loopback.", "",
             "A share of ceiling B compares a load with B measured just before and just after it (\"B beside\"): "
             "this machine's speed drifts within a run.", "",
             "| Measure | Data | req/s | p50 ms | p99 ms | statements per request | B beside, req/s | % of ceiling B "
             "| Target | Met |",
             "|---|---|---:|---:|---:|---:|---:|---:|---|---|"]
    for r in rows:
        target, met = r.get("target") or "", ""
        share = 100 * r["rps"] / r.get("ceiling_b", ceiling_b)
        checks = []
        if target and "50% of B" in target:
            checks.append(share >= 50)
        if target and "300 req/s" in target:
            checks.append(r["rps"] >= 300)
        if target and "1.5x" in target and size_of(r["data"]) and size_of(r["data"]) > 10_000:
            small = by_name[r["name"]][0]
            ratio = r["p50"] / small["p50"] if small["p50"] else 0
            r["ratio"] = ratio
            checks.append(ratio <= 1.5)
            target += f" (p50 {ratio:.2f}x, p99 {r['p99'] / small['p99']:.2f}x)"
        if checks:
            met = verdict(all(checks))
        statements = "" if r.get("statements") is None else str(r["statements"])
        compared = "" if r["name"].startswith("Transition") else f"{share:.0f}%"  # writes: no read ceiling applies
        beside = f"{r['ceiling_b']:.0f}" if "ceiling_b" in r else ""
        lines.append(f"| {r['name']} | {r['data']} | {r['rps']:.0f} | {r['p50']:.1f} | {r['p99']:.1f} | {statements} "
                     f"| {beside} | {compared} | {target} | {met} |")

    p, b = facts["pipeline"], facts["pipeline_backlog"]
    lines += ["", "| Fact | Value | Target | Met |", "|---|---|---|---|",
              f"| Notification pipeline under the three transitions at once, commit to inbox | {p['events_per_s']:.0f} "
              f"events/s over {p['events']} events ({facts['pipeline_transitions']} transitions), lag p50 "
              f"{p['lag_p50']:.0f} ms, p99 {p['lag_p99']:.0f} ms, max {p['lag_max']:.0f} ms, {p['missing']} events "
              f"without an inbox message | lag p99 < 1000 ms | {verdict(p['lag_p99'] < 1000 and not p['missing'])} |",
              f"| Notification pipeline draining a burst, commit to inbox | {b['events_per_s']:.0f} events/s over "
              f"{b['events']} auto-confirmations (the scan committed them in {b['committed_s']:.1f} s), "
              f"{b['missing']} events without an inbox message | >= 500 events/s "
              f"| {verdict(b['events_per_s'] >= 500 and not b['missing'])} |",
              f"| Live heap after the run (after a full GC) | {facts['heap_live_mb']} MB of {facts['heap_max_mb']} MB; "
              f"OutOfMemoryError in the log: {'yes' if facts['out_of_memory'] else 'no'} | whole suite in 512 MB "
              f"| {verdict(facts['heap_max_mb'] <= 512 and not facts['out_of_memory'])} |",
              f"| Start to healthy (`config/marketplace.sh start`, deployed domain, full data) | {facts['start_s']:.1f} s "
              f"| < 40 s | {verdict(facts['start_s'] < 40)} |",
              f"| First start (creates the domain, deploys, migrates) | {facts['first_start_s']:.1f} s | | |",
              "", "| Import (seeding) | Records | Seconds | Records/s |", "|---|---:|---:|---:|"]
    for i in facts["imports"]:
        lines.append(f"| {i['kind']} ({i['set']}: {i['file']}) | {i['imported']} | {i['seconds']:.1f} | "
                     f"{i['imported'] / i['seconds']:.0f} |")
    seeded = [i for i in facts["imports"] if i["file"].startswith("orders-")]
    total = sum(i["seconds"] for i in seeded)
    lines.append(f"| **orders of the main set, both files** | {sum(i['imported'] for i in seeded)} | {total:.1f} | "
                 f"target < 300 s: {verdict(total < 300)} |")
    with open(os.path.join(out, "results.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    chart(out, rows)


def chart(out, rows):
    """p50 and p99 of the order lists against the number of orders, as a PNG drawn by gnuplot."""
    series = {}
    for r in rows:
        size = size_of(r["data"])
        if size:
            short = ("console page" if "console" in r["name"] else "API deep page" if "deep" in r["name"]
                     else "API first page")
            series.setdefault(short, []).append((size, r["p50"], r["p99"]))
    data = os.path.join(out, "latency.dat")
    with open(data, "w") as f:
        for name, points in series.items():
            f.write(f'"{name}"\n')
            for size, p50, p99 in points:
                f.write(f"{size} {p50} {p99}\n")
            f.write("\n\n")
    plots = []
    for index, name in enumerate(series):
        plots.append(f"'{data}' index {index} using 1:2 with linespoints lw 2 title '{name} p50'")
        plots.append(f"'{data}' index {index} using 1:3 with linespoints dt 2 lw 2 title '{name} p99'")
    script = "\n".join([
        "set terminal pngcairo size 900,560 font 'sans,10'",
        f"set output '{os.path.join(out, 'latency.png')}'",
        "set title 'Provider order list: latency against the number of orders (16 connections)'",
        "set xlabel 'orders in the database'", "set ylabel 'latency (ms)'", "set logscale x",
        "set xrange [5000:2000000]", "set yrange [0:*]", "set grid", "set key outside right",
        "plot " + ", ".join(plots)])
    subprocess.run(["gnuplot"], input=script, text=True, check=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "target/bench")
