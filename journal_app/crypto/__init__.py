"""Key derivation, key slots and record sealing: bytes in, bytes out.

Only the ``cryptography`` package and the standard library are used here; no
primitive is written by hand.
"""
