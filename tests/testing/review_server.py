"""`checker review` started as a subprocess, and the URL it prints.

Shared by the Python end-to-end tests: review_browser_test.py (which drives
the page with Selenium) and crash_consistency_test.py (which must run
without Selenium). This module therefore imports only the standard library.
The scripts import it as `testing.review_server`: Python puts a script's own
folder (tests/) first on sys.path, so this works from any working directory
and build directory.

    server = ReviewServer(checker, "claims", docs="docs", cwd=root)
    urllib.request.urlopen(server.url + "api/state")   # "http://127.0.0.1:PORT/"
    server.kill9()

Not thread-safe; one object per server process.
"""

import os
import re
import signal
import subprocess
import tempfile
import threading

# The line `checker review` prints when it serves: "Review at http://...".
URL_PATTERN = re.compile(r"(http://127\.0\.0\.1:\d+/)")


class ReviewServerError(Exception):
    """`checker review` exited, or printed no URL in time; says which, with
    the end of its stderr."""


class ReviewServer:
    """`CHECKER review BASE [--docs DOCS]`, run in `cwd` (None: this process's).

    Waits up to `start_seconds` (default $REVIEW_START_SECONDS, else 20) for
    the URL on stdout and sets `url`; raises ReviewServerError, after killing
    the process, when none comes. Stdout is drained by a thread and stderr
    goes to a temporary file, so a talkative server never blocks on a full
    pipe.
    """

    def __init__(self, checker, base, docs=None, cwd=None, start_seconds=None):
        if start_seconds is None:
            start_seconds = float(os.environ.get("REVIEW_START_SECONDS", "20"))
        argv = [checker, "review", base]
        if docs is not None:
            argv += ["--docs", docs]
        self._stderr = tempfile.TemporaryFile(mode="w+")
        self.proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.PIPE,
                                     stderr=self._stderr, text=True)
        self.url = None
        self._found = threading.Event()
        reader = threading.Thread(target=self._read_stdout, daemon=True)
        reader.start()
        self._found.wait(start_seconds)
        if self.url is None:
            try:
                exited = self.proc.wait(timeout=0.5)
            except subprocess.TimeoutExpired:
                exited = None
            self.kill9()
            raise ReviewServerError(
                "checker review printed no URL %s; stderr: %s" % (
                    "(it exited with %d)" % exited if exited is not None
                    else "within %g s" % start_seconds,
                    self.stderr()[-2000:]))

    def _read_stdout(self):
        for line in self.proc.stdout:
            if self.url is None:
                m = URL_PATTERN.search(line)
                if m:
                    self.url = m.group(1)
                    self._found.set()
        self._found.set()  # stdout closed: the process is gone

    def stderr(self):
        """What the server wrote to stderr so far."""
        self._stderr.seek(0)
        return self._stderr.read()

    def kill9(self):
        """SIGKILL, as a crash or a pulled plug would; waits for the exit."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()
