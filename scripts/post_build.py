#!/usr/bin/env python3
"""Trunk post-build hook: makes dist/ work under a strict Content Security Policy and offline.

1. Moves Trunk's inline module loader into loader.js, so script-src needs no hash or nonce.
2. Adds the Content-Security-Policy <meta> (the same policy README.md documents as a header).
3. Stamps sw.js with a version and the list of files to precache (hashed names change every build).
Fails loudly if Trunk's output does not look as expected, rather than shipping a broken page.
"""
import hashlib
import os
import pathlib
import re
import sys

CSP = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'none'"
)

staging = pathlib.Path(os.environ.get("TRUNK_STAGING_DIR") or sys.argv[1])
index = staging / "index.html"
html = index.read_text(encoding="utf-8")

# Trunk may minify index.html (Trunk.toml: minify = "on_release"), which drops the attribute quotes.
MODULE = r"<script type=\"?module\"?>(.*?)</script>"
inline = re.findall(MODULE, html, re.S)
if len(inline) != 1:
    sys.exit(f"post_build: expected one inline loader script in index.html, found {len(inline)}")
(staging / "loader.js").write_text(inline[0].strip() + "\n", encoding="utf-8")
html = re.sub(MODULE, '<script type="module" src="./loader.js"></script>', html, flags=re.S)
if "Content-Security-Policy" not in html:
    charset = re.search(r'<meta charset="?utf-8"?>', html, re.I)
    if not charset:
        sys.exit("post_build: index.html has no <meta charset> to put the CSP after")
    csp = f'\n  <meta http-equiv="Content-Security-Policy" content="{CSP}">'
    html = html[: charset.end()] + csp + html[charset.end():]
if "<style" in html or " style=" in html:
    sys.exit("post_build: inline styles would break style-src 'self'")
index.write_text(html, encoding="utf-8")

# A stray brace makes browsers drop the next rule silently; refuse to ship one.
css = re.sub(r"/\*.*?\*/", "", (staging / "app.css").read_text(encoding="utf-8"), flags=re.S)
depth = 0
for number, line in enumerate(css.splitlines(), 1):
    depth += line.count("{") - line.count("}")
    if depth < 0:
        sys.exit(f"post_build: app.css has an unmatched '}}' near line {number}")
if depth != 0:
    sys.exit(f"post_build: app.css has {depth} unclosed '{{'")

# Everything but the snapshots and the worker itself is the app shell.
shell = sorted(
    p.relative_to(staging).as_posix()
    for p in staging.rglob("*")
    if p.is_file() and not p.relative_to(staging).as_posix().startswith("data/") and p.name != "sw.js"
)
digest = hashlib.sha256()
for name in shell:
    digest.update(name.encode())
    digest.update((staging / name).read_bytes())
version = digest.hexdigest()[:16]
sw = staging / "sw.js"
text = sw.read_text(encoding="utf-8")
precache = "[" + ", ".join([f"'./{n}'" for n in shell]) + "]"
text, versions = re.subn(r"^const VERSION = '[^']*';", f"const VERSION = '{version}';", text, flags=re.M)
text, lists = re.subn(r"^const PRECACHE = \[\];", f"const PRECACHE = {precache};", text, flags=re.M)
if versions != 1 or lists != 1:
    sys.exit("post_build: sw.js lacks the VERSION / PRECACHE lines to stamp")
sw.write_text(text, encoding="utf-8")
print(f"post_build: loader.js written, CSP added, sw.js version {version} precaching {len(shell)} files")
