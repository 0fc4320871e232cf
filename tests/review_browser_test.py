#!/usr/bin/python3
"""`checker review` end to end in headless Chromium, driven by Selenium.

Usage: review_browser_test.py CHECKER_BINARY [SCREENSHOT_DIR]

Writes a small claim base of its own (a made-up flood, two sources that
disagree, an XSS payload in a quote) into a temporary directory, starts
`checker review` on it and, with the keyboard only: accepts, rejects,
corrects and adds claims, checking the claim file on disk after each step;
skips a claim, kills the server with SIGKILL, restarts it and checks that
nothing was lost, the queue is the same, the skip holds and undo reaches
the decisions taken before the kill; checks that the payload shows as
text and that writes without the token or from another origin are refused.
Then, when the seed corpus is there ($CHECKER_CORPUS_DIR or
../shared/corpus/seeds), reviews every candidate of one seed document
through the page and prints the keystroke-to-updated-page latency measured
in the browser (performance.now).

Then, when the Halifax dev corpus is there ($CHECKER_HALIFAX_DIR or
../shared/eval/halifax), builds a base with `checker extract` over it and
its gazetteer, as from a fresh clone, and reviews a few of its candidates.

A missing browser, driver or Selenium is a failure (exit 1) with the reason,
never a silent skip: CI installs them (scripts/setup.sh). A missing dev
corpus exits 77 after the rest passed, which CTest reports as Skipped and
CI (CHECKER_REQUIRE_ALL=1) therefore fails.
"""

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

from testing.review_server import ReviewServer, ReviewServerError

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select, WebDriverWait
except ImportError as e:
    print("FAIL: python3-selenium is not installed (%s); run scripts/setup.sh" % e)
    sys.exit(1)

SKIPPED = 77  # the flood session passed, but a dev-corpus session could not run

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")

# Hand-counted byte offsets into DOC (ASCII only):
#   "about 40 days" [27, 40); "55 days" [76, 83); "212" [102, 105);
#   "90 wounded" [117, 127). NOTES holds the XSS payload, then "7 boats".
PAYLOAD = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'
DOC = ("The Millbrook flood lasted about 40 days. "
       "The county almanac says it lasted 55 days. "
       "Rescuers counted 212 deaths and 90 wounded.")
NOTES = "Clerk's note: " + PAYLOAD + " 7 boats were lost."
BOATS = NOTES.index("7 boats")

GAZETTEER = """source { id: "report" title: "Flood report" year: 1931 }
source { id: "almanac" title: "County almanac" year: 1950 }
entity { id: "millbrook_flood" name: "Millbrook flood" }
attribute { id: "duration" value_kind: VALUE_DURATION }
attribute { id: "deaths" value_kind: VALUE_QUANTITY }
attribute { id: "wounded" value_kind: VALUE_QUANTITY }
attribute { id: "boats" value_kind: VALUE_QUANTITY }
"""

CLAIMS = """# Flood claims. A person's comment: it must survive every write.

claim {
  id: "flood_40"
  source: "report"
  subject { entity: "millbrook_flood" attribute: "duration" }
  duration { amount: 40 unit: UNIT_DAY low_days: 40 high_days: 40 }
  text: "about 40 days"
  hedge: "about"
  provenance { document: "flood.txt" begin: 27 end: 40 quote: "lasted about 40 days" quote_begin: 20 }
  status: EXTRACTED
  evidence { confidence: 0.9 }
}
claim {
  id: "flood_55"
  source: "almanac"
  subject { entity: "millbrook_flood" attribute: "duration" }
  duration { amount: 55 unit: UNIT_DAY low_days: 55 high_days: 55 }
  text: "55 days"
  provenance { document: "flood.txt" begin: 76 end: 83 quote: "it lasted 55 days" quote_begin: 66 }
  status: EXTRACTED
  evidence { confidence: 0.95 }
}
claim {
  id: "flood_deaths"
  source: "report"
  subject { entity: "millbrook_flood" attribute: "deaths" }
  quantity { value: 212 }
  text: "212"
  provenance { document: "flood.txt" begin: 102 end: 105 quote: "counted 212 deaths" quote_begin: 94 }
  status: EXTRACTED
  evidence { confidence: 0.4 }
}
claim {
  id: "flood_boats"
  source: "report"
  subject { entity: "millbrook_flood" attribute: "boats" }
  quantity { value: 7 }
  text: "7"
  provenance { document: "notes.txt" begin: %d end: %d quote: %s quote_begin: 14 }
  status: EXTRACTED
  evidence { confidence: 0.6 }
}
""" % (BOATS, BOATS + 1, json.dumps(NOTES[14:BOATS + 7]))


