#!/usr/bin/python3
"""A generated batch: N files built from samples/ in mixed encodings and formats, some broken.

    /usr/bin/python3 bench/make_batch.py --samples samples --out /tmp/batch --count 10000

Good files: UTF-8, UTF-8 with BOM and CRLF, GB18030, UTF-16LE with BOM (.txt), Word (.docx: a
paragraph per line) and web pages (.html, UTF-8 or GBK as the page declares). Broken ones (about
one in twelve): binary data, an empty file, a truncated .docx, a .docx without word/document.xml,
bytes that are no text, and a .pdf (listed as skipped). Files go into folders of 100. The
manifest (OUT/manifest.json) names each file's source sample and what zhibiao should say of it.
"""
import argparse
import html
import io
import json
import os
import random
import zipfile

GOOD = ["utf8", "utf8-bom-crlf", "gb18030", "utf16le", "docx", "html-utf8", "html-gbk"]
BAD = ["binary", "empty", "docx-truncated", "docx-no-document", "garbage", "pdf"]


def decode(data):
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(codec)
    for codec in ("utf-8", "gb18030"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass
    return None


def docx_bytes(text):
    paras = "".join("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % html.escape(line, quote=False)
                    for line in text.split("\n"))
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
           "</w:body></w:document>" % paras)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr("word/document.xml", xml)
    return buf.getvalue()


def html_bytes(text, charset):
    body = "".join("<p>%s</p>\n" % html.escape(line, quote=False) for line in text.split("\n"))
    page = ('<!DOCTYPE html><html><head><meta charset="%s"><style>p{margin:0}</style>'
            "<script>var note = '增长99%%';</script></head><body>\n%s</body></html>" % (charset, body))
    return page.encode("gbk" if charset == "gbk" else "utf-8", "replace" if charset == "gbk" else "strict")


def build(kind, text, rng):
    """(file extension, bytes, expected status) for one file."""
    if kind == "utf8":
        return ".txt", text.encode("utf-8"), "ok"
    if kind == "utf8-bom-crlf":
        return ".txt", b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"), "ok"
    if kind == "gb18030":
        return ".txt", text.encode("gb18030"), "ok"
    if kind == "utf16le":
        return ".txt", b"\xff\xfe" + text.encode("utf-16-le"), "ok"
    if kind == "docx":
        return ".docx", docx_bytes(text), "ok"
    if kind == "html-utf8":
        return ".html", html_bytes(text, "utf-8"), "ok"
    if kind == "html-gbk":
        return ".htm", html_bytes(text, "gbk"), "ok"
    if kind == "binary":
        # An executable's header and NUL-padded words (random bytes without NUL runs can pass for UTF-16).
        return ".txt", b"\x7fELF\x02\x01\x01\0" + b"\0" * 56 + bytes(rng.randrange(256) if k % 4 == 0 else 0
                                                                     for k in range(2000)), "error"
    if kind == "empty":
        return ".txt", b"", "empty"
    if kind == "docx-truncated":
        data = docx_bytes(text)
        return ".docx", data[: len(data) // 2], "error"
    if kind == "docx-no-document":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("[Content_Types].xml", "<Types/>")
        return ".docx", buf.getvalue(), "error"
    if kind == "garbage":
        return ".txt", bytes([0x80 + rng.randrange(0x7f) if k % 3 else 0xff for k in range(3000)]), "error"
    if kind == "pdf":
        return ".pdf", b"%PDF-1.4\n" + bytes(rng.randrange(256) for _ in range(500)), "skipped"
    raise ValueError(kind)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--samples", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--repeat", type=int, default=1, help="each file holds its sample this many times (larger files)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    texts = {}
    for s in sorted(f for f in os.listdir(args.samples) if f.endswith(".txt")):
        text = decode(open(os.path.join(args.samples, s), "rb").read())
        # One line end throughout (the CRLF variant puts them back); samples that are not
        # clean text in one encoding (a mixed-encoding one) are no source for a clean copy.
        if text is not None:
            texts[s] = text.replace("\r\n", "\n").replace("\r", "\n") * args.repeat
    samples = sorted(texts)
    manifest = []
    for i in range(args.count):
        kind = BAD[(i // 12) % len(BAD)] if i % 12 == 11 else GOOD[i % len(GOOD)]
        sample = samples[i % len(samples)]
        ext, data, status = build(kind, texts[sample], rng)
        rel = os.path.join("%03d" % (i // 100), "doc-%05d-%s%s" % (i, kind, ext))
        path = os.path.join(args.out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        manifest.append({"file": rel, "kind": kind, "sample": sample, "status": status})
    with open(os.path.join(args.out, "manifest.json"), "w") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=0)
    print("%d files in %s" % (args.count, args.out))


if __name__ == "__main__":
    main()
