#!/usr/bin/env python3
"""Stands in for the `weasyprint` command in the output tests, which are about where files go,
not about PDFs. icbgen reads only this file's #! line, to find the Python that runs its PDF
driver; the driver then imports stand_in/weasyprint.py (on PYTHONPATH), which writes a tiny PDF
at once or, when ICBGEN_STAND_IN=block, waits until it is killed. Run directly, this script
behaves the same way."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "stand_in"))
import weasyprint  # noqa: E402  (the stand-in module)

weasyprint.HTML(filename=sys.argv[-2] if len(sys.argv) > 2 else None).write_pdf(sys.argv[-1])
