#!/usr/bin/env python3
"""The benchmark suite's driver (README "Benchmarks"), started by bench/run once the build and the tools are there.

It starts the marketplace in a domain of its own (H2, or MySQL/MariaDB when MARKETPLACE_DB_URL is set, as for the
application), seeds it through the operator's bulk import, loads it with wrk from a second process on loopback and
writes target/bench/results.md, results.json and latency.png. Every load runs after a warm-up of its own, at 16
connections for a fixed time; statement counts per request come from the Server-Timing header that the setting
marketplace.diagnostics.server-timing turns on.
"""
import argparse
import base64
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
PASSWORD = "Bench1234"
TAG = "b1"
HEAVY = f"p{TAG}0"
BACKLOG_CUSTOMER = "cbacklog"
BUFFER_POOL = 1 << 30  # the provider that holds a fifth of all orders: its lists are the ones measured


def log(message):
    print(f"[bench {datetime.datetime.now():%H:%M:%S}] {message}", flush=True)


class Marketplace:
    """The marketplace under test, driven through config/marketplace.sh and its HTTP API."""

    def __init__(self, port, admin_port, domain):
        self.port = port
        self.base = f"http://127.0.0.1:{port}"
        self.env = dict(os.environ, MARKETPLACE_HTTP_PORT=str(port), MARKETPLACE_ADMIN_PORT=str(admin_port),
                        MARKETPLACE_DOMAIN=domain, MARKETPLACE_DEMO_DATA="true",
                        # a scan every 5 s rather than 60 starts the backlog's burst soon after its import
                        MARKETPLACE_SETTINGS="marketplace.diagnostics.server-timing=true "
                                             "marketplace.order.auto-confirm-scan-seconds=5")
        self.domain_home = os.path.join(ROOT, "target", "runtime", "domains", domain)

    def script(self, *args):
        started = time.monotonic()
        subprocess.run([os.path.join(ROOT, "config", "marketplace.sh"), *args], env=self.env, check=True)
        return time.monotonic() - started

    def asadmin(self, *args):
        subprocess.run([os.path.join(ROOT, "target", "runtime", "payara6", "bin", "asadmin"), "--port",
                        self.env["MARKETPLACE_ADMIN_PORT"], *args], check=True, stdout=subprocess.DEVNULL)

    def pid(self):
        with open(os.path.join(self.domain_home, "config", "pid")) as f:
            return f.read().strip()

    def call(self, method, path, token=None, body=None, content_type="application/json", accept="application/json",
             timeout=900):
        headers = {"Accept": accept}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        data = None
        if body is not None:
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
            headers["Content-Type"] = content_type
        request = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read()

    def json(self, method, path, token=None, body=None, expect=200):
        status, _, payload = self.call(method, path, token, body)
        if status != expect:
            sys.exit(f"{method} {path} answered {status}, expected {expect}: {payload[:500]!r}")
        return json.loads(payload) if payload else None

    def token(self, login, password=PASSWORD):
        return self.json("POST", "/api/v1/auth/token", body={"login": login, "password": password})["token"]

    def import_file(self, token, kind, path, data_set):
        started = time.monotonic()
        with open(path, "rb") as f:
            status, _, payload = self.call("POST", f"/api/v1/imports/{kind}", token, f.read(),
                                           content_type="application/x-ndjson", timeout=3600)
        seconds = time.monotonic() - started
        if status != 200:
            sys.exit(f"import of {path} answered {status}: {payload[:1000]!r}")
        result = json.loads(payload)
        log(f"imported {result['imported']} {kind} from {os.path.basename(path)} in {seconds:.1f} s")
        return {"kind": kind, "set": data_set, "file": os.path.basename(path), "imported": result["imported"],
                "seconds": seconds}

    def statements(self, path, token=None, cookie=None):
        """The statement count of one request, from its Server-Timing header."""
        headers = {"Accept": "application/json" if path.startswith("/api/") else "text/html"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        if cookie:
            headers["Cookie"] = cookie
        with urllib.request.urlopen(urllib.request.Request(self.base + path, headers=headers), timeout=60) as r:
            timing = r.headers.get("Server-Timing", "")
        match = re.search(r'db;desc="(\d+) statements', timing)
        if not match:
            sys.exit(f"GET {path}: no statement count in Server-Timing {timing!r}; is the diagnostics setting on?")
        return int(match.group(1))

    def console_session(self, login):
        """Signs in on the console's login form and answers the session cookie for wrk."""
        jar = CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        page = opener.open(self.base + "/login.xhtml", timeout=60).read().decode()
        state = re.search(r'name="jakarta\.faces\.ViewState"[^>]*value="([^"]+)"', page).group(1)
        form = urllib.parse.urlencode({"login-form": "login-form", "login": login, "password": PASSWORD,
                                       "submit": "", "jakarta.faces.ViewState": state}).encode()
        opener.open(urllib.request.Request(self.base + "/login.xhtml", data=form), timeout=60).read()
        cookie = "; ".join(f"{c.name}={c.value}" for c in jar)
        check = urllib.request.Request(self.base + "/provider/orders.xhtml", headers={"Cookie": cookie})
        with urllib.request.urlopen(check, timeout=60) as r:
            if "login" in r.geturl():
                sys.exit(f"console sign-in of {login} failed")
        return cookie


def wrk(base, path, seconds, headers=(), script="report.lua", script_args=()):
    """One wrk run; answers its figures as printed by the Lua done() of bench/wrk/report.lua."""
    command = ["wrk", "-t2", "-c16", f"-d{seconds}s", "--timeout", "10s", "-s",
               os.path.join(BENCH, "wrk", script)]
    for header in headers:
        command += ["-H", header]
    command.append(base + path)
    if script_args:
        command += ["--", *script_args]
    output = subprocess.run(command, check=True, capture_output=True, text=True, cwd=os.path.join(BENCH, "wrk")).stdout
    line = next(l for l in output.splitlines() if l.startswith("{"))
    return json.loads(line)


class Results:
    def __init__(self):
        self.rows = []
        self.facts = {}

    def load(self, name, data, figures, statements=None, target=None):
        row = dict(name=name, data=data, statements=statements, target=target, **figures)
        self.rows.append(row)
        log(f"{name} [{data}]: {figures['rps']:.0f} req/s, p50 {figures['p50']:.1f} ms, p99 {figures['p99']:.1f} ms, "
            f"non-2xx {figures['bad']}" + (f", {statements} statements/request" if statements is not None else "")
            + (f", ceiling B beside it {figures['ceiling_b']:.0f} req/s" if "ceiling_b" in figures else ""))
        return row


CEILING_B = "/api/v1/health"
BESIDE_SECONDS = 8


def measure(m, results, name, data, path, warmup, seconds, headers=(), statements=None, target=None, beside=None,
            script="report.lua", script_args=()):
    """A load after its warm-up. One compared with ceiling B has B measured just before and just after it: this
    machine's speed drifts within a run (B has measured from 2 500 to 4 500 req/s), and a ratio holds only between
    figures of the same minutes. beside: compared with B though no target asks for it."""
    wrk(m.base, path, warmup, headers=headers, script=script, script_args=script_args)
    beside = beside or (target is not None and "of B" in target)
    before = wrk(m.base, CEILING_B, BESIDE_SECONDS)["rps"] if beside else None
    figures = wrk(m.base, path, seconds, headers=headers, script=script, script_args=script_args)
    if figures["bad"]:
        sys.exit(f"{name}: {figures['bad']} answers were not 2xx")
    if beside:
        figures["ceiling_b"] = (before + wrk(m.base, CEILING_B, BESIDE_SECONDS)["rps"]) / 2
    return results.load(name, data, figures, statements, target)


def cursor(product_id):
    """The API's page cursor: base64url of "k:<id>" (PageRequest)."""
    return base64.urlsafe_b64encode(f"k:{product_id}".encode()).decode().rstrip("=")


def transitions_file(out, password_hash, count, backlog):
    """A provider, a customer, an OPS product and `count` orders in each state a transition starts from; apart from
    them, twice `backlog` orders of a second customer already past their auto-confirm time (backlog-warm-up.ndjson,
    backlog-orders.ndjson)."""
    path = os.path.join(out, "transitions")
    os.makedirs(path, exist_ok=True)
    account = {"passwordHash": password_hash, "createdAt": "2024-01-01T10:00:00+08:00"}
    files = {
        "providers": [dict(account, login="ptxbench", displayName="基准服务商", mobile="13900000001",
                           agreementVersion="2026-01", agreementSignedAt="2024-01-01T10:05:00+08:00",
                           depositAmount="10000.00", depositPaidAt="2024-01-02T10:00:00+08:00")],
        "customers": [dict(account, login="ctxbench", displayName="基准用户", mobile="13900000002"),
                      dict(account, login=BACKLOG_CUSTOMER, displayName="积压用户", mobile="13900000003")],
        "products": [{"externalId": "P-tx", "provider": "ptxbench", "type": "OPS_SERVICE", "name": "基准运维服务",
                      "summary": "基准", "category": "运维服务", "description": "<p>基准</p>",
                      "plans": [{"name": "基础版", "price": {"amount": "99.00", "currency": "CNY"}}],
                      "serviceContact": {"name": "王强", "phone": "400-800-1234", "email": "service@example.com"},
                      "requirementForm": [], "requirementBeforeStart": False, "deliveryDays": 3, "warrantyDays": 30,
                      "createdAt": "2024-01-01T10:00:00+08:00"}],
    }
    orders = []
    for status in ("PENDING_START", "IN_PROGRESS", "AWAITING_CONFIRMATION"):
        for n in range(count):
            o = {"externalId": f"O-tx-{status}-{n}", "customer": "ctxbench", "product": "P-tx", "plan": "基础版",
                 "quantity": 1, "createdAt": "2025-07-01T09:00:00+08:00", "status": status}
            if status != "PENDING_START":
                o["startedAt"] = "2025-07-01T11:00:00+08:00"
            if status == "AWAITING_CONFIRMATION":
                o["completedAt"] = "2025-07-02T11:00:00+08:00"
                o["autoConfirmAt"] = "2030-01-01T00:00:00+08:00"
            orders.append(o)
    files["orders"] = orders
    for part in ("warm-up", "orders"):
        files[f"backlog-{part}"] = [
            {"externalId": f"O-backlog-{part}-{n}", "customer": BACKLOG_CUSTOMER, "product": "P-tx", "plan": "基础版",
             "quantity": 1, "createdAt": "2025-07-01T09:00:00+08:00", "status": "AWAITING_CONFIRMATION",
             "startedAt": "2025-07-01T11:00:00+08:00", "completedAt": "2025-07-02T11:00:00+08:00",
             "autoConfirmAt": "2025-07-12T11:00:00+08:00"} for n in range(backlog)]
    for kind, rows in files.items():
        with open(os.path.join(path, f"{kind}.ndjson"), "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def order_numbers(m, token, status):
    """Every order number of the caller in a status, oldest last, through the CSV export."""
    code, _, body = m.call("GET", f"/api/v1/orders?status={status}", token, accept="text/csv", timeout=600)
    if code != 200:
        sys.exit(f"CSV export of {status} answered {code}")
    lines = body.decode("utf-8-sig").splitlines()[1:]
    return [line.split(",", 1)[0] for line in lines if line]


WARMUP_WINDOW = 10
WARMUP_MIN = 60
WARMUP_MAX = 150


def transition(m, results, numbers, action, token, warmup, seconds, label, work):
    """Warm-up windows of 10 s, each on orders of its own, for at least a minute (or `warmup` seconds if longer), then
    until the rate stops climbing (a window no more than 5 % above the best of the three before it), at most
    WARMUP_MAX seconds: on 2 cores the JIT compiles the write path for minutes (starts climbed from 107 to 250 a second
    over three minutes), and a rule that looked at two windows only stopped at a short plateau (108, 133, 133). Then
    the measured run on the rest: every request moves a distinct order."""
    def run(part, duration):
        path = os.path.join(work, f"{action}.txt")
        with open(path, "w") as f:
            f.write("\n".join(part) + "\n")
        return wrk(m.base, "/", duration, headers=[f"Authorization: Bearer {token}"], script="transition.lua",
                   script_args=[path, action, "2"])

    def climbing():
        return len(rates) < 4 or rates[-1] > 1.05 * max(rates[-4:-1])

    used, rates, spent, size = 0, [], 0, 600 * WARMUP_WINDOW
    reserve = 1_000 * seconds
    while (spent < max(warmup, WARMUP_MIN) or (spent < WARMUP_MAX and climbing())) \
            and used + size + reserve <= len(numbers):
        figures = run(numbers[used:used + size], WARMUP_WINDOW)
        done = figures["requests"] - figures["bad"]
        used, spent = used + size, spent + WARMUP_WINDOW
        rates.append(done / WARMUP_WINDOW)
        size = max(2_000, 3 * done // 2)
    log(f"{action}: warm-up {spent} s, per second in its windows: {', '.join(f'{r:.0f}' for r in rates)}")
    rest = numbers[used:]
    figures = run(rest, seconds)
    if figures["bad"]:
        sys.exit(f"{action}: {figures['bad']} answers were not 2xx (more requests than orders? "
                 f"{len(rest)} orders for {seconds} s)")
    return results.load(label, f"{action} on distinct orders after {spent} s of warm-up", figures,
                        target=">= 300 req/s")


def pipeline_window(m, token_provider, token_customer, numbers, seconds, work):
    """All three transitions at once for `seconds`: the burst of events the notification pipeline must keep up with."""
    procs = []
    started = datetime.datetime.now(datetime.timezone.utc)
    for action, token, part in (("start", token_provider, numbers["start"]),
                                ("complete", token_provider, numbers["complete"]),
                                ("confirm", token_customer, numbers["confirm"])):
        path = os.path.join(work, f"pipeline-{action}.txt")
        with open(path, "w") as f:
            f.write("\n".join(part) + "\n")
        procs.append(subprocess.Popen(
            ["wrk", "-t1", "-c6", f"-d{seconds}s", "--timeout", "10s", "-s", os.path.join(BENCH, "wrk", "transition.lua"),
             "-H", f"Authorization: Bearer {token}", m.base + "/", "--", path, action, "1"],
            stdout=subprocess.PIPE, text=True, cwd=os.path.join(BENCH, "wrk")))
    sent = 0
    for p in procs:
        out, _ = p.communicate()
        figures = json.loads(next(l for l in out.splitlines() if l.startswith("{")))
        sent += figures["requests"] - figures["bad"]
    ended = datetime.datetime.now(datetime.timezone.utc)
    return started, ended, sent


def pipeline_backlog(m, operator, customer, path, count):
    """The burst the pipeline must drain: `count` orders imported past their auto-confirm time, which the next scan
    confirms 100 to a transaction, each an event for the customer and the provider. Unlike the transitions, whose HTTP
    requests produce events slower than the pipeline delivers them, this measures how fast the pipeline itself goes.
    Answers the window from the import to the customer's last inbox message."""
    unread = m.json("GET", "/api/v1/notifications/unread-count", customer)["unread"]
    started = datetime.datetime.now(datetime.timezone.utc)
    m.import_file(operator, "orders", path, "backlog")
    deadline = time.monotonic() + 900
    while m.json("GET", "/api/v1/notifications/unread-count", customer)["unread"] < unread + count:
        if time.monotonic() > deadline:
            sys.exit(f"the {count} auto-confirmations of the backlog did not all reach the inbox in 15 minutes")
        time.sleep(0.5)
    return started, datetime.datetime.now(datetime.timezone.utc)


def heap(pid):
    subprocess.run(["jcmd", pid, "GC.run"], check=True, capture_output=True)
    info = subprocess.run(["jcmd", pid, "GC.heap_info"], check=True, capture_output=True, text=True).stdout
    used = re.search(r"used (\d+)K", info)
    flags = subprocess.run(["jcmd", pid, "VM.flags"], check=True, capture_output=True, text=True).stdout
    maximum = re.search(r"MaxHeapSize=(\d+)", flags)
    return int(used.group(1)) // 1024, int(maximum.group(1)) // (1024 * 1024)


def sql(m, query, url=None):
    """Runs SQL on the marketplace's database through H2's shell (it takes Connector/J's URLs too); on H2 only while
    the server is stopped, since the file is the server's while it runs."""
    runtime = os.path.join(ROOT, "target", "runtime")
    classpath = os.path.join(runtime, "payara6", "h2db", "bin", "h2.jar") + ":" + os.path.join(
        runtime, "lib", "mysql-connector-j.jar")
    url = url or os.environ.get("MARKETPLACE_DB_URL") or "jdbc:h2:" + os.path.join(m.domain_home, "data", "marketplace")
    command = ["java", "-cp", classpath, "org.h2.tools.Shell", "-url", url,
               "-user", os.environ.get("MARKETPLACE_DB_USER", ""),
               "-password", os.environ.get("MARKETPLACE_DB_PASSWORD", ""), "-sql", query]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    # the shell prints a header line, then one line a row with " | " between cells, then "(n rows, t ms)"
    rows = [[cell.strip() for cell in line.split("|")] for line in out.splitlines()
            if line.strip() and not line.startswith("(")]
    return rows[1:]


def parse_time(text):
    return datetime.datetime.fromisoformat(text.strip().replace(" ", "T")[:26])


def pipeline_figures(m, started, ended):
    window = f"'{started:%Y-%m-%d %H:%M:%S.%f}' AND '{ended:%Y-%m-%d %H:%M:%S.%f}'"
    rows = sql(m, "SELECT o.occurred_at, MAX(i.created_at), COUNT(i.id) FROM outbox_event o "
                  "LEFT JOIN inbox_message i ON i.event_id = o.event_id "
                  f"WHERE o.aggregate_type = 'Order' AND o.occurred_at BETWEEN {window} "
                  "GROUP BY o.event_id, o.occurred_at")
    lags, missing, first, last, last_occurred = [], 0, None, None, None
    for occurred, delivered, count in rows:
        if delivered in ("", "null", "NULL") or count == "0":
            missing += 1
            continue
        at, done = parse_time(occurred), parse_time(delivered)
        lags.append((done - at).total_seconds() * 1000)
        first = at if first is None or at < first else first
        last_occurred = at if last_occurred is None or at > last_occurred else last_occurred
        last = done if last is None or done > last else last
    lags.sort()
    if not lags:
        sys.exit("no order event of the pipeline window reached an inbox")
    span = (last - first).total_seconds()
    return {"events": len(lags), "missing": missing, "events_per_s": len(lags) / span if span else 0,
            "lag_p50": lags[len(lags) // 2], "lag_p99": lags[min(len(lags) - 1, int(len(lags) * 0.99))],
            "lag_max": lags[-1], "committed_s": (last_occurred - first).total_seconds()}


def main():
    a = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    a.add_argument("--out", default=os.path.join(ROOT, "target", "bench"))
    a.add_argument("--port", type=int, default=int(os.environ.get("BENCH_HTTP_PORT", "8580")))
    a.add_argument("--orders", type=int, default=1_000_000)
    a.add_argument("--small-orders", type=int, default=10_000)
    a.add_argument("--products", type=int, default=100_000)
    a.add_argument("--warmup", type=int, default=int(os.environ.get("BENCH_WARMUP", "20")))
    a.add_argument("--seconds", type=int, default=int(os.environ.get("BENCH_SECONDS", "15")))
    # each transition measured needs an order of its own: two thirds of 150k leave 100k for a warm-up of up to 150 s and
    # the measured 15 s
    a.add_argument("--transition-orders", type=int, default=150_000)
    a.add_argument("--backlog-orders", type=int, default=6_000)
    args = a.parse_args()
    args.out = os.path.abspath(args.out)  # wrk runs in bench/wrk and reads its order numbers from here
    os.makedirs(args.out, exist_ok=True)
    data = os.path.join(args.out, "data")
    m = Marketplace(args.port, args.port - 8080 + 4848, "bench")
    results = Results()
    facts = results.facts
    facts["database"] = "MySQL/MariaDB " + os.environ["MARKETPLACE_DB_URL"] if os.environ.get("MARKETPLACE_DB_URL") \
        else "H2 file database in the domain"
    facts["started"] = datetime.datetime.now().isoformat(timespec="seconds")

    log(f"generating data in {data}")
    subprocess.run([sys.executable, os.path.join(BENCH, "generate-import.py"), "--out", data, "--tag", TAG,
                    "--providers", "1000", "--customers", "10000", "--products", str(args.products),
                    "--orders", str(args.orders), "--split", str(args.small_orders), "--heavy-share", "0.2"],
                   check=True)
    password_hash = json.loads(open(os.path.join(data, "providers.ndjson"), encoding="utf-8").readline())["passwordHash"]
    transitions = transitions_file(args.out, password_hash, args.transition_orders, args.backlog_orders)

    url = os.environ.get("MARKETPLACE_DB_URL")
    if url:
        # the numbers mean something only on a database that holds this run's data alone
        server, _, rest = url.rpartition("/")
        name = rest.split("?", 1)[0]
        if not name.startswith("bench"):
            sys.exit(f"MARKETPLACE_DB_URL names database '{name}': the benchmark drops and recreates its database, "
                     "so its name must start with 'bench' (e.g. jdbc:mysql://127.0.0.1:3306/bench)")
        log(f"recreating MySQL/MariaDB database {name}")
        sql(m, f"DROP DATABASE IF EXISTS {name}; CREATE DATABASE {name} CHARACTER SET utf8mb4 "
               "COLLATE utf8mb4_unicode_ci", url=server + "/")
        # a million orders' secondary indexes do not fit the default 128 MiB: every order would cost page reads,
        # and the import and the lists would measure the disk (README "Running on MySQL" asks for 1 GiB too)
        pool = int(sql(m, "SELECT @@innodb_buffer_pool_size", url=server + "/")[0][0])
        if pool < BUFFER_POOL:
            log(f"raising innodb_buffer_pool_size from {pool >> 20} MiB to {BUFFER_POOL >> 20} MiB until the "
                "database server restarts")
            sql(m, f"SET GLOBAL innodb_buffer_pool_size = {BUFFER_POOL}", url=server + "/")
        facts["buffer_pool_mb"] = max(pool, BUFFER_POOL) >> 20
    log("starting the marketplace in domain 'bench' (fresh)")
    facts["first_start_s"] = m.script("start", "--fresh")
    m.asadmin("deploy", "--force", "--contextroot", "ceiling", "--name", "bench-ceiling",
              os.path.join(BENCH, "ceiling", "target", "ceiling.war"))
    operator = m.token("operator", os.environ.get("MARKETPLACE_DEMO_PASSWORD", "Demo@2026"))

    imports = facts["imports"] = []
    for kind in ("providers", "customers", "products"):
        imports.append(m.import_file(operator, kind, os.path.join(data, f"{kind}.ndjson"), "main"))
    imports.append(m.import_file(operator, "orders", os.path.join(data, "orders-first.ndjson"), "main"))
    for kind in ("providers", "customers", "products", "orders"):
        imports.append(m.import_file(operator, kind, os.path.join(transitions, f"{kind}.ndjson"), "transitions"))

    provider = m.token(HEAVY)
    auth = [f"Authorization: Bearer {provider}"]
    cookie = m.console_session(HEAVY)
    w, s = args.warmup, args.seconds

    measure(m, results, "Ceiling A: trivial JAX-RS endpoint, no database", "-", "/ceiling/ping", w, s)
    measure(m, results, "Ceiling B: GET /api/v1/health (one trivial query)", "-", CEILING_B, w, s,
                        statements=m.statements("/api/v1/health"))
    # a word in many names finds its page at once; a name that only one product has is found by reading them all
    for label, q in (("a word in many names", "商品"), ("one product's name", f"商品 {TAG} 4242")):
        catalog = "/api/v1/catalog?q=" + urllib.parse.quote(q)
        # a fast answer that found nothing would measure nothing
        items = len(m.json("GET", catalog)["items"])
        if not items:
            sys.exit(f"GET {catalog} found no product")
        log(f"GET {catalog} finds {items} products on its first page")
        measure(m, results, f"Storefront GET /api/v1/catalog?q= ({label})", f"{args.products // 1000}k products",
                catalog, w, s, statements=m.statements(catalog), target=">= 50% of B")
    # the pages above are held for the storefront's generation after their first reading; this one starts every
    # search at another page, so each is read in the database: what a search costs that no customer made before
    catalog = "/api/v1/catalog?q=" + urllib.parse.quote("商品")
    newest = m.json("GET", catalog)["items"][0]["productId"]
    pages = (catalog, str(newest - args.products + 100), str(newest))
    measure(m, results, "Storefront GET /api/v1/catalog?q= (a word in many names, every request another page, "
            "none held)", f"{args.products // 1000}k products", catalog, w, s,
            statements=m.statements(catalog + "&cursor=" + cursor(newest - 1)), beside=True, script="pages.lua",
            script_args=pages)

    def order_lists(size_label, newest_id, oldest_id):
        first = "/api/v1/orders?status=COMPLETED"
        deep_id = oldest_id + (newest_id - oldest_id) // 10
        cursor = base64.urlsafe_b64encode(f"k:{deep_id}".encode()).decode().rstrip("=")
        deep = f"{first}&cursor={cursor}"
        measure(m, results, "Provider GET /api/v1/orders?status=COMPLETED, first page", size_label, first, w, s, auth,
                m.statements(first, provider), ">= 50% of B; 1M within 1.5x of 10k")
        measure(m, results, "Provider GET /api/v1/orders?status=COMPLETED, deep page (cursor at 90%)", size_label, deep,
                w, s, auth, m.statements(deep, provider), ">= 50% of B; 1M within 1.5x of 10k")
        page = "/provider/orders.xhtml?status=COMPLETED"
        measure(m, results, "Provider console /provider/orders.xhtml (lazy table, first page)", size_label, page, w, s,
                [f"Cookie: {cookie}"], m.statements(page, cookie=cookie), "1M within 1.5x of 10k")

    def newest_order_id():
        body = m.json("GET", "/api/v1/orders?status=COMPLETED&limit=1", provider)
        return int(base64.urlsafe_b64decode(body["nextCursor"] + "==").decode()[2:])

    small_newest = newest_order_id()
    small_oldest = max(1, small_newest - args.small_orders)
    order_lists(f"{args.small_orders // 1000}k orders", small_newest, small_oldest)

    tx_provider, tx_customer = m.token("ptxbench"), m.token("ctxbench")
    numbers = {action: order_numbers(m, token, status) for action, token, status in
               (("start", tx_provider, "PENDING_START"), ("complete", tx_provider, "IN_PROGRESS"),
                ("confirm", tx_customer, "AWAITING_CONFIRMATION"))}
    work = os.path.join(args.out, "work")
    os.makedirs(work, exist_ok=True)
    pipeline_share = {k: v[:len(v) // 3] for k, v in numbers.items()}
    solo = {k: v[len(v) // 3:] for k, v in numbers.items()}
    transition(m, results, solo["start"], "start", tx_provider, w, s, "Transition POST …/start", work)
    transition(m, results, solo["complete"], "complete", tx_provider, w, s, "Transition POST …/complete", work)
    transition(m, results, solo["confirm"], "confirm", tx_customer, w, s, "Transition POST …/confirm", work)
    log("pipeline: all three transitions at once")
    window = pipeline_window(m, tx_provider, tx_customer, pipeline_share, s, work)
    facts["pipeline_transitions"] = window[2]
    time.sleep(5)
    log(f"pipeline: a backlog of {args.backlog_orders} orders past their auto-confirm time, after one as its warm-up")
    backlog_customer = m.token(BACKLOG_CUSTOMER)
    for part in ("warm-up", "orders"):
        backlog = pipeline_backlog(m, operator, backlog_customer, os.path.join(transitions, f"backlog-{part}.ndjson"),
                                   args.backlog_orders)

    imports.append(m.import_file(operator, "orders", os.path.join(data, "orders-rest.ndjson"), "main"))
    large_newest = newest_order_id()
    order_lists(f"{(args.orders + 3 * args.transition_orders) // 1000}k orders", large_newest, small_oldest)

    facts["heap_live_mb"], facts["heap_max_mb"] = heap(m.pid())
    log(f"heap after the run: {facts['heap_live_mb']} MB live of {facts['heap_max_mb']} MB")
    server_log = os.path.join(m.domain_home, "logs", "server.log")
    facts["out_of_memory"] = "OutOfMemoryError" in open(server_log, encoding="utf-8", errors="replace").read()
    m.script("stop")
    facts["pipeline"] = pipeline_figures(m, window[0], window[1])
    log(f"pipeline: {facts['pipeline']}")
    facts["pipeline_backlog"] = pipeline_figures(m, backlog[0], backlog[1])
    log(f"pipeline backlog: {facts['pipeline_backlog']}")
    facts["start_s"] = m.script("start")
    log(f"start to healthy with {args.orders} orders: {facts['start_s']:.1f} s")
    m.script("stop")
    facts["ended"] = datetime.datetime.now().isoformat(timespec="seconds")

    with open(os.path.join(args.out, "results.json"), "w") as f:
        json.dump({"facts": facts, "rows": results.rows}, f, indent=2, ensure_ascii=False)
    subprocess.run([sys.executable, os.path.join(BENCH, "report.py"), args.out], check=True)
    print(open(os.path.join(args.out, "results.md"), encoding="utf-8").read())


if __name__ == "__main__":
    main()
