#!/usr/bin/env python3
"""Stands in for WeasyPrint in the output tests, which are about where files go, not about
PDFs: writes a tiny PDF to its last argument at once, or, when ICBGEN_STAND_IN=block, waits
until it is killed (so that a test can catch icbgen in its PDF stage)."""
import os
import signal
import sys

if os.environ.get("ICBGEN_STAND_IN") == "block":
    while True:
        signal.pause()
with open(sys.argv[-1], "wb") as f:
    f.write(b"%PDF-1.7\n% stand-in for WeasyPrint\n%%EOF\n")
