"""Photo credits and captions that carry one."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from cleaner.blocks import BlockKind, Mark, Page
from cleaner.credits import AGENCIES
from cleaner.extractors.rules import RuleSet, marks_for, rule
from cleaner.languages import alternatives
from cleaner.reasons import Reason

__all__ = ["CaptionExtractor"]


@dataclass(frozen=True, slots=True)
class CaptionLimits:
    """Longest block, in words, each captions rule judges: a call to action is short, and the
    same words inside a longer sentence are reporting. Each was set with its rule (no
    figure recorded)."""

    # A credit alone: "Photo: Jane Doe/Reuters", "Courtesy of French army".
    photo_credit: int = 10
    # A name and an agency: "Jane Doe / AP".
    agency_credit: int = 8
    # A caption is a sentence or two before its credit.
    caption_with_credit: int = 80
    # A picture's alt text before its caption ("Hong Kong protester"): a label, not a
    # sentence. Set with the rule, not tuned: fundus dumps check 0.8896 -> 0.8900 (blocks),
    # 0.8986 -> 0.8990 (inscriptis); aeb, traf identical; wcxb 3 pages down at the fifth
    # decimal.
    image_text: int = 6
    # A caption is a sentence or two: "Jona Niemiec (r.) will abziehen, Paulis Karol Mets
    # bedrängt ihn". Set with the rule, not tuned.
    position_caption: int = 40
    # A text browser's image: its alt text, then its file's name in brackets ("Apple's
    # 16-inch MacBook Pro [33622-59478-Logic-Pro-X-l.jpg]"), the caption under it repeating
    # the alt text. A label, not a sentence.
    image_file: int = 14


SETTINGS = CaptionLimits()

_PICTURE = alternatives("picture")
_CREDIT_LABEL = alternatives("credit_label")
_RULES = RuleSet.of(
    # A credit alone on its line: "Courtesy of French army", "Photo: Jane Doe/Reuters".
    rule(Reason.PHOTO_CREDIT,
         rf"^(\(?({_PICTURE}|{alternatives('credit_label')})s?( credit)?( by| courtesy( of)?)?"
         rf"\s*[:/|©]|{alternatives('courtesy')}|\(?({_PICTURE})s? by\b|©|\(c\)\s)",
         SETTINGS.photo_credit),
    # A name, perhaps its own agency, then an agency: "Natalie Naccache | Bloomberg | Getty
    # Images".
    rule(Reason.PHOTO_CREDIT,
         rf"^[\w .'’-]{{0,40}}(\s[/|]\s*[\w .'’-]{{1,30}})?\s*[/|]\s*{AGENCIES}\b[\w .]{{0,20}}$|"
         rf"^{AGENCIES}"
         r"( photo)?$|^(getty|ap|afp|reuters|epa|dpa) ?(images|photos?)?\s*$",
         SETTINGS.agency_credit),
    # A caption that ends in a credit: "... Monday. (AP Photo/Jane Doe)", "[LARA CERRI | Times]",
    # "... (Bildquelle: Ring e.V.)" (a credit label after the picture word, never alone: "(Quelle:
    # Destatis)" cites a source in prose), "... Bild: TebNad/Shutterstock.com" (a site as the
    # credit, after white space: a credit glued to a paragraph's last sentence leaves the
    # paragraph), "... – © Sergey Nivens – stock.adobe.com" (no sentence end after the sign).
    # Those three: traf dumps tune 0.8856|0.8824 -> 0.8882|0.8850 (blocks|inscriptis, +3 pages
    # each, none down), check equal; fundus blocks and inscriptis check +1 page, wcxb
    # inscriptis tune +1 page, aeb inscriptis equal.
    # One rule per form, each with the literals it needs (a bracket, a picture word, a slash,
    # the sign): one pattern of all of them was tried on every line holding any of them, and
    # the forms tried at every position cost a third of the step (aeb inscriptis dumps).
    rule(Reason.CAPTION_WITH_CREDIT,
         rf"\((\w+ )?{AGENCIES}\b[^()]{{0,60}}\)$|"
         rf"\(({_PICTURE}|credit)s? ?({_CREDIT_LABEL})?[:/ ][^()]{{1,60}}\)$|"
         r"\[[A-Z][A-Z .'’-]+\s*\|\s*[^\]]{1,30}\]$",
         SETTINGS.caption_with_credit),
    rule(Reason.CAPTION_WITH_CREDIT,
         rf"({_PICTURE})s?:\s*[^.]{{1,50}}$|(?<=\s)({_PICTURE})s?:\s*([^.]|\.(?=\w)){{1,50}}$",
         SETTINGS.caption_with_credit),
    rule(Reason.CAPTION_WITH_CREDIT, rf"/\s*{AGENCIES}( via getty images| file( photo)?)?$",
         SETTINGS.caption_with_credit),
    # After the caption's last sentence, a name and agencies between bars: "... on Monday,
    # Nov. 13, 2017. Natalie Naccache | Bloomberg | Getty Images". Only after a sentence: a
    # headline line ends "... | Reuters" too.
    rule(Reason.CAPTION_WITH_CREDIT,
         rf"[.!?][\"”’)]?\s+[A-Z][\w .'’-]{{1,40}}(\s\|\s*[\w .'’-]{{1,30}}){{0,2}}\s\|\s*"
         rf"{AGENCIES}$",
         SETTINGS.caption_with_credit),
    rule(Reason.CAPTION_WITH_CREDIT, r"\s[–|-]\s*©[^©]{1,60}(?<![.!?\"”])$",
         SETTINGS.caption_with_credit),
    # An image as lynx draws a linked one: its text, then its file's name in brackets (a
    # bracketed file name alone is chrome's form_control). Not after a sentence's end: a
    # paragraph the image follows, folded into it ("... read: “Chelsea since birth”. [x.jpg]").
    rule(Reason.IMAGE_TEXT,
         r"[^\s.!?:\"”]\s+\[[^\]\s]{1,120}\.(jpe?g|png|gif|webp)\b[^\]\s]{0,120}\]$",
         SETTINGS.image_file),
    # A caption that says where its people stand in the picture: "Luc Wirtgen (l.) und
    # Alexandre Kess (r.)". Prose has no picture to point into. After a name and a space: not
    # a word's own brackets ("Mitarbeiter(in)", "Kulinar(r)isch"), nor a table's unit after
    # a figure ("5 (l)"). The bracket is matched before the look behind it, which reads it
    # too: re skips to a literal first character in C, and tried the look behind at every
    # position (aeb inscriptis, a pass: 2,390.1 -> 2,379.4 M instructions; blocks the same).
    rule(Reason.POSITION_CAPTION,
         rf"\((?<=[^\W\d_]\s\()({alternatives('photo_position')})\.?\)(?=[\s,.:;]|$)",
         SETTINGS.position_caption),
)  # fmt: skip


@dataclass(frozen=True)
class CaptionExtractor:
    """Mark photo credits, and captions that end with one.

    Before: [p "Courtesy of French army"]
            [p "Soldiers fire at enemy positions on Thursday. (AP Photo/Jane Doe)"]
    After:  [... -> removed: photo_credit] [... -> removed: caption_with_credit]

    HTML ``<figcaption>`` blocks are captions whatever their text says. In a text dump, a
    short line right before a credited caption is the picture's own text (image_text: lynx
    and w3m print an image's alt text where the image stands).
    """

    name: ClassVar[str] = "captions"
    rules: ClassVar[RuleSet] = _RULES

    def run(self, page: Page) -> Page:
        page = page.with_marks(marks_for(page, self.rules, self.name))
        caption, marks = BlockKind.CAPTION, page.marks  # locals: a test per block of the page
        figures = [b.id for b in page.blocks if b.kind is caption and b.id not in marks]
        page = page.with_marks(Mark(i, Reason.MARKUP_CAPTION, self.name) for i in figures)
        return page.with_marks(_image_texts(page, self.name)) if page.input_type == "text" else page


def _image_texts(page: Page, by: str) -> Iterator[Mark]:
    """A short unmarked line right before a credited caption, no sentence and no list item,
    or any line the caption opens with, is the picture's own text: a text browser prints an
    image's alt text where the image stands, and the caption under it ("Hong Kong protester"
    over "China has warned ... (Image: GETTY )")."""
    blocks, marks = page.blocks, page.marks
    credited = Reason.CAPTION_WITH_CREDIT
    # The credited captions read off the marks (a block's id is its index), not a look at
    # every block of the page: most pages have none.
    for index in sorted(i for i, mark in marks.items() if mark.reason is credited and i > 0):
        before = blocks[index - 1]
        text = before.text
        if before.id in marks or before.marker:
            continue
        if (before.words <= SETTINGS.image_text and text[-1:].isalnum()) or _repeated_by(
            text, blocks[index].text
        ):
            yield Mark(before.id, Reason.IMAGE_TEXT, by)


def _repeated_by(alt: str, caption: str) -> bool:
    """True when the caption opens with the whole line before it: the picture's alt text, which
    a text browser prints where the image stands, and the caption under it repeats before its
    credit ("The oxygen bar, 'consists of ...'." over "The oxygen bar, 'consists of ...'.
    (Photo Credit : PTI File Photo )"). The caption may glue its credit on ("... im
    MDR-StudioQuelle: Martin Schutt/dpa"), but a line that stops inside a word is not whole."""
    after = caption[len(alt) : len(alt) + 1]
    return caption.startswith(alt) and after != "" and not (after.islower() or after.isdigit())
