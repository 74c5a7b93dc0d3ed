"""Text decoded in the wrong encoding upstream is decoded again; other text is left alone."""

from __future__ import annotations

import pytest

from cleaner import CleanerConfig, InputType, clean
from cleaner.io.mojibake import repaired


@pytest.mark.parametrize(
    ("garbled", "text"),
    [
        (
            "Der Tarif bietet auÃŸerdem 100 Freiminuten fÃ¼r 7 Euro.",
            "Der Tarif bietet außerdem 100 Freiminuten für 7 Euro.",
        ),
        ("Russell tras su sanciÃ³n: dice sobre Ã©l", "Russell tras su sanción: dice sobre él"),
        ("youâ€™re right â€” itâ€™s done", "you’re right — it’s done"),
    ],
)
def test_doubly_decoded_text_is_repaired(garbled: str, text: str) -> None:
    assert repaired(garbled) == text


@pytest.mark.parametrize(
    "text",
    [
        # Text that merely holds the letters mojibake is made of.
        "SÃO PAULO — A cidade de São Paulo anunciou na segunda-feira um novo plano.",
        "Ångström und Ärger: Ärzte in Åre berichten über Ölpreise.",
        "Le café de la gare, 12 € le menu.",
        # An article about mojibake quotes a sample of it; one sample is not a garbled page,
        # and ftfy leaves what it is not sure of.
        "Encoding errors turn the word into a row of odd letters, which readers find baffling.",
    ],
)
def test_text_without_mojibake_is_unchanged(text: str) -> None:
    assert repaired(text) == text


def test_a_garbled_dump_is_cleaned_as_its_real_text() -> None:
    dump = (
        "Der Stadtrat hat am Montag beschlossen, die BrÃ¼cke Ã¼ber den Fluss im FrÃ¼hjahr "
        "zu schlieÃŸen, weil die Reparatur lÃ¤nger dauert als geplant.\n\n"
        "Die Arbeiten sollen im Mai beginnen und bis zum Herbst dauern, teilte die Stadt mit. "
        "FÃ¼r Radfahrer wird eine Umleitung Ã¼ber die alte FÃ¤hre eingerichtet.\n\n"
        "Anwohner hatten seit Jahren Ã¼ber Risse im Belag geklagt und eine grÃ¼ndliche "
        "Sanierung gefordert, die nun etwa zwÃ¶lf Millionen Euro kosten soll.\n"
    ).encode()
    record = clean(dump, source="garbled.txt", config=CleanerConfig(input_type=InputType.TEXT))
    assert "Brücke über den Fluss im Frühjahr zu schließen" in record.body
    assert "Ã" not in record.body
