#!/usr/bin/env python3
"""Start-up time and peak memory of careerplanner against a minimal Qt Widgets + Charts
window built in the same tree, run alternately, offscreen. Prints medians and ratios.

usage: startup.py CAREERPLANNER MINIMAL_WINDOW DEFAULT_PLAN LARGE_PLAN [RUNS]
"""
import atexit
import os
import shutil
import statistics
import sys
import tempfile
import time

app, minimal, default_plan, large_plan = sys.argv[1:5]
runs = int(sys.argv[5]) if len(sys.argv) > 5 else 15
devnull = os.open(os.devnull, os.O_WRONLY)


def settings_home():
    """An environment with a settings folder of its own. Each case has one, so that every
    run reopens the plan its settings last had open, as a user reopening their plan does:
    with one folder for both plans, each run would also rewrite the recent-plans list
    (two settings files written and synced, about 1.5 ms on the large plan)."""
    home = tempfile.mkdtemp(prefix="careerplanner-bench-")
    os.chmod(home, 0o700)
    atexit.register(shutil.rmtree, home, True)
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=home + "/config",
                XDG_DATA_HOME=home + "/data", XDG_RUNTIME_DIR=home)


def run(argv, env):
    """Wall time in ms and peak resident memory in MiB of one run."""
    start = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, env, file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1),
                                                          (os.POSIX_SPAWN_DUP2, devnull, 2)])
    _, status, usage = os.wait4(pid, 0)
    elapsed = (time.perf_counter() - start) * 1000
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(argv)} failed")
    return elapsed, usage.ru_maxrss / 1024


cases = {
    "minimal window": ([minimal], settings_home()),
    "default plan": ([app, "--quit-after-startup", default_plan], settings_home()),
    "large plan": ([app, "--quit-after-startup", large_plan], settings_home()),
}
results = {name: [] for name in cases}
for name, (argv, env) in cases.items():  # one warm-up each: the page cache, not the app, is measured otherwise
    run(argv, env)
for _ in range(runs):
    for name, (argv, env) in cases.items():
        results[name].append(run(argv, env))

base_time = statistics.median(t for t, _ in results["minimal window"])
base_memory = statistics.median(m for _, m in results["minimal window"])
targets = {"default plan": (1.5, 1.5), "large plan": (2.0, 2.5)}
print(f"Start-up, {runs} alternating runs each, offscreen; medians")
print(f"{'':16} {'wall ms':>8} {'ratio':>6} {'target':>7}   {'peak MiB':>8} {'ratio':>6} {'target':>7}")
for name in cases:
    wall = statistics.median(t for t, _ in results[name])
    memory = statistics.median(m for _, m in results[name])
    time_target, memory_target = targets.get(name, (None, None))
    fmt = lambda target: f"≤{target:.1f}x" if target else ""
    print(f"{name:16} {wall:8.0f} {wall / base_time:5.2f}x {fmt(time_target):>7}   "
          f"{memory:8.1f} {memory / base_memory:5.2f}x {fmt(memory_target):>7}")
