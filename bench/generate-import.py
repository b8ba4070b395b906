#!/usr/bin/env python3
"""Writes the four NDJSON files of a migration import (README "Importing data"): providers, customers, products and
orders of a made-up source marketplace, for the benchmarks' seed and for trying an import.

    bench/generate-import.py --out target/import --providers 1000 --customers 10000 --products 100000 --orders 1000000

Every provider and customer gets the same password (--password, default Bench1234) as a PBKDF2 hash computed once, so
the benchmarks can sign in as any of them. Keys carry --tag so several sets can be imported into one database. Orders
are written oldest first (ids then follow purchase time) and spread over statuses with their history. The output is
the same for the same arguments (--seed). --heavy-share gives one provider (p<tag>0) that share of all orders, so that
its lists grow with the data; --split N writes the first N orders and the rest to two files (the benchmarks measure
between them)."""
import argparse
import base64
import datetime
import hashlib
import json
import os
import random

PLANS = [("基础版", "99.00"), ("高级版", "299.00")]
TYPES = ["OPS_SERVICE"] * 5 + ["SOFTWARE_SERVICE"] * 3 + ["IMAGE"] * 2
CN = datetime.timezone(datetime.timedelta(hours=8))


def password_hash(password, iterations=210_000):
    salt = os.urandom(16)
    key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations, 32)
    return f"pbkdf2-sha256${iterations}${base64.b64encode(salt).decode()}${base64.b64encode(key).decode()}"


def when(t):
    return t.isoformat(timespec="seconds")


def mobile(rng):
    return "13" + str(rng.randrange(10**9)).zfill(9)


def product(i, tag, provider):
    kind = TYPES[i % len(TYPES)]
    p = {"externalId": f"P-{tag}-{i}", "provider": provider, "type": kind, "name": f"商品 {tag} {i}",
         "summary": "迁移自原平台的商品", "category": "运维服务" if kind == "OPS_SERVICE" else "企业应用",
         "description": "<p>7×24 小时服务，含巡检、加固与故障处理。</p>",
         "plans": [{"name": n, "price": {"amount": a, "currency": "CNY"}} for n, a in PLANS],
         "serviceContact": {"name": "王强", "phone": "400-800-1234", "email": "service@example.com"},
         "createdAt": "2023-12-01T10:00:00+08:00"}
    if kind == "OPS_SERVICE":
        p.update(requirementForm=[{"name": "host", "label": "服务器地址", "type": "TEXT", "required": True}],
                 requirementBeforeStart=False, deliveryDays=3, warrantyDays=30)
    elif kind == "SOFTWARE_SERVICE":
        p.update(version="3.2", licenseType="SUBSCRIPTION")
    else:
        p.update(os="Ubuntu 22.04", architecture="X86_64", imageReference=f"img-{tag}-{i}")
    if i % 20 == 19:
        p.update(status="DELISTED", delistedAt="2024-06-01T10:00:00+08:00")
    return p


def order(n, tag, rng, customers, products, providers, heavy_share, start, span):
    if rng.random() < heavy_share:  # one of the first provider's products: i % providers == 0
        i = rng.randrange(max(products // providers, 1)) * providers
    else:
        i = rng.randrange(products)
    created = start + datetime.timedelta(seconds=span * n)
    o = {"externalId": f"O-{tag}-{n}", "customer": f"c{tag}{rng.randrange(customers)}",
         "product": f"P-{tag}-{i}", "plan": PLANS[n % 2][0], "quantity": 1 + n % 3, "createdAt": when(created)}
    if TYPES[i % len(TYPES)] != "OPS_SERVICE":
        return o
    roll = rng.random()
    status = ("PENDING_START" if roll < 0.1 else "IN_PROGRESS" if roll < 0.2
              else "AWAITING_CONFIRMATION" if roll < 0.3 else "COMPLETED")
    o["status"] = status
    o["requirement"] = {"host": f"10.0.{n % 250}.{i % 250}"}
    if status != "PENDING_START":
        o["startedAt"] = when(created + datetime.timedelta(hours=2))
    if status in ("AWAITING_CONFIRMATION", "COMPLETED"):
        o["completedAt"] = when(created + datetime.timedelta(hours=30))
    if status == "AWAITING_CONFIRMATION":
        o["autoConfirmAt"] = "2030-01-01T00:00:00+08:00"  # not due at once: nobody is notified by the import's side effects
    if status == "COMPLETED":
        o["confirmedAt"] = when(created + datetime.timedelta(hours=50))
    return o


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")))
            f.write("\n")


def main():
    a = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    a.add_argument("--out", default="target/import")
    a.add_argument("--tag", default="b1", help="part of every key and login (lower-case letters and digits)")
    a.add_argument("--providers", type=int, default=1000)
    a.add_argument("--customers", type=int, default=10000)
    a.add_argument("--products", type=int, default=100000)
    a.add_argument("--orders", type=int, default=1000000)
    a.add_argument("--password", default="Bench1234")
    a.add_argument("--seed", type=int, default=7)
    a.add_argument("--split", type=int, default=0,
                   help="write the first N orders to orders-first.ndjson and the rest to orders-rest.ndjson")
    a.add_argument("--heavy-share", type=float, default=0.0,
                   help="share of the orders that go to the first provider's products (a large provider's lists)")
    args = a.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    hashed = password_hash(args.password)
    t = args.tag
    write(f"{args.out}/providers.ndjson", ({"login": f"p{t}{i}", "displayName": f"服务商 {t} {i}", "mobile": mobile(rng),
                                           "passwordHash": hashed, "createdAt": "2023-11-01T10:00:00+08:00",
                                           "agreementVersion": "2026-01", "agreementSignedAt": "2023-11-01T10:05:00+08:00",
                                           "depositAmount": "10000.00", "depositPaidAt": "2023-11-02T10:00:00+08:00"}
                                          for i in range(args.providers)))
    write(f"{args.out}/customers.ndjson", ({"login": f"c{t}{i}", "displayName": f"用户 {t} {i}", "mobile": mobile(rng),
                                           "passwordHash": hashed, "createdAt": "2023-11-15T10:00:00+08:00"}
                                          for i in range(args.customers)))
    write(f"{args.out}/products.ndjson", (product(i, t, f"p{t}{i % args.providers}") for i in range(args.products)))
    start = datetime.datetime(2024, 1, 1, 9, 0, tzinfo=CN)
    span = (datetime.datetime(2025, 6, 30, tzinfo=CN) - start).total_seconds() / max(args.orders, 1)
    orders = (order(n, t, rng, args.customers, args.products, args.providers, args.heavy_share, start, span)
              for n in range(args.orders))
    if args.split:
        write(f"{args.out}/orders-first.ndjson", (next(orders) for _ in range(min(args.split, args.orders))))
        write(f"{args.out}/orders-rest.ndjson", orders)
    else:
        write(f"{args.out}/orders.ndjson", orders)
    print(f"wrote the files in {args.out}; password of every account: {args.password}")


if __name__ == "__main__":
    main()
