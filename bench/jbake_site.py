#!/usr/bin/env python3
"""Writes a plain JBake site with the articles of a neutral corpus (the benchmark's JBake baseline).

    bench/jbake_site.py CORPUS_DIR OUT_DIR

Each content/articles/<column>/<n>.md becomes content/<column>/<n>.md with JBake's header (title, date, type=post,
tags, status=published) over the same Markdown body; jbake.properties and one post template come from bench/jbake/.
Only the articles: the issue's baseline figure is for "the 10,000 articles alone", and JBake has no notion of cases,
GI products or a handbook.
"""
import pathlib
import re
import shutil
import sys

src = pathlib.Path(sys.argv[1]) / "content" / "articles"
out = pathlib.Path(sys.argv[2])
here = pathlib.Path(__file__).parent / "jbake"
if out.exists():
    shutil.rmtree(out)
shutil.copytree(here, out)
count = 0
for md in sorted(src.rglob("*.md")):
    text = md.read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    fields = {}
    for line in front.splitlines():
        m = re.match(r"^(\w+):\s*(.*)$", line)
        if m:
            fields[m.group(1)] = m.group(2).strip().strip('"')
    tags = fields.get("tags", "").strip("[]")
    header = (f"title={fields['title']}\ndate={fields['date']}\ntype=post\n"
              f"tags={','.join(t.strip() for t in tags.split(',') if t.strip())}\nstatus=published\n~~~~~~\n")
    target = out / "content" / md.parent.name / md.name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(header + body, encoding="utf-8")
    count += 1
print(f"{count} articles written to {out}")
