"""The scratch site the inert-content tests plant their URLs in: a copy of the valid fixture
site whose public paper (PAPER) is rewritten with the body a test needs."""
import os
import shutil

MEETING = "2024-01-10-board"
PAPER = f"content/meetings/{MEETING}/papers/strategy-update.md"


def paper(body):
    """The fixture's public paper, cover sheet unchanged, with `body` after its first line."""
    return f"""---
title: Strategy update
authors: [{{name: Bea Dee, role: Director of Strategy}}]
executive_leads: [BD]
purpose: [discussion]
summary: Progress on the strategy.
recommendation: The board is asked to note the update.
status: final
part: public
---
The strategy is on track. See [prevention](@/strategy/priorities/prevention.md).

{body}
"""


def copy_valid(root, dest):
    shutil.copytree(os.path.join(root, "tests/fixtures/valid"), dest)
    return dest
