#!/usr/bin/env python3
"""Crash consistency of the commands that write files people keep.

Kills `checker extract`, `checker report` and `checker review` with SIGKILL
at random points, many times, and checks after every kill that:

  extract  every claim file is byte for byte as before the run or as a
           complete run writes it; the next run finishes the job and leaves
           no temporary file; the comment, the reviewed claim and its UTF-8
           note a person added are still there;
  report   the output directory holds exactly the old set of reports or
           exactly the new one (never a mix), and a file a person put
           there is still there;
  review   every claim file still parses (lint has no error), every
           decision the server acknowledged is on disk, no claim changed
           that was not decided, and the person's comments, reviewed claims
           and notes are kept.

Usage: crash_consistency_test.py CHECKER [KILLS_PER_COMMAND]
Exit 0 when every check held; 1 with the failures listed otherwise.
The random seed is printed, and CRASH_SEED=N repeats a run.
"""

import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

from testing.review_server import ReviewServer

FAILURES = []
COMMENT = "# Checked against the scans by hand, keep this line.\n"
NOTE = 'note: "vérifié à la main — p. 12"'


def check(condition, what):
    if not condition:
        FAILURES.append(what)
        print("FAIL:", what, flush=True)


def run(checker, args, cwd):
    return subprocess.run([checker] + args, cwd=cwd, capture_output=True,
                          text=True)


def snapshot(directory):
    """name -> bytes of every entry; a subdirectory is an error."""
    files = {}
    if not os.path.isdir(directory):
        return files
    for name in sorted(os.listdir(directory)):
        with open(os.path.join(directory, name), "rb") as f:
            files[name] = f.read()
    return files


def restore(directory, files):
    shutil.rmtree(directory, ignore_errors=True)
    os.makedirs(directory)
    for name, data in files.items():
        with open(os.path.join(directory, name), "wb") as f:
            f.write(data)


def kill_at_random(argv, cwd, longest, rng):
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    time.sleep(rng.uniform(0, longest))
    proc.send_signal(signal.SIGKILL)
    proc.wait()


def timed(checker, args, cwd):
    start = time.monotonic()
    result = run(checker, args, cwd)
    return result, time.monotonic() - start


def claim_blocks(text):
    """id -> the text of each top-level claim block."""
    blocks = {}
    for block in re.split(r"\n(?=claim \{)", text):
        m = re.search(r'^claim \{\n  id: "([^"]+)"', block, re.M)
        if m:
            blocks[m.group(1)] = block
    return blocks


def status_of(block):
    m = re.search(r"^  status: (\w+)", block, re.M)
    return m.group(1) if m else "EXTRACTED"


def hand_review(text):
    """A person's work on a fresh claim file: a comment on top, the first
    claim confirmed with a UTF-8 note."""
    text = text.replace("status: EXTRACTED", "status: CONFIRMED\n  " + NOTE, 1)
    return COMMENT + text


def write_documents(root, count, extra):
    docs = os.path.join(root, "docs")
    os.makedirs(docs, exist_ok=True)
    for i in range(count):
        with open(os.path.join(docs, "d%02d.txt" % i), "w") as f:
            f.write("The Vorkuta strike lasted %d days. About %d miners "
                    "stopped work at Vorkuta.%s\n" % (
                        10 + i, 200 * (i + 1), extra % (i + 3) if extra else ""))


GAZETTEER = ('entity { id: "vorkuta_strike" kind: EVENT name: "Vorkuta strike" '
             'name: "Vorkuta" }\n')


def test_extract(checker, root, kills, rng):
    with open(os.path.join(root, "gazetteer.textproto"), "w") as f:
        f.write(GAZETTEER)
    write_documents(root, 16, "")
    args = ["extract", "--gazetteer", "gazetteer.textproto", "docs", "--out",
            "claims", "--jobs", "2"]
    check(run(checker, args, root).returncode == 0, "extract: first run")
    before = {name: hand_review(data.decode()).encode()
              for name, data in snapshot(os.path.join(root, "claims")).items()}
    # The documents grow a sentence, so the next run changes every file.
    write_documents(root, 16, " Later %d more were counted at Vorkuta.")
    claims = os.path.join(root, "claims")
    restore(claims, before)
    result, seconds = timed(checker, args, root)
    check(result.returncode == 0, "extract: complete run: " + result.stderr)
    after = snapshot(claims)
    check(after != before, "extract: the complete run changes the files")
    for name, data in after.items():
        text = data.decode()
        check(text.startswith(COMMENT) and NOTE in text,
              "extract: complete run keeps the comment and note of " + name)
    for k in range(kills):
        restore(claims, before)
        kill_at_random([checker] + args, root, seconds * 1.2, rng)
        now = {n: d for n, d in snapshot(claims).items() if ".tmp." not in n}
        check(set(now) == set(before),
              "extract kill %d: the set of claim files changed" % k)
        for name, data in now.items():
            check(data in (before[name], after.get(name)),
                  "extract kill %d: %s is neither before nor after" % (k, name))
        check(run(checker, args, root).returncode == 0,
              "extract kill %d: the next run succeeds" % k)
        check(snapshot(claims) == after,
              "extract kill %d: the next run ends where a complete run does, "
              "with no temporary file left" % k)


