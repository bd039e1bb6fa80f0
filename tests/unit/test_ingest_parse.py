"""Parsing of every input layout and every kind of bad file, on inline data.

The cases mirror what real inputs look like: the seeds' plain-text header variants, HTML pages,
corpus-style batch rows, and the broken files a folder of downloads always contains.
"""

from __future__ import annotations

import io
import json
from datetime import datetime

import polars as pl
import pytest

from credence.ingest import ManifestEntry, manifest_from_csv, parsed_input
from credence.ingest.layout import body_text

REF = datetime(2025, 6, 30, 12, 0)
BODY = (
    "North Korea is thought to have sent around 10,000 soldiers to Russia, officials said on Monday. "
    "More than 1,000 of them have been killed, according to intelligence sources in South Korea.\n\n"
    "The figures could not be independently verified."
)


def one(name: str, data: bytes, **kwargs):
    parsed = parsed_input(name, data, reference_time=REF, **kwargs)
    assert not parsed.rejections, parsed.rejections
    assert len(parsed.articles) == 1
    return parsed.articles[0]


@pytest.mark.parametrize(
    ("header", "expected", "relative"),
    [
        ("Today : Jan 31, 2025", datetime(2025, 1, 31), False),
        ("Thu Jun 27 2024", datetime(2024, 6, 27), False),
        ("31 January 2025", datetime(2025, 1, 31), False),
        ("3 hours ago 1", datetime(2025, 6, 30, 9, 0), True),
        ("3 hours ago", datetime(2025, 6, 30, 9, 0), True),
        ("Published 2 days ago", datetime(2025, 6, 28, 12, 0), True),
    ],
)
def test_header_date_variants_are_resolved_and_relative_ones_flagged(header, expected, relative):
    article = one("a.txt", f"Troops sent to Russia\n\n{header}\n\n{BODY}".encode())
    assert article.title == "Troops sent to Russia"
    assert article.published_at == expected
    assert article.date_is_relative is relative
    assert article.date_text == header


def test_weekday_header_resolves_to_the_previous_such_day_and_is_relative():
    article = one("a.txt", f"Troops sent to Russia\nMonday\n{BODY}".encode())
    assert article.published_at.weekday() == 0
    assert article.published_at <= REF
    assert article.date_is_relative


def test_missing_date_stays_null_and_is_never_guessed():
    article = one("a.txt", f"Troops sent to Russia\n\n{BODY}".encode())
    assert article.published_at is None
    assert article.date_text is None


def test_first_line_that_is_a_paragraph_is_body_not_title():
    article = one("a.txt", BODY.encode())
    assert article.title is None
    assert article.body_start == 0


def test_section_label_before_headline_is_not_the_title():
    text = (
        f"Today : Jan 31, 2025\nWorld News\n31 January 2025\n\nKim Strikes Hard On Party Misconduct\n\n{BODY}"
    )
    article = one("a.txt", text.encode())
    assert article.title == "Kim Strikes Hard On Party Misconduct"
    assert article.text[article.body_start :].startswith("North Korea is thought")


def test_byline_is_read_from_a_header_line():
    article = one("a.txt", f"Troops sent to Russia\nBy Jane Doe and John Roe\n{BODY}".encode())
    assert article.byline == "Jane Doe and John Roe"


def test_captions_and_furniture_are_separated_but_kept_with_offsets_into_the_raw_text():
    text = (
        "Troops sent to Russia\n\n3 hours ago\n\n"
        "Kim inspects a base in March\n\nKim inspects a base in March (Image: Getty)\n\n"
        f"{BODY}\n\nInvalid email\n\nWe use your sign-up to provide content. Read our Privacy Policy\n\n"
        "Read Entire Article\n\n<\n"
    )
    article = one("a.txt", text.encode())
    captions = [text[s:e] for s, e in article.captions]
    furniture = [text[s:e] for s, e in article.furniture]
    assert captions == ["Kim inspects a base in March", "Kim inspects a base in March (Image: Getty)"]
    assert "Read Entire Article" in furniture and "Invalid email" in furniture and "<" in furniture
    assert article.text == text
    assert text[article.body_end - 1] == "."
    clean = body_text(
        article.text, article.body_start, article.body_end, article.furniture + article.captions
    )
    assert "Getty" not in clean and "Privacy" not in clean and clean.startswith("North Korea")


def test_share_icon_words_are_furniture():
    text = f"Kim Supports Russia\nThu Jun 27 2024\nicon-facebook icon-twitter icon-whatsapp\n\n{BODY}\n"
    article = one("a.txt", text.encode())
    assert [text[s:e] for s, e in article.furniture] == ["icon-facebook icon-twitter icon-whatsapp"]


def test_a_cue_word_inside_an_ordinary_sentence_is_body_text():
    text = "CNN refused to run the advertisement, the campaign said on Friday.\n\nHe declined to sign up."
    article = one("a.txt", text.encode())
    assert article.furniture == ()


def test_same_text_from_another_path_gets_the_same_id_and_whitespace_does_not_matter():
    a = one("a/x.txt", BODY.encode())
    b = one("b/y.txt", BODY.replace(" ", "  ").encode())
    assert a.article_id == b.article_id


def test_html_main_text_and_metadata_come_from_trafilatura():
    html = f"""<!doctype html><html><head><title>Troops sent | Example News</title>
    <meta property="og:title" content="Troops sent to Russia">
    <meta property="og:url" content="https://www.example-news.com/world/troops">
    <meta name="author" content="Jane Doe">
    <meta property="article:published_time" content="2025-01-31T08:00:00Z"></head>
    <body><nav>Home | World | Sign up</nav><article><h1>Troops sent to Russia</h1>
    {"".join(f"<p>{p}</p>" for p in BODY.split(chr(10) + chr(10)))}</article>
    <footer>Privacy Policy</footer></body></html>"""
    article = one("page.html", html.encode())
    assert article.format == "html"
    assert "around 10,000 soldiers" in article.text
    assert "Privacy Policy" not in article.text
    assert article.title == "Troops sent to Russia"
    assert article.published_at == datetime(2025, 1, 31)
    assert article.source == "example-news.com" and article.source_origin == "url"
    assert "<p>" in article.raw_content


