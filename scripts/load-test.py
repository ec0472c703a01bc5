#!/usr/bin/env python3
"""Load test of `rustmem serve` on 127.0.0.1: CLIENTS concurrent clients for SECONDS, each sending request after
request (a mix of run, trace, check, layout and bad requests), then requests/s, p50/p99 latency per kind, the
statuses, requests lost (no HTTP answer) and the server's peak resident memory.

    scripts/load-test.py [--clients 50] [--seconds 30] [--url URL]

Without --url it starts `./rustmem serve --port 0` itself (and stops it at the end)."""
import argparse, json, os, random, re, subprocess, sys, threading, time, urllib.error, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def example(name):
    with open(os.path.join(ROOT, "examples", name + ".rs")) as f:
        return f.read()

def requests():
    """(kind, endpoint, body bytes, expected status) to choose from, with weights."""
    progs = [example(n) for n in ("09_box", "14_vec_growth", "20_move_clone", "21_rc", "24_refcell", "16_strings")]
    loop = "fn main() { let mut i: u64 = 0; loop { i = i.wrapping_add(1); } }"
    err = "fn main() {\n    let v = vec![1];\n    let w = v;\n    println!(\"{:?}\", v);\n}\n"
    j = lambda o: json.dumps(o).encode()
    mix = []
    for p in progs:
        mix.append((8, ("run", "run", j({"source": p}), 200)))
        mix.append((4, ("trace", "trace", j({"source": p}), 200)))
    mix.append((4, ("check", "check", j({"source": err}), 200)))
    mix.append((3, ("layout", "layout", j({"source": "", "type": "Option<(u8, char)>"}), 200)))
    mix.append((1, ("runaway", "run", j({"source": loop, "limits": {"timeLimit": 1}}), 200)))
    mix.append((3, ("bad", "run", b"{not json", 400)))
    mix.append((2, ("bad", "trace", j({"code": "fn main() {}"}), 400)))
    mix.append((1, ("bad", "run", j({"source": "// " + "x" * 300_000}), 413)))
    return mix

def percentile(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] if xs else float("nan")

def rss_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return 0
    return 0

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--url")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    server = None
    url = a.url
    if not url:
        server = subprocess.Popen([os.path.join(ROOT, "rustmem"), "serve", "--port", "0"], stdout=subprocess.PIPE, text=True)
        line = server.stdout.readline()
        m = re.search(r"(http://\S+/)", line)
        if not m:
            sys.exit("the server did not start: " + line)
        url = m.group(1)
    mix = requests()
    weights = [w for w, _ in mix]
    results = []   # (kind, status or None, seconds, expected)
    lock = threading.Lock()
    # warm up: each kind once
    for _, (kind, ep, body, want) in mix:
        send(url, ep, body)
    deadline = time.time() + a.seconds
    def client(i):
        rnd = random.Random(a.seed * 1000 + i)
        while time.time() < deadline:
            kind, ep, body, want = rnd.choices(mix, weights)[0][1]
            t0 = time.perf_counter()
            status = send(url, ep, body)
            with lock:
                results.append((kind, status, time.perf_counter() - t0, want))
    peak = [0]
    def sample():
        while time.time() < deadline:
            if server:
                peak[0] = max(peak[0], rss_kib(server.pid))
            time.sleep(0.25)
    threads = [threading.Thread(target=client, args=(i,)) for i in range(a.clients)]
    start = time.time()
    sampler = threading.Thread(target=sample)
    sampler.start()
    for t in threads: t.start()
    for t in threads: t.join()
    sampler.join()
    elapsed = time.time() - start
    if server:
        server.terminate()
        server.wait(10)
    total = len(results)
    lost = sum(1 for r in results if r[1] is None)
    wrong = sum(1 for r in results if r[1] is not None and r[1] != r[3] and r[1] != 503)
    statuses = {}
    for r in results:
        statuses[r[1]] = statuses.get(r[1], 0) + 1
    print(f"{a.clients} clients, {elapsed:.1f} s: {total} requests, {total / elapsed:.1f} requests/s")
    print(f"statuses: " + ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items(), key=lambda kv: str(kv[0]))))
    print(f"lost (no HTTP answer): {lost}; unexpected status: {wrong}")
    print(f"{'kind':8} {'count':>6} {'p50 ms':>8} {'p99 ms':>8}")
    for kind in ("run", "trace", "check", "layout", "runaway", "bad"):
        xs = [r[2] * 1000 for r in results if r[0] == kind]
        if xs:
            print(f"{kind:8} {len(xs):6d} {percentile(xs, 50):8.0f} {percentile(xs, 99):8.0f}")
    xs = [r[2] * 1000 for r in results]
    print(f"{'all':8} {len(xs):6d} {percentile(xs, 50):8.0f} {percentile(xs, 99):8.0f}")
    if server:
        print(f"server peak RSS: {peak[0] / 1024:.0f} MiB")
    sys.exit(1 if lost or wrong else 0)

def send(url, endpoint, body):
    req = urllib.request.Request(url + "api/" + endpoint, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=300) as r:
            r.read()
            return r.status
    except urllib.error.HTTPError as e:
        e.read()
        return e.code
    except (urllib.error.URLError, OSError):
        return None

if __name__ == "__main__":
    main()
