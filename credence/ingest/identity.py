"""Article identity: a content hash of the normalized text, and MinHash bands to find near-identical copies."""

from __future__ import annotations

import hashlib
import unicodedata

import numpy as np

_SHINGLE = 5
_BANDS = 16
_ROWS = 4
_PERMUTATIONS = _BANDS * _ROWS
_rng = np.random.default_rng(20250131)  # fixed: band hashes are stored and must be stable across runs
_A = _rng.integers(0, 1 << 64, size=_PERMUTATIONS, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 1 << 64, size=_PERMUTATIONS, dtype=np.uint64)
_BAND_MASK = (1 << 63) - 1  # band hashes fit DuckDB's BIGINT
_SAMPLE_ABOVE = 256


_QUOTES = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-"))


def normalized_text(text: str) -> str:
    """Text folded for identity: Unicode NFKC, curly quotes straightened, case and whitespace folded."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
        for curly, straight in _QUOTES:
            text = text.replace(curly, straight)
    return " ".join(text.lower().split())


def content_hash(text: str) -> str:
    """SHA-256 (hex) of the normalized text: the same text from any path gets the same hash."""
    return hashlib.sha256(normalized_text(text).encode("utf-8")).hexdigest()


def article_id_of(text: str) -> str:
    """The article id: the first 16 hex digits of the content hash."""
    return content_hash(text)[:16]


_P = np.uint64(1_000_003)
_P_INV = np.uint64(pow(1_000_003, -1, 1 << 64))  # P is odd, so it has an inverse modulo 2**64
_powers: dict[str, np.ndarray] = {}


def _power_table(name: str, base: np.uint64, length: int) -> np.ndarray:
    """base**0 .. base**length modulo 2**64, grown on demand and kept (the table is a constant)."""
    table = _powers.get(name)
    if table is None or table.size <= length:
        size = max(length + 1, 1 << 16, 0 if table is None else 2 * table.size)
        steps = np.full(size, base, dtype=np.uint64)
        steps[0] = 1
        table = np.cumprod(steps, dtype=np.uint64)
        _powers[name] = table
    return table


def shingle_hashes(text: str) -> np.ndarray:
    """Stable hashes of the overlapping 5-word shingles of the normalized text (empty when too short).

    A polynomial hash over bytes, computed for every shingle at once from prefix sums: with
    C[k] = sum_{j<k} b_j P^-j, the shingle [s, e) hashes to (C[e] - C[s]) P^e, independent of
    where it sits in the text. Arithmetic wraps modulo 2**64 on purpose.
    """
    raw = normalized_text(text).encode("utf-8")
    data = np.frombuffer(raw, dtype=np.uint8)
    spaces = np.flatnonzero(data == 32)
    if spaces.size + 1 < _SHINGLE:
        return np.zeros(0, dtype=np.uint64)
    n = data.size
    inverse = _power_table("inv", _P_INV, n)
    forward = _power_table("fwd", _P, n)
    prefix = np.zeros(n + 1, dtype=np.uint64)
    np.cumsum((data.astype(np.uint64) + np.uint64(1)) * inverse[:n], dtype=np.uint64, out=prefix[1:])
    starts = np.concatenate(([0], spaces + 1))
    ends = np.concatenate((spaces, [n]))
    first, last = starts[: starts.size - _SHINGLE + 1], ends[_SHINGLE - 1 :]
    hashes = (prefix[last] - prefix[first]) * forward[last]
    # Repeated shingles are kept: a minimum does not care, and skipping the sort saves time.
    return hashes >> np.uint64(32)


def minhash_signature(text: str) -> np.ndarray:
    """A 64-permutation MinHash signature; Jaccard similarity of shingle sets ≈ share of equal entries."""
    shingles = shingle_hashes(text)
    if shingles.size == 0:
        return np.zeros(0, dtype=np.uint64)
    if shingles.size > _SAMPLE_ABOVE:
        # Consistent sampling: every text keeps the same quarter of the shingle space, so two
        # texts' sampled sets keep (about) the Jaccard similarity of the full sets at a quarter
        # of the hashing work.
        sampled = shingles[(shingles & np.uint64(3)) == 0]
        if sampled.size >= _SAMPLE_ABOVE // 4:
            shingles = sampled
    # Multiply-shift hashing: a cheap universal family on 32-bit keys.
    values = (np.outer(shingles, _A) + _B) >> np.uint64(32)
    return values.min(axis=0)


_BAND_MIX = _rng.integers(0, 1 << 64, size=(_BANDS, _ROWS), dtype=np.uint64) | np.uint64(1)


def band_hashes_of(keys: list[str]) -> np.ndarray:
    """(len(keys), 16) band hashes of many similarity keys at once (keys must not be empty).

    Texts sharing any band are candidate copies. Each band's four signature values are mixed by
    multiplying with fixed odd constants and adding (wrapping uint64 arithmetic on purpose), with
    the band's number folded in so equal values in different bands do not collide.
    """
    if not keys:
        return np.zeros((0, _BANDS), dtype=np.int64)
    signatures = np.frombuffer(bytes.fromhex("".join(keys)), dtype=">u8").astype(np.uint64)
    bands = signatures.reshape(len(keys), _BANDS, _ROWS)
    mixed = (bands * _BAND_MIX).sum(axis=2, dtype=np.uint64) + np.arange(_BANDS, dtype=np.uint64)
    mixed ^= mixed >> np.uint64(29)
    return (mixed & np.uint64(_BAND_MASK)).astype(np.int64)


def similarity_key(text: str) -> str:
    """The signature as a hex string, stored so later runs can compare new articles to old ones.

    Empty for texts under five words: they are too short to call anything a copy of them.
    """
    return minhash_signature(text).astype(">u8").tobytes().hex()


def signature_from_key(key: str) -> np.ndarray:
    return np.frombuffer(bytes.fromhex(key), dtype=">u8").astype(np.uint64)


def estimated_similarity(key_a: str, key_b: str) -> float:
    """Estimated Jaccard similarity of two texts from their similarity keys."""
    a, b = signature_from_key(key_a), signature_from_key(key_b)
    return float(np.mean(a == b))