class Failure(Exception):
    pass


def check(condition, what):
    if not condition:
        raise Failure(what)
    print("ok:", what)


def claim_block(path, claim_id):
    """The text of claim `claim_id` in the file, or None."""
    text = open(path, encoding="utf-8").read()
    for block in re.split(r"\n(?=claim \{)", text):
        if re.search(r'^\s*id: "%s"$' % re.escape(claim_id), block, re.M):
            return block
    return None


def status_on_disk(path, claim_id):
    block = claim_block(path, claim_id)
    m = block and re.search(r"^\s*status: (\w+)", block, re.M)
    return m.group(1) if m else None


SERVERS = []  # every server started, so none outlives a failed run


def start_server(checker, base, docs, start_seconds=None):
    """`checker review BASE --docs DOCS`, killed by kill_servers() at the end.
    `start_seconds` as ReviewServer's (a large base needs more)."""
    try:
        server = ReviewServer(checker, base, docs=docs,
                              start_seconds=start_seconds)
    except ReviewServerError as e:
        raise Failure(str(e))
    SERVERS.append(server)
    return server


def kill_servers():
    for server in SERVERS:
        server.kill9()


def new_driver():
    if not CHROMIUM or not DRIVER:
        raise Failure("chromium or chromedriver not found on PATH (chromium=%s, "
                      "chromedriver=%s); run scripts/setup.sh" % (CHROMIUM, DRIVER))
    options = webdriver.ChromeOptions()
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync",
                 "--window-size=1200,700"):
        options.add_argument(flag)
    options.add_argument("--user-data-dir=" + tempfile.mkdtemp(prefix="review_chrome_"))
    options.binary_location = CHROMIUM
    return webdriver.Chrome(service=Service(DRIVER), options=options)


class Page:
    def __init__(self, driver, url):
        self.d = driver
        self.d.get(url)
        self.wait(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready"),
                  "the page shows its first state",
                  float(os.environ.get("REVIEW_PAGE_SECONDS", "10")))

    def wait(self, fn, what, timeout=10):
        try:
            return WebDriverWait(self.d, timeout).until(fn)
        except Exception as e:  # noqa: BLE001 - any timeout is the failure
            raise Failure("timed out waiting until " + what + ": " + str(e))

    def item(self):
        return self.d.find_element(By.TAG_NAME, "body").get_attribute("data-item")

    def key(self, k):
        self.d.find_element(By.TAG_NAME, "body").send_keys(k)

    def press_and_wait(self, k):
        """Presses `k` and waits until the page shows a new latency."""
        before = self.d.execute_script("return window.reviewLatencies.length")
        self.key(k)
        self.wait(lambda d: d.execute_script("return window.reviewLatencies.length") > before,
                  "the page updates after '%s'" % k)

    def text(self, element_id):
        return self.d.find_element(By.ID, element_id).text

    def queue(self):
        return self.d.execute_script(
            "return fetch('/api/queue').then(r => r.json()).then(j => j.ids)")

    def latencies(self):
        return self.d.execute_script("return window.reviewLatencies")


