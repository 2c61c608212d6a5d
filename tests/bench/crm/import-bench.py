#!/usr/bin/env python3
"""Times the import of N customer rows through a running erp-server, the way the client's
import wizard sends them: crm.customer.import in batches (default 1000 rows), each batch
all-or-nothing. Usage: import-bench.py PORT [N] [BATCH]  (admin password: $ERP_ADMIN_PASSWORD)"""
import json, os, socket, sys, time

port = int(sys.argv[1])
total = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
batch = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
sock = socket.create_connection(("127.0.0.1", port))
stream = sock.makefile("rwb")
next_id = 0

def call(method, params):
    global next_id
    next_id += 1
    stream.write((json.dumps({"jsonrpc": "2.0", "id": next_id, "method": method, "params": params}) + "\n").encode())
    stream.flush()
    while True:
        reply = json.loads(stream.readline())
        if reply.get("id") == next_id:
            return reply

login = call("auth.login", {"username": "admin", "password": os.environ.get("ERP_ADMIN_PASSWORD", "admin-password")})
assert "result" in login, login
cities = [("广东省", "深圳市"), ("浙江省", "杭州市"), ("上海市", "上海市"), ("北京市", "北京市"), ("四川省", "成都市")]
stamp = int(time.time())
start = time.time()
created = 0
for first in range(0, total, batch):
    rows = []
    for i in range(first, min(first + batch, total)):
        province, city = cities[i % len(cities)]
        rows.append({"name": f"导入测试{stamp}客户{i}有限公司", "contact_name": "王芳",
                     "phone": f"139{i:08d}", "email": f"buyer{i}@import{stamp}.example.cn",
                     "province": province, "city": city, "address": f"科技路{i % 900 + 1}号",
                     "credit_limit": "20000.00", "tags": "import;bench"})
    reply = call("crm.customer.import", {"rows": rows})
    assert "result" in reply, json.dumps(reply)[:500]
    created += reply["result"]["created"]
elapsed = time.time() - start
print(f"imported {created} rows in {elapsed:.1f} s ({created / elapsed:.0f} rows/s, batches of {batch})")