def test_report(checker, root, kills, rng):
    # The base extract left, with its sources and gazetteer.
    base_a = os.path.join(root, "claims")
    shutil.copy(os.path.join(root, "gazetteer.textproto"), base_a)
    base_b = os.path.join(root, "claims_b")
    shutil.copytree(base_a, base_b)
    # Base B: the interval rule turned off, so the findings differ.
    with open(os.path.join(base_b, "rules.textproto"), "w") as f:
        f.write('disabled_rule: "checker.rule.interval"\n')
    out = os.path.join(root, "reports")
    check(run(checker, ["report", "claims", "--out", "reports"], root)
          .returncode in (0, 1), "report: base A")
    with open(os.path.join(out, "notes.txt"), "w") as f:
        f.write("A person's notes next to the reports.\n")
    before = snapshot(out)
    args = ["report", "claims_b", "--out", "reports"]
    result, seconds = timed(checker, args, root)
    check(result.returncode in (0, 1), "report: base B: " + result.stderr)
    after = snapshot(out)
    check(after != before and after.get("notes.txt") == before["notes.txt"],
          "report: base B changes the reports and keeps the notes: " +
          result.stderr[-400:])
    for k in range(kills):
        restore(out, before)
        kill_at_random([checker] + args, root, seconds * 1.2, rng)
        now = snapshot(out)
        check(now in (before, after),
              "report kill %d: reports/ is a mix of two runs: %s" % (
                  k, sorted(n for n in now if now[n] != before.get(n))))
        run(checker, args, root)
        check(snapshot(out) == after,
              "report kill %d: the next run gives the new set" % k)
        leftovers = [n for n in os.listdir(root) if n.startswith(".reports.")]
        check(not leftovers,
              "report kill %d: the next run cleaned %s" % (k, leftovers))


class Review:
    """A `checker review` session on ROOT/claims, spoken to as the page does."""

    def __init__(self, checker, root):
        self.server = ReviewServer(checker, "claims", docs="docs", cwd=root)
        self.url = self.server.url
        with urllib.request.urlopen(self.url) as page:
            html = page.read().decode()
        self.token = re.search(r'name="checker-token" content="([^"]+)"',
                               html).group(1)

    def state(self):
        with urllib.request.urlopen(self.url + "api/state") as r:
            return json.loads(r.read().decode())

    def decide(self, item, action):
        body = json.dumps({"id": item["id"], "version": item["version"],
                           "action": action}).encode()
        request = urllib.request.Request(
            self.url + "api/decide", data=body, method="POST",
            headers={"Content-Type": "application/json",
                     "X-Checker-Token": self.token})
        with urllib.request.urlopen(request, timeout=5) as r:
            return json.loads(r.read().decode())

    def kill9(self):
        self.server.kill9()


def all_claims(claims):
    blocks = {}
    for name, data in snapshot(claims).items():
        if name.endswith(".textproto"):
            for claim_id, block in claim_blocks(data.decode()).items():
                blocks[claim_id] = (name, block)
    return blocks


def test_review(checker, root, kills, rng):
    claims = os.path.join(root, "claims")
    before = snapshot(claims)
    start = all_claims(claims)
    acknowledged = {}  # id -> status of a decision the server answered
    sent = set()       # decisions sent, answered or not
    for k in range(kills):
        server = Review(checker, root)
        deadline = time.monotonic() + rng.uniform(0.05, 0.6)
        try:
            state = server.state()
            while state.get("item") and time.monotonic() < deadline:
                item = state["item"]
                linked = bool(item["claim"].get("subject", {}).get("entity"))
                sent.add(item["id"])
                state = server.decide(item, "accept" if linked else "reject")
                acknowledged[item["id"]] = "CONFIRMED" if linked else "REJECTED"
        except (urllib.error.URLError, OSError, KeyError) as e:
            print("review kill %d: the session stopped at %r" % (k, e))
        server.kill9()
        lint = run(checker, ["lint", "claims", "--docs", "docs"], root)
        check(lint.returncode == 0 and " 0 errors" in lint.stdout + lint.stderr,
              "review kill %d: the claim base lints clean: %s" % (
                  k, lint.stderr[-400:]))
        now = all_claims(claims)
        check(set(now) == set(start),
              "review kill %d: the set of claims changed" % k)
        for claim_id, (name, block) in start.items():
            if claim_id not in now:
                continue
            status = status_of(now[claim_id][1])
            if claim_id in acknowledged:
                check(status == acknowledged[claim_id],
                      "review kill %d: acknowledged %s is %s on disk" % (
                          k, claim_id, status))
            elif claim_id not in sent:
                check(now[claim_id][1] == block,
                      "review kill %d: %s changed without a decision" % (
                          k, claim_id))
            if NOTE in block:
                check(NOTE in now[claim_id][1],
                      "review kill %d: the note of %s is kept" % (k, claim_id))
        for name, data in before.items():
            if not data.decode().startswith(COMMENT):
                continue  # the gazetteer
            text = snapshot(claims)[name].decode()
            check(text.startswith(COMMENT),
                  "review kill %d: the comment on top of %s is kept" % (k, name))
    check(len(acknowledged) > 0, "review: some decisions were acknowledged")
    print("review: %d decisions acknowledged over %d kills" % (
        len(acknowledged), kills), flush=True)


def main():
    checker = os.path.abspath(sys.argv[1])
    kills = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    seed = int(os.environ.get("CRASH_SEED", random.randrange(1 << 30)))
    print("crash_consistency_test: seed %d, %d kills per command" % (
        seed, kills), flush=True)
    rng = random.Random(seed)
    root = tempfile.mkdtemp(prefix="checker_crash_")
    try:
        test_extract(checker, root, kills, rng)
        test_report(checker, root, kills, rng)
        # Review the base extract left (comments and notes on top).
        test_review(checker, root, max(4, kills // 3), rng)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    if FAILURES:
        print("%d failures (seed %d)" % (len(FAILURES), seed))
        return 1
    print("crash_consistency_test: every check held")
    return 0


if __name__ == "__main__":
    sys.exit(main())
