"""Writer for the Zstandard seekable format (specs/forgejo-actions-logs.md §3.3) on top of the zstd CLI.

Each 128 KiB slice of the input becomes one ordinary zstd frame (compressed by the `zstd` CLI, with
its content checksum), followed by one skippable frame holding the seek table with checksums, as
Forgejo's writer (SaveTheRbtz/zstd-seekable-format-go) produces. Concatenated frames are valid
zstd, so `zstd -dc` reads the whole file.
"""

import os
import struct
import subprocess
import tempfile

FRAME_SIZE = 131072  # logZstdBlockSize in Forgejo's modules/actions/log.go
SKIPPABLE_MAGIC = 0x184D2A5E
SEEKABLE_MAGIC = 0x8F92EAB1
ZSTD_MAGIC = 0xFD2FB528


def _frame_checksum(frame):
    """Lower 32 bits of XXH64 of the frame's content: the zstd frame's own trailer."""
    magic, = struct.unpack_from("<I", frame, 0)
    if magic != ZSTD_MAGIC or not frame[4] & 0x04:
        raise ValueError("zstd CLI wrote a frame without a content checksum")
    return struct.unpack_from("<I", frame, len(frame) - 4)[0]


def seek_table(entries):
    """entries: (compressed size, decompressed size, checksum) per frame."""
    body = b"".join(struct.pack("<III", c, d, x) for c, d, x in entries)
    body += struct.pack("<IBI", len(entries), 0x80, SEEKABLE_MAGIC)
    return struct.pack("<II", SKIPPABLE_MAGIC, len(body)) + body


def compress_many(blobs, level=3):
    """Compresses each bytes object of `blobs` into a seekable zstd file (bytes), with one CLI call."""
    with tempfile.TemporaryDirectory(prefix="seekable-") as tmp:
        chunks = []  # (blob index, path)
        for i, blob in enumerate(blobs):
            for off in range(0, max(len(blob), 1), FRAME_SIZE):
                part = blob[off:off + FRAME_SIZE]
                if not part:
                    continue
                path = os.path.join(tmp, "%d-%d" % (i, off // FRAME_SIZE))
                with open(path, "wb") as f:
                    f.write(part)
                chunks.append((i, path, len(part)))
        for start in range(0, len(chunks), 500):
            batch = [p for _, p, _ in chunks[start:start + 500]]
            subprocess.run(["zstd", "-q", "-f", "-%d" % level, "--check", "--rm"] + batch, check=True)
        frames = [[] for _ in blobs]
        for i, path, size in chunks:
            with open(path + ".zst", "rb") as f:
                frames[i].append((f.read(), size))
    out = []
    for per_blob in frames:
        entries = [(len(fr), size, _frame_checksum(fr)) for fr, size in per_blob]
        out.append(b"".join(fr for fr, _ in per_blob) + seek_table(entries))
    return out
