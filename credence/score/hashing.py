"""SHA-1 of many short strings at once, in numpy (pure): the same digests as hashlib, no loop per string.

Fact ids are hex prefixes of SHA-1 digests (`consistency.fact_id_of`); a corpus has tens of
thousands of facts, and hashing them one `hashlib` call at a time costs more than the rest of
building the facts. Here every message is padded into 64-byte blocks as FIPS 180-4 prescribes,
messages with the same number of blocks are stacked into one uint32 matrix, and the 80 rounds of
the compression function run once per block position over all of them (uint32 arithmetic wraps
modulo 2^32 as SHA-1 needs).
"""

from __future__ import annotations

import numpy as np
import polars as pl

_H0 = np.array([0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0], dtype=np.uint32)
_K = (np.uint32(0x5A827999), np.uint32(0x6ED9EBA1), np.uint32(0x8F1BBCDC), np.uint32(0xCA62C1D6))
_HEX = np.frombuffer(b"0123456789abcdef", dtype=np.uint8)


def _rotl(x: np.ndarray, n: int) -> np.ndarray:
    return (x << np.uint32(n)) | (x >> np.uint32(32 - n))


def _compress(state: np.ndarray, words: np.ndarray) -> np.ndarray:
    """One SHA-1 block for every message: state (m, 5) and the block's words (m, 16), uint32."""
    w = np.empty((80, words.shape[0]), dtype=np.uint32)
    w[:16] = words.T
    for t in range(16, 80):
        w[t] = _rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1)
    a, b, c, d, e = (state[:, i].copy() for i in range(5))
    for t in range(80):
        if t < 20:
            f = (b & c) | (~b & d)
        elif t < 40 or t >= 60:
            f = b ^ c ^ d
        else:
            f = (b & c) | (b & d) | (c & d)
        temp = _rotl(a, 5) + f + e + _K[t // 20] + w[t]
        a, b, c, d, e = temp, a, _rotl(b, 30), c, d
    return state + np.stack([a, b, c, d, e], axis=1)


def sha1_hex(messages: pl.Series, chars: int = 40) -> pl.Series:
    """The first `chars` hex digits of the SHA-1 of each string's UTF-8 bytes (nulls hash as "")."""
    messages = messages.cast(pl.String).fill_null("")
    n = messages.len()
    if n == 0:
        return pl.Series(messages.name, [], dtype=pl.String)
    length = messages.str.len_bytes().to_numpy().astype(np.int64)
    data = np.frombuffer(messages.str.join("").item().encode("utf-8"), dtype=np.uint8)
    start = np.cumsum(length) - length
    blocks = (length + 8) // 64 + 1  # message, 0x80, zeros, 64-bit length
    digest = np.empty((n, 5), dtype=np.uint32)
    for count in np.unique(blocks).tolist():
        which = np.flatnonzero(blocks == count)
        size = length[which]
        padded = np.zeros((which.size, count * 64), dtype=np.uint8)
        offset = np.cumsum(size) - size
        step = np.arange(int(size.sum()))
        padded.reshape(-1)[np.repeat(np.arange(which.size) * (count * 64) - offset, size) + step] = data[
            np.repeat(start[which] - offset, size) + step
        ]
        padded[np.arange(which.size), size] = 0x80
        bits = (size * 8).astype(">u8").view(np.uint8).reshape(-1, 8)
        padded[:, -8:] = bits
        words = padded.view(">u4").astype(np.uint32)
        state = np.tile(_H0, (which.size, 1))
        for block in range(count):
            state = _compress(state, words[:, block * 16 : (block + 1) * 16])
        digest[which] = state
    raw = digest.astype(">u4").view(np.uint8).reshape(n, 20)
    hexed = np.empty((n, 40), dtype=np.uint8)
    hexed[:, 0::2] = _HEX[raw >> 4]
    hexed[:, 1::2] = _HEX[raw & 0x0F]
    text = np.ascontiguousarray(hexed[:, :chars]).view(f"S{chars}").ravel()
    return pl.Series(messages.name, text, dtype=pl.Binary).cast(pl.String)
