"""The ordered list of steps every page goes through, and the loop that runs them.

Steps that read whole lines (comments, copyright, bylines, dates) run before the navigation
step, so those lines keep their specific reason; the rule steps then mark boilerplate, so
that the article boundary sees it as such; the boundary step finds the article span, the
title step looks just before it, a bare name line beside the date line becomes the byline
when no step found one, and ``trim`` drops everything outside the span; on an HTML page left
with no text at all, ``last_resort`` keeps what shape rules alone removed from the chosen
content.
"""

from __future__ import annotations

import itertools
from typing import ClassVar, Protocol

from cleaner.blocks import Page
from cleaner.config import CleanerConfig
from cleaner.errors import CleanerError
from cleaner.explain import Explanation, Step
from cleaner.extractors.authors import AuthorExtractor, NameLineExtractor
from cleaner.extractors.bios import BioExtractor, NamedBioExtractor
from cleaner.extractors.boundary import BoundaryExtractor, TrimExtractor
from cleaner.extractors.captions import CaptionExtractor
from cleaner.extractors.chrome import ChromeExtractor
from cleaner.extractors.comments import CommentsExtractor
from cleaner.extractors.dates import DateExtractor, HeadlineDateExtractor
from cleaner.extractors.duplicates import DuplicateExtractor
from cleaner.extractors.features import FeaturesExtractor
from cleaner.extractors.language import LanguageExtractor
from cleaner.extractors.last_resort import LastResortExtractor
from cleaner.extractors.markup import MarkupExtractor
from cleaner.extractors.navigation import NavigationExtractor
from cleaner.extractors.publisher import PublisherExtractor
from cleaner.extractors.related import RelatedExtractor
from cleaner.extractors.reprints import ReprintExtractor
from cleaner.extractors.summary import SummaryExtractor
from cleaner.extractors.title import TitleExtractor
from cleaner.needles import NeedleIndex

__all__ = ["DEFAULT_STEPS", "PipelineStep", "StepError", "run"]


class PipelineStep(Protocol):
    """One step: a pure function of the page. Steps read no run configuration: each step's
    tuned numbers are its own frozen settings, and the run's options (input type, limits,
    ``strict``) are the front end's and this loop's."""

    name: ClassVar[str]

    def run(self, page: Page) -> Page: ...


class StepError(CleanerError):
    """A step failed unexpectedly (a bug, not bad input)."""

    kind = "internal"


# The steps that judge lines by rules (cleaner.extractors.rules): the features step finds all
# their needles in a block in one scan (cleaner.needles), not one scan per step.
_RULE_STEPS = (
    CommentsExtractor,
    ChromeExtractor,
    ReprintExtractor,
    CaptionExtractor,
    RelatedExtractor,
)
# The steps that screen the lines they try patterns on by needles (cleaner.needles.Screen):
# found in the same scan.
_SCREENED_STEPS = (
    AuthorExtractor,
    BioExtractor,
    DateExtractor,
    PublisherExtractor,
    RelatedExtractor,
    TitleExtractor,
)

DEFAULT_STEPS: tuple[PipelineStep, ...] = (
    LanguageExtractor(),
    MarkupExtractor(),
    FeaturesExtractor(
        NeedleIndex.of(
            (
                *(step.rules for step in _RULE_STEPS),
                *(screen for step in _SCREENED_STEPS for screen in step.screens),
            )
        )
    ),
    CommentsExtractor(),
    PublisherExtractor(),
    AuthorExtractor(),
    DateExtractor(),
    NavigationExtractor(),
    ChromeExtractor(),
    ReprintExtractor(),
    CaptionExtractor(),
    DuplicateExtractor(),
    SummaryExtractor(),
    BioExtractor(),
    RelatedExtractor(),
    BoundaryExtractor(),
    TitleExtractor(),
    HeadlineDateExtractor(),
    NameLineExtractor(),
    NamedBioExtractor(),
    TrimExtractor(),
    LastResortExtractor(),
)


def run(
    page: Page, config: CleanerConfig, steps: tuple[PipelineStep, ...] = DEFAULT_STEPS
) -> Explanation:
    """Run ``steps`` in order; record each step that changed something.

    A step that raises is skipped and reported as a warning step (its field stays empty),
    unless ``config.strict`` is set, in which case it raises :class:`StepError`.
    """
    record: list[Step] = []
    for step in steps:
        try:
            after = step.run(page)
        except Exception as error:
            if config.strict:
                raise StepError(f"internal error in step {step.name!r}: {error!r}") from error
            record.append(Step(step.name, (), (), warning=f"{type(error).__name__}: {error}"))
            continue
        if after is not page:
            # Marks are only ever added, after the ones a page has (Page.with_marks): the
            # new ones are the tail, found without a set of every mark per step.
            # A page's marks and fields are new mappings only when a step added to them (Page):
            # most steps change one of the two, and the other is not read through.
            marks, fields = after.marks, after.fields
            removed = (
                ()
                if marks is page.marks
                else tuple(sorted(itertools.islice(marks, len(page.marks), None)))
            )
            filled = (
                ()
                if fields is page.fields
                else tuple(n for n in fields if fields[n] is not page.fields.get(n))
            )
            if removed or filled:
                record.append(Step(step.name, removed, filled))
        page = after
    return Explanation(page=page, steps=tuple(record))
