"""Copy detection for product photos: a pure library (no Django imports).

Stages, each behind a small interface so it can be swapped or tested alone:

* :mod:`.decode` - robust, reduced-size decoding to upright RGB;
* :mod:`.hashing` (:class:`Hasher`) - PDQ (Meta-compatible, :mod:`.pdq`) of an image,
  its content box and main object, and on the reference side its dihedral turns and
  crop windows;
* :mod:`.index` (:class:`HashIndex`) - exact Hamming radius search over 256-bit hashes;
* :mod:`.features` / :mod:`.verify` (:class:`Verifier`) - grid-spread ORB features,
  ratio test, RANSAC affine fit, an overlay check of the aligned thumbnails and a
  score calibrated on the benchmark's tuning split;
* :mod:`.matcher` (:class:`Matcher`) - ties them together; returns scored candidates
  and never acts on them;
* :mod:`.batch` / :mod:`.store` - folders with every core, and indexes on disk.
"""

from tradeguard.imagematch.decode import DecodeOptions, decode_image
from tradeguard.imagematch.hashing import Hasher, PdqVariantHasher
from tradeguard.imagematch.index import FlatHashIndex, HashIndex
from tradeguard.imagematch.matcher import MATCH_THRESHOLD, Matcher
from tradeguard.imagematch.pdq import pdq_hash
from tradeguard.imagematch.results import (
    Candidate,
    DecodedImage,
    DecodeFailure,
    IndexHits,
    IndexNotReady,
    MatchReport,
    PdqHash,
    Verification,
)
from tradeguard.imagematch.verify import RansacVerifier, Verifier

__all__ = [
    "MATCH_THRESHOLD",
    "Candidate",
    "DecodeFailure",
    "DecodeOptions",
    "DecodedImage",
    "FlatHashIndex",
    "HashIndex",
    "Hasher",
    "IndexHits",
    "IndexNotReady",
    "MatchReport",
    "Matcher",
    "PdqHash",
    "PdqVariantHasher",
    "RansacVerifier",
    "Verification",
    "Verifier",
    "decode_image",
    "pdq_hash",
]
