#!/usr/bin/env python3
"""Trunk post-build hook: makes dist/ work under a strict Content Security Policy and offline.

1. Moves Trunk's inline module loader into loader.js, so script-src needs no hash or nonce.
2. Adds the Content-Security-Policy <meta> (the same policy README.md documents as a header).
3. Stamps sw.js with a version and the list of files to precache (hashed names change every build).
4. Takes in the publisher page (publish.html and its own bundle, built before into dist-publish/) and lists
   its files apart in sw.js, so they are cached only for those who use the page.
For publish.html's own build it does 1 and 2 (its loader is publish-loader.js) and stops.
Fails loudly if Trunk's output does not look as expected, rather than shipping a broken page.
"""
import hashlib
import os
import pathlib
import re
import shutil
import sys

CSP = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'none'"
)

staging = pathlib.Path(os.environ.get("TRUNK_STAGING_DIR") or sys.argv[1])
source = pathlib.Path(os.environ.get("TRUNK_SOURCE_DIR") or pathlib.Path(__file__).resolve().parent.parent)
page = pathlib.Path(os.environ.get("TRUNK_HTML_FILE") or "index.html").name
# The publisher page is built first, into its own dist (Trunk empties the target dist on every build);
# the guide's build then takes it in (see the end of this script).
PUBLISHER_DIST = source / "dist-publish"
LOADERS = {"index.html": "loader.js", "publish.html": "publish-loader.js"}
if page not in LOADERS:
    sys.exit(f"post_build: unknown page {page}")


def harden(name):
    """Moves the page's inline loader into its own file and adds the CSP <meta>."""
    path = staging / name
    html = path.read_text(encoding="utf-8")
    # Trunk may minify the page (Trunk.toml: minify = "on_release"), which drops the attribute quotes.
    module = r"<script type=\"?module\"?>(.*?)</script>"
    inline = re.findall(module, html, re.S)
    if len(inline) != 1:
        sys.exit(f"post_build: expected one inline loader script in {name}, found {len(inline)}")
    (staging / LOADERS[name]).write_text(inline[0].strip() + "\n", encoding="utf-8")
    html = re.sub(module, f'<script type="module" src="./{LOADERS[name]}"></script>', html, flags=re.S)
    if "Content-Security-Policy" not in html:
        charset = re.search(r'<meta charset="?utf-8"?>', html, re.I)
        if not charset:
            sys.exit(f"post_build: {name} has no <meta charset> to put the CSP after")
        csp = f'\n  <meta http-equiv="Content-Security-Policy" content="{CSP}">'
        html = html[: charset.end()] + csp + html[charset.end():]
    if "<style" in html or " style=" in html:
        sys.exit(f"post_build: inline styles in {name} would break style-src 'self'")
    path.write_text(html, encoding="utf-8")


if page == "publish.html":
    # Trunk names its output index.html whatever the source page is called.
    (staging / "index.html").rename(staging / page)
harden(page)
if page == "publish.html":
    print(f"post_build: {LOADERS[page]} written, CSP added; the guide's build (index.html) takes this page in")
    sys.exit(0)

# A stray brace makes browsers drop the next rule silently; refuse to ship one.
css = re.sub(r"/\*.*?\*/", "", (staging / "app.css").read_text(encoding="utf-8"), flags=re.S)
depth = 0
for number, line in enumerate(css.splitlines(), 1):
    depth += line.count("{") - line.count("}")
    if depth < 0:
        sys.exit(f"post_build: app.css has an unmatched '}}' near line {number}")
if depth != 0:
    sys.exit(f"post_build: app.css has {depth} unclosed '{{'")

# The publisher page and its bundle, built before into dist-publish/: copied in beside the guide, and
# listed apart so the guide's first load never fetches them (sw.js caches them once the page is used).
publisher = []
if (PUBLISHER_DIST / "publish.html").is_file():
    for p in sorted(PUBLISHER_DIST.iterdir()):
        if p.is_file():
            if (staging / p.name).exists():
                sys.exit(f"post_build: the publisher page's {p.name} would replace the guide's")
            shutil.copyfile(p, staging / p.name)
            publisher.append(p.name)
else:
    print("post_build: no dist-publish/publish.html, so dist/ has no publisher page "
          "(build it first: trunk build --release publish.html --dist dist-publish)")

# Everything but the snapshots, the worker itself and the publisher page is the app shell.
shell = sorted(
    p.relative_to(staging).as_posix()
    for p in staging.rglob("*")
    if p.is_file() and not p.relative_to(staging).as_posix().startswith("data/") and p.name != "sw.js"
    and p.name not in publisher
)
digest = hashlib.sha256()
for name in shell + publisher:
    digest.update(name.encode())
    digest.update((staging / name).read_bytes())
version = digest.hexdigest()[:16]
sw = staging / "sw.js"
text = sw.read_text(encoding="utf-8")


def listed(names):
    return "[" + ", ".join([f"'./{n}'" for n in names]) + "]"


text, versions = re.subn(r"^const VERSION = '[^']*';", f"const VERSION = '{version}';", text, flags=re.M)
text, lists = re.subn(r"^const PRECACHE = \[\];", f"const PRECACHE = {listed(shell)};", text, flags=re.M)
text, pages = re.subn(r"^const PUBLISHER = \[\];", f"const PUBLISHER = {listed(publisher)};", text, flags=re.M)
if versions != 1 or lists != 1 or pages != 1:
    sys.exit("post_build: sw.js lacks the VERSION / PRECACHE / PUBLISHER lines to stamp")
sw.write_text(text, encoding="utf-8")
print(f"post_build: loader.js written, CSP added, sw.js version {version} precaching {len(shell)} files,"
      f" {len(publisher)} more for the publisher page")
