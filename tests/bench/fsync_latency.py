#!/usr/bin/env python3
"""The disk's own durable-write latency: 40 KB written and fdatasync'ed about
400 times a second. Usage: fsync_latency.py FILE SECONDS. Prints one line."""
import os
import sys
import time

path, seconds = sys.argv[1], float(sys.argv[2])
fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
block, offset, latencies = os.urandom(40 * 1024), 0, []
end = time.monotonic() + seconds
while time.monotonic() < end:
    start = time.perf_counter()
    os.pwrite(fd, block, offset)
    os.fdatasync(fd)
    latencies.append((time.perf_counter() - start) * 1000)
    offset = (offset + len(block)) % (64 << 20)
    time.sleep(0.002)
os.close(fd)
os.unlink(path)
latencies.sort()
n = len(latencies)
at = lambda p: latencies[min(n - 1, int(p * n))]
print(f"fdatasync of 40 KB: n={n} p50={at(.5):.2f} ms p99={at(.99):.2f} ms p99.9={at(.999):.2f} ms max={latencies[-1]:.2f} ms")
