#!/usr/bin/env python3
"""Turn a benchmark corpus (txt, html, jsonl) into NDJSON {title, body, path} for tantivy-cli,
so that the plain engine indexes the same articles saywho reads."""
import html, json, os, re, sys

TAG = re.compile(r"<script.*?</script>|<style.*?</style>|<[^>]+>", re.S | re.I)
TITLE = re.compile(r"<title>(.*?)</title>", re.S | re.I)


def main(root):
    out = sys.stdout
    for folder, _, files in os.walk(root):
        for name in sorted(files):
            path = os.path.join(folder, name)
            text = open(path, encoding="utf-8", errors="replace").read()
            if name.endswith(".jsonl"):
                for line in text.splitlines():
                    try:
                        a = json.loads(line)
                    except ValueError:
                        continue
                    body = a.get("text") or a.get("maintext") or a.get("body") or ""
                    out.write(json.dumps({"title": a.get("title", ""), "body": body, "path": path}) + "\n")
            elif name.endswith((".html", ".htm")):
                m = TITLE.search(text)
                body = html.unescape(TAG.sub(" ", text))
                out.write(json.dumps({"title": html.unescape(m.group(1)) if m else "", "body": body, "path": path}) + "\n")
            elif name.endswith((".txt", ".md")):
                title, _, body = text.partition("\n")
                out.write(json.dumps({"title": title, "body": body, "path": path}) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
