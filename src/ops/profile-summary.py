#!/usr/bin/env python3
"""Where the application's CPU went during a load test: a summary of the execution samples of a Java Flight
Recorder file (src/ops/load-test.sh with ANWEI_LOAD_PROFILE=1 writes target/load/app.jfr).

    src/ops/profile-summary.py target/load/app.jfr

Prints, for the request threads, (1) who runs the code where each sample was taken (the first frame outside the JDK,
by library), and (2) how many samples lie under a few well-known steps of a request (these overlap)."""
import collections
import re
import subprocess
import sys

JFR = sys.argv[2] if len(sys.argv) > 2 else "jfr"
STEPS = [
    ("our code (org.anwei)", "org/anwei/"),
    ("Vaadin: answer written (UIDL)", "com/vaadin/flow/server/communication/UidlRequestHandler.writeUidl"),
    ("Vaadin: navigation (views built)", "com/vaadin/flow/router/Router.executeNavigation"),
    ("Vaadin: events (clicks, input)", "com/vaadin/flow/component/ComponentEventBus.fireEventForListener"),
    ("Vaadin: service look-up (ServiceLoader)", "com/vaadin/flow/di/LookupInitializer$LookupImpl.lookup"),
    ("Vaadin: static file check", "com/vaadin/flow/server/StaticFileServer.serveStaticResource"),
    ("Hibernate queries", "org/hibernate/query/spi/AbstractSelectionQuery.list"),
    ("Hibernate: criteria translated to SQL", "org/hibernate/query/sqm/sql/BaseSqmToSqlAstConverter.translate"),
    ("JDBC driver (Connector/J)", "com/mysql/cj/"),
    ("JSON (Jackson)", "tools/jackson/"),
    ("REST API controllers", "org/anwei/duban/task/api/"),
    ("file type detection (Tika)", "org/apache/tika/"),
]
FRAME = re.compile(r"^\s+([\w/$.<>]+)\.([\w$<>]+)\(.*line:")


def samples(path):
    out = subprocess.run([JFR, "print", "--stack-depth", "200", "--events", "jdk.ExecutionSample", path],
                         capture_output=True, text=True, check=True).stdout
    thread, frames = None, []
    for line in out.splitlines():
        if line.startswith("jdk.ExecutionSample"):
            if frames:
                yield thread, frames
            thread, frames = None, []
        elif "sampledThread = " in line:
            thread = line.split('"')[1] if '"' in line else line
        else:
            m = FRAME.match(line)
            if m:
                frames.append(m.group(1).replace(".", "/") + "." + m.group(2))
    if frames:
        yield thread, frames


def library(name):
    parts = name.split("/")
    return "/".join(parts[:3]) if parts[0] in ("org", "com", "io", "tools", "ch") else "/".join(parts[:2])


leaf, steps, total = collections.Counter(), collections.Counter(), 0
for thread, frames in samples(sys.argv[1]):
    if not (thread or "").startswith("http-nio"):
        continue
    total += 1
    own = next((f for f in frames if not f.startswith(("java/", "jdk/", "sun/"))), frames[0])
    leaf[library(own)] += 1
    joined = " ".join(frames)
    for label, marker in STEPS:
        if marker in joined:
            steps[label] += 1
if not total:
    sys.exit("no request-thread samples in " + sys.argv[1])
print(f"{total} samples on request threads")
print("\nwhere the samples were taken (first frame outside the JDK), by library:")
for name, n in leaf.most_common(15):
    print(f"  {100 * n / total:5.1f} %  {name}")
print("\nunder these steps of a request (overlapping):")
for label, _ in STEPS:
    print(f"  {100 * steps[label] / total:5.1f} %  {label}")
