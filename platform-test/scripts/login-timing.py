#!/usr/bin/env python3
"""Response times of failed logins against a running app with the demo data (docs/security.md).

Usage: login-timing.py BASE_URL USER_A USER_B [ROUNDS]

Each round times three failed logins, interleaved so that load drifts alike for all three:
an unknown user name, a wrong password for USER_A (whose count a correct login then resets,
untimed), and the right password for USER_B, locked before the first round. Prints the median
and the 90th percentile of each, in milliseconds. USER_B stays locked for 15 minutes.
"""
import http.cookiejar
import re
import statistics
import sys
import time
import urllib.parse
import urllib.request

PASSWORD = "sapporo-demo-2026"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


def log_in(base, user, password):
    """Posts the login form with a fresh session; returns (seconds, Location)."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect)
    page = opener.open(base + "/login").read().decode()
    token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    body = urllib.parse.urlencode({"username": user, "password": password, "_csrf": token}).encode()
    started = time.perf_counter()
    try:
        opener.open(base + "/login", body)
        raise SystemExit("expected a redirect")
    except urllib.error.HTTPError as redirect:
        return time.perf_counter() - started, redirect.headers["Location"]


def main():
    base, user_a, user_b = sys.argv[1:4]
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 30
    for i in range(5):
        log_in(base, user_b, "wrong-password-%d" % i)
    times = {"unknown user": [], "wrong password": [], "locked, right password": []}
    for i in range(rounds):
        for case, user, password in (("unknown user", "nobody-%d@example.jp" % i, "wrong-password"),
                                     ("wrong password", user_a, "wrong-password"),
                                     ("locked, right password", user_b, PASSWORD)):
            seconds, location = log_in(base, user, password)
            if not location.endswith("/login?error"):
                raise SystemExit("%s: not refused (%s)" % (case, location))
            times[case].append(seconds * 1000)
        _, location = log_in(base, user_a, PASSWORD)
        if location.endswith("error"):
            raise SystemExit("the correct password of %s was refused" % user_a)
    for case, values in times.items():
        values.sort()
        print("%-24s median %6.1f ms   p90 %6.1f ms   (n=%d)"
              % (case, statistics.median(values), values[int(len(values) * 0.9) - 1], len(values)))


if __name__ == "__main__":
    main()
