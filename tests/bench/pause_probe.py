#!/usr/bin/env python3
"""The machine's own pauses, measured beside a latency run: a process that
only sleeps 2 ms at a time and notes how late it wakes. On a shared virtual
machine the whole guest is sometimes descheduled; every process, the relay
included, then stalls together, and no code of ours can answer in time.
Usage: pause_probe.py SECONDS. Prints one line."""
import sys
import time

seconds = float(sys.argv[1])
late, end = [], time.monotonic() + seconds
while time.monotonic() < end:
    start = time.monotonic()
    time.sleep(0.002)
    late.append((time.monotonic() - start - 0.002) * 1000)
pauses = [x for x in late if x > 5]
print(f"machine pauses (a sleeper woken over 5 ms late): {len(pauses)} in {seconds:.0f} s, "
      f"{sum(pauses):.0f} ms in all, longest {max(late):.1f} ms")