def _rows():
    return [
        {
            "id": "a1",
            "outlet": "Daily One",
            "url": "https://one.example/a",
            "title": "T1",
            "date": "2020-03-01",
            "text": BODY,
        },
        {
            "id": "a2",
            "outlet": "Daily Two",
            "url": "https://two.example/b",
            "title": "T2",
            "date": None,
            "text": BODY + " Also 5 more.",
        },
    ]


def _check_batch(articles):
    assert [a.source for a in articles] == ["Daily One", "Daily Two"]
    assert [a.record for a in articles] == ["1", "2"]
    assert articles[0].published_at == datetime(2020, 3, 1)
    assert articles[1].published_at is None
    assert articles[0].title == "T1"
    assert all(a.source_origin == "batch" for a in articles)


def test_jsonl_batch_rows_become_articles():
    data = "\n".join(json.dumps(r) for r in _rows()).encode()
    _check_batch(parsed_input("b.jsonl", data, reference_time=REF).articles)


def test_csv_batch_rows_become_articles():
    buffer = io.StringIO()
    pl.DataFrame(_rows()).write_csv(buffer)
    _check_batch(parsed_input("b.csv", buffer.getvalue().encode(), reference_time=REF).articles)


def test_parquet_batch_rows_become_articles():
    buffer = io.BytesIO()
    pl.DataFrame(_rows()).write_parquet(buffer)
    _check_batch(parsed_input("b.parquet", buffer.getvalue(), reference_time=REF).articles)


def test_gzipped_jsonl_is_read():
    import gzip

    data = gzip.compress("\n".join(json.dumps(r) for r in _rows()).encode())
    assert len(parsed_input("b.jsonl.gz", data, reference_time=REF).articles) == 2


def test_a_broken_batch_row_is_rejected_alone():
    data = (json.dumps(_rows()[0]) + "\n{not json\n" + json.dumps({"title": "no text"}) + "\n").encode()
    parsed = parsed_input("b.jsonl", data, reference_time=REF)
    assert len(parsed.articles) == 1
    assert [(r.record, r.reason) for r in parsed.rejections] == [
        ("2", "line 2: invalid JSON (Expecting property name enclosed in double quotes)"),
        ("3", "record 3: no article text"),
    ]


def test_manifest_names_the_outlet_and_url_of_a_file():
    manifest = manifest_from_csv("file,outlet,url\na.txt,The Example Times,https://example.com/a\n")
    article = one("folder/a.txt", BODY.encode(), manifest=manifest)
    assert article.source == "The Example Times" and article.source_origin == "manifest"
    assert article.url == "https://example.com/a"


def test_url_domain_is_the_source_when_nothing_names_the_outlet():
    article = one("a.txt", BODY.encode(), manifest={"a.txt": ManifestEntry(url="https://www.news.example/x")})
    assert article.source == "news.example" and article.source_origin == "url"


def test_file_name_is_the_source_of_last_resort():
    article = one("folder/000_abc.txt", BODY.encode())
    assert article.source == "000_abc" and article.source_origin == "filename"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"   \n\n ", "empty file"),
        (
            "image.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            "binary content (NUL bytes), not a text article",
        ),
        (
            "latin1.txt",
            "café".encode("latin-1") + b" and more",
            "not valid UTF-8 text (byte 3: invalid continuation byte)",
        ),
        ("big.txt", b"word " * 30, "file is 150 bytes, over the 100-byte limit for one article"),
        (
            "page.html",
            b"<html><body><script>var x = 1;</script></body></html>",
            "no article text found in the HTML page",
        ),
        ("rows.parquet", b"PAR1 this is not parquet", "unreadable Parquet file"),
        ("rows.csv", b"name,value\na,1\n", "CSV has no text column"),
        ("rows.jsonl.gz", b"not gzip at all", "corrupt gzip file"),
    ],
)
def test_bad_files_are_rejected_with_the_reason(name, data, reason):
    parsed = parsed_input(name, data, reference_time=REF, max_bytes=100)
    assert parsed.articles == []
    assert len(parsed.rejections) == 1
    assert parsed.rejections[0].path == name
    assert parsed.rejections[0].reason.startswith(reason)


def test_jsonl_pieces_parse_like_the_whole_file_with_the_same_line_numbers():
    from credence.ingest.parse import articles_from_jsonl_chunk, jsonl_chunks

    lines = [json.dumps({"outlet": f"O{i}", "text": f"{BODY} Row {i}."}) for i in range(7)]
    lines.insert(3, "{broken")
    data = ("\n".join(lines) + "\n").encode()
    whole = parsed_input("b.jsonl", data, reference_time=REF)
    pieces = jsonl_chunks(data, chunk_bytes=150)
    assert len(pieces) > 2 and b"".join(p for _, p in pieces) == data
    parts = [articles_from_jsonl_chunk("b.jsonl", first, piece, REF, 5_000_000) for first, piece in pieces]
    assert [a.record for p in parts for a in p.articles] == [a.record for a in whole.articles]
    assert [a.article_id for p in parts for a in p.articles] == [a.article_id for a in whole.articles]
    assert [r.reason for p in parts for r in p.rejections] == [
        "line 4: invalid JSON (Expecting property name enclosed in double quotes)"
    ]