def post(url, body, headers):
    request = urllib.request.Request(url, data=json.dumps(body).encode(),
                                     headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def flood_session(checker, tmp, driver, shots):
    base = os.path.join(tmp, "base")
    docs = os.path.join(tmp, "docs")
    os.makedirs(base)
    os.makedirs(docs)
    open(os.path.join(docs, "flood.txt"), "w").write(DOC)
    open(os.path.join(docs, "notes.txt"), "w").write(NOTES)
    open(os.path.join(base, "gazetteer.textproto"), "w").write(GAZETTEER)
    claims = os.path.join(base, "flood.textproto")
    open(claims, "w").write(CLAIMS)

    server = start_server(checker, base, docs)
    page = Page(driver, server.url)
    check(page.item() == "flood_40", "the conflicting, less confident claim comes first")
    check("CONFLICT" in page.text("m-verdict"), "its verdict is shown")
    check(page.text("ctx-figure") == "about 40 days", "the figure is highlighted")
    check("a accept" in page.text("keys") and "u undo" in page.text("keys"),
          "the shortcuts are on the page")
    driver.save_screenshot(os.path.join(shots, "review_first.png"))

    page.press_and_wait("a")
    check(status_on_disk(claims, "flood_40") == "CONFIRMED", "a: accepted on disk")
    check(page.item() == "flood_55", "the next claim is shown")
    page.press_and_wait("r")
    check(status_on_disk(claims, "flood_55") == "REJECTED", "r: rejected on disk")
    check("CONFLICT -> " in page.text("changes"), "the verdict change is listed")
    driver.save_screenshot(os.path.join(shots, "review_decided.png"))
    check(open(claims).read().startswith("# Flood claims. A person's comment"),
          "the person's comment survives the writes")

    check(page.item() == "flood_deaths", "lowest confidence next")
    page.key("e")
    value = driver.find_element(By.ID, "e-value")
    check(driver.switch_to.active_element == value, "e: the value field has the focus")
    value.send_keys(Keys.CONTROL, "a")
    value.send_keys("about 215")
    note = driver.find_element(By.ID, "e-note")
    note.send_keys("recounted")
    before = len(page.latencies())
    note.send_keys(Keys.ENTER)
    page.wait(lambda d: len(page.latencies()) > before, "the edit is saved")
    block = claim_block(claims, "flood_deaths")
    check("status: CORRECTED" in block and 'text: "about 215"' in block and
          "value: 215" in block and 'hedge: "about"' in block and
          'note: "recounted"' in block,
          "e: corrected on disk, the value re-parsed: " + block.replace("\n", " "))

    # The XSS payload is in the boats claim's context: text, never markup.
    check(page.item() == "flood_boats", "the boats claim is next")
    check(PAYLOAD in page.text("ctx-before"), "the payload is shown as text")
    check(driver.execute_script("return window.__xss === undefined"), "and did not run")
    check(not driver.find_elements(By.CSS_SELECTOR, "#context img, #context script"),
          "no element was made from it")

    # Add the missed "90 wounded" from a selection in the deaths context,
    # reached through the status filter.
    Select(driver.find_element(By.ID, "f-status")).select_by_value("CORRECTED")
    page.wait(lambda d: page.item() == "flood_deaths", "the filter shows the corrected claim")
    driver.execute_script("""
      const node = document.getElementById('ctx-after').firstChild;
      const at = node.textContent.indexOf('90 wounded');
      const range = document.createRange();
      range.setStart(node, at); range.setEnd(node, at + '90 wounded'.length);
      const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);""")
    page.key("c")
    check("90 wounded" in page.text("add-text"), "c: the selection is offered as a claim")
    Select(driver.find_element(By.ID, "e-attribute")).select_by_value("wounded")
    note = driver.find_element(By.ID, "e-note")
    before = len(page.latencies())
    note.send_keys(Keys.ENTER)
    page.wait(lambda d: len(page.latencies()) > before, "the new claim is saved")
    added = claim_block(claims, "flood_117_119")
    check(added is not None and "status: CORRECTED" in added and
          'attribute: "wounded"' in added and "begin: 117" in added,
          "c: the added claim is on disk")
    driver.save_screenshot(os.path.join(shots, "review_added.png"))
    Select(driver.find_element(By.ID, "f-status")).select_by_value("EXTRACTED")
    page.wait(lambda d: page.item() == "flood_boats", "back to the unreviewed queue")

    # Writes the page did not make are refused.
    token = driver.execute_script(
        "return document.querySelector('meta[name=checker-token]').content")
    host = server.url[len("http://"):-1]
    body = {"id": "flood_boats", "version": "x", "action": "reject"}
    code, text = post(server.url + "api/decide", body, {"Content-Type": "application/json"})
    check(code == 403 and "token" in text, "a write without the token is refused")
    code, _ = post(server.url + "api/decide", body,
                   {"Content-Type": "application/json", "X-Checker-Token": token,
                    "Origin": "http://evil.example"})
    check(code == 403, "a write from a foreign origin is refused")
    check(status_on_disk(claims, "flood_boats") == "EXTRACTED", "and nothing was written")
    code, _ = post(server.url + "api/decide", body,
                   {"Content-Type": "application/json", "X-Checker-Token": token,
                    "Origin": "http://" + host})
    check(code == 409, "with the token, a stale version is refused too")

    # Skip the last claim, kill -9, restart: same files, same queue, the
    # skip and the undo history kept.
    page.press_and_wait("s")
    check(page.item() == "" and "1 skipped" in page.text("progress"),
          "s: the last claim skipped, nothing left")
    queue = page.queue()
    files = open(claims).read()
    server.kill9()
    server = start_server(checker, base, docs)
    page = Page(driver, server.url)
    check(open(claims).read() == files, "kill -9 lost nothing on disk")
    check(page.queue() == queue, "the queue after the restart is the same")
    check(page.item() == "" and "1 skipped" in page.text("progress"),
          "the skip survived the kill: still nothing offered")
    page.press_and_wait("u")
    check(page.item() == "flood_boats", "u after the restart: the skip undone")
    page.press_and_wait("u")
    check(claim_block(claims, "flood_117_119") is None,
          "u again: the claim added before the kill is removed from disk")
    check(open(claims).read().startswith("# Flood claims. A person's comment"),
          "the comment is still there")
    page.press_and_wait("a")
    check(status_on_disk(claims, "flood_boats") == "CONFIRMED", "a after the restart")
    page.press_and_wait("u")
    check(status_on_disk(claims, "flood_boats") == "EXTRACTED", "u: undone on disk")
    check(page.item() == "flood_boats", "and offered again")
    server.kill9()
    return page.latencies()


def find_corpus():
    env = os.environ.get("CHECKER_CORPUS_DIR")
    for path in ([env] if env else []) + ["../shared/corpus/seeds", "/work/shared/corpus/seeds"]:
        if path and os.path.isdir(path):
            return os.path.abspath(path)
    return None


def seed_session(checker, tmp, driver, shots):
    """Every candidate of one seed document, one keystroke each."""
    corpus = find_corpus()
    if corpus is None:
        print("note: no seed corpus ($CHECKER_CORPUS_DIR or ../shared/corpus/seeds); "
              "the seed latency is not measured")
        return None
    base = os.path.join(tmp, "seeds")
    shutil.copytree("claims", base)
    docs_root = os.path.dirname(corpus)
    docs = [os.path.join(corpus, f) for f in sorted(os.listdir(corpus)) if f.endswith(".txt")]
    run = subprocess.run([checker, "extract", "--gazetteer", base, "--sources", base,
                          "--docs-root", docs_root, "--out", base] + docs,
                         capture_output=True, text=True)
    if run.returncode not in (0, 1):
        raise Failure("checker extract failed: " + run.stderr)
    server = start_server(checker, base, docs_root)
    page = Page(driver, server.url)
    document = "seeds/" + os.path.basename(docs[0])
    Select(driver.find_element(By.ID, "f-document")).select_by_value(document)
    page.wait(lambda d: d.execute_script("return document.getElementById('f-document').value") == document,
              "the document filter is set")
    time.sleep(0.3)
    left = int(re.search(r"(\d+) left", page.text("progress")).group(1))
    start = len(page.latencies())
    decided = 0
    while page.item() and decided < left:
        # Alternate so both paths are timed; this is a measurement, not a review.
        page.press_and_wait("a" if decided % 2 == 0 else "r")
        decided += 1
        if decided == 3:
            driver.save_screenshot(os.path.join(shots, "review_seed.png"))
    server.kill9()
    check(decided == left, "all %d candidates of %s decided by keyboard" % (left, document))
    fetches = driver.execute_script("return window.reviewFetchMs")
    report("seed document, round trip alone", fetches[-decided:] if decided else [])
    return page.latencies()[start:]


def find_halifax():
    env = os.environ.get("CHECKER_HALIFAX_DIR")
    for path in ([env] if env else []) + ["../shared/eval/halifax", "/work/shared/eval/halifax"]:
        if path and os.path.isfile(os.path.join(path, "gazetteer.textproto")):
            return os.path.abspath(path)
    return None


def claim_file_of(base, claim_id):
    for name in sorted(os.listdir(base)):
        path = os.path.join(base, name)
        if name.endswith(".textproto") and claim_block(path, claim_id) is not None:
            return path
    return None


def halifax_session(checker, tmp, driver):
    """`checker review` on a base made by `checker extract` over the Halifax
    dev corpus with its gazetteer, as a fresh clone would build it. Asserts
    only what follows from the files (spans, statuses), never their text."""
    root = find_halifax()
    if root is None:
        print("note: no Halifax dev corpus ($CHECKER_HALIFAX_DIR or "
              "../shared/eval/halifax); that session is not run")
        return False
    base = os.path.join(tmp, "halifax")
    docs = sorted(os.path.join(root, "corpus", f) for f in os.listdir(os.path.join(root, "corpus"))
                  if f.endswith(".txt"))
    run = subprocess.run([checker, "extract", "--gazetteer", os.path.join(root, "gazetteer.textproto"),
                          "--docs-root", root, "--out", base] + docs,
                         capture_output=True, text=True)
    if run.returncode != 0:
        raise Failure("checker extract over the Halifax corpus failed: " + run.stderr)
    shutil.copy(os.path.join(root, "gazetteer.textproto"), base)
    server = start_server(checker, base, root)
    page = Page(driver, server.url)
    first = page.item()
    check(first != "", "Halifax: a candidate is offered")
    path = claim_file_of(base, first)
    block = claim_block(path, first)
    document = re.search(r'^\s*document: "([^"]+)"', block, re.M).group(1)
    begin = int(re.search(r"^\s*begin: (\d+)", block, re.M).group(1))
    end = int(re.search(r"^\s*end: (\d+)", block, re.M).group(1))
    figure = open(os.path.join(root, document), "rb").read()[begin:end].decode("utf-8")
    check(page.text("ctx-origin") == "from the document" and page.text("ctx-figure") == figure,
          "Halifax: the figure is shown in its document, bytes %d-%d" % (begin, end))
    page.press_and_wait("a")
    decided = {}
    if status_on_disk(path, first) == "EXTRACTED" and "no subject" in page.text("message"):
        page.press_and_wait("r")  # an unlinked candidate cannot be accepted
        decided[first] = "REJECTED"
    else:
        decided[first] = "CONFIRMED"
    second = page.item()
    page.press_and_wait("r")
    decided[second] = "REJECTED"
    third = page.item()
    page.press_and_wait("s")
    for claim_id, status in decided.items():
        check(status_on_disk(claim_file_of(base, claim_id), claim_id) == status,
              "Halifax: %s is %s on disk" % (claim_id, status))
    server.kill9()
    server = start_server(checker, base, root)
    page = Page(driver, server.url)
    check(page.item() not in (first, second, third),
          "Halifax: after kill -9 and a restart the decided and skipped claims are not offered")
    server.kill9()
    lint = subprocess.run([checker, "lint", base, "--docs", root], capture_output=True, text=True)
    check(lint.returncode == 0, "Halifax: the reviewed base lints clean against its documents: " +
          lint.stdout[-300:] + lint.stderr[-300:])
    return True


def report(name, values):
    if not values:
        return
    values = sorted(values)
    p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
    print("latency %s: %d decisions, median %.1f ms, p95 %.1f ms, max %.1f ms" %
          (name, len(values), statistics.median(values), p95, values[-1]))


def main():
    if len(sys.argv) < 2:
        print("usage: review_browser_test.py CHECKER_BINARY [SCREENSHOT_DIR]")
        return 2
    checker = os.path.abspath(sys.argv[1])
    tmp = tempfile.mkdtemp(prefix="review_browser_")
    shots = sys.argv[2] if len(sys.argv) > 2 else tmp
    os.makedirs(shots, exist_ok=True)
    driver = None
    try:
        driver = new_driver()
        report("flood fixture", flood_session(checker, tmp, driver, shots))
        seeds = seed_session(checker, tmp, driver, shots)
        report("seed document", seeds)
        halifax = halifax_session(checker, tmp, driver)
        print("screenshots in", shots)
        if seeds is None or not halifax:
            # CTest shows this as Skipped (SKIP_RETURN_CODE), which CI
            # (CHECKER_REQUIRE_ALL=1) counts as a failure.
            print("SKIPPED in part: the dev corpora are missing (see the notes above)")
            return SKIPPED
        print("PASS")
        return 0
    except Failure as e:
        print("FAIL:", e)
        return 1
    except Exception as e:  # noqa: BLE001 - a driver error is a failure too
        print("FAIL: %s: %s" % (type(e).__name__, e))
        return 1
    finally:
        kill_servers()
        if driver is not None:
            driver.quit()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
