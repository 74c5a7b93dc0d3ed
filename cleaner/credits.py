"""Photo agencies' names, which a picture's credit ends in ("Jo Lee/Getty Images", "Foto: dpa").

Shared by the captions step, whose rules remove credit lines, and the text segmenter, which cuts
a flattened line after such a credit: a front end reads no extractor's module (data flows one
way), so the names live here.
"""

from __future__ import annotations

__all__ = ["AGENCIES", "CREDITED_AS_WRITTEN"]

# A regex alternation, written in each agency's own case.
AGENCIES = (
    r"(AP|AFP|Reuters|Getty( Images)?|EPA|dpa|Shutterstock|iStock(photo)?|Bloomberg|Xinhua|ANP|"
    r"PA|Alamy|Imago|Keystone)"
)

# The agencies' names a credit writes in mixed case and prose hardly opens a sentence with
# before a capitalised word: the segmenter cuts a page's piece after one as after a name in
# capitals ("Getty Images Kristi Noem, governor of ..."), where "Bloomberg News reported" is prose.
CREDITED_AS_WRITTEN = frozenset({"Getty Images"})
