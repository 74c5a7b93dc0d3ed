"""Tree -> layout: which text becomes which block, and what is never visible."""

from __future__ import annotations

from cleaner.blocks import BlockKind
from cleaner.html.layout import Layout, read_layout
from cleaner.html.parse import parse_html
from cleaner.reasons import Reason


def _layout(body: str) -> Layout:
    return read_layout(parse_html(f"<html><body>{body}</body></html>", max_bytes=10**6))


def _texts(body: str) -> list[str]:
    return [b.text for b in _layout(body).blocks]


def test_invisible_elements_are_dropped() -> None:
    body = (
        "<p>shown</p><script>var x = 1;</script><style>p{}</style><template><p>t</p></template>"
        "<noscript>enable js</noscript><p hidden>h</p><div aria-hidden='true'>a</div>"
        "<div style='display: none'>d</div><p style='visibility:hidden'>v</p>"
        "<span class='sr-only'>screen reader</span><p>also shown</p>"
    )
    assert _texts(body) == ["shown", "also shown"]


def test_responsive_hidden_classes_are_kept() -> None:
    assert _texts("<nav class='hidden lg:flex'><p>wide screens</p></nav>") == ["wide screens"]


def test_inline_text_joins_and_block_children_split() -> None:
    body = "<div>Lead <b>bold</b> <a href='#'>link</a><p>Inner paragraph.</p>tail text</div>"
    assert _texts(body) == ["Lead bold link", "Inner paragraph.", "tail text"]


def test_line_breaks_stay_and_blank_lines_split_paragraphs() -> None:
    assert _texts("<p>one<br>two<br><br>three</p>") == ["one\ntwo", "three"]


def test_kinds_and_heading_levels() -> None:
    layout = _layout(
        "<h2>Sub</h2><ul><li>item</li></ul><blockquote><p>quoted</p></blockquote>"
        "<figure><img src=x><figcaption>A caption</figcaption></figure><pre>a\n  b</pre>"
    )
    got = [(b.text, b.kind, b.heading_level) for b in layout.blocks]
    assert got == [
        ("Sub", BlockKind.HEADING, 2),
        ("item", BlockKind.LIST_ITEM, 0),
        ("quoted", BlockKind.QUOTE, 0),
        ("A caption", BlockKind.CAPTION, 0),
        ("a\n  b", BlockKind.PRE, 0),
    ]


def test_data_table_rows_become_table_blocks() -> None:
    layout = _layout(
        "<table><tr><th>Name</th><th>Age</th></tr><tr><td>Ann</td><td>41</td></tr></table>"
    )
    assert [(b.text, b.kind) for b in layout.blocks] == [
        ("Name | Age", BlockKind.TABLE),
        ("Ann | 41", BlockKind.TABLE),
    ]


def test_a_tables_figure_holds_no_caption_but_its_figcaption() -> None:
    # Broken markup can leave the paragraphs after a table inside the table's <figure>.
    layout = _layout(
        "<figure class='table-block'><table><tr><td>Ann</td><td>41</td></tr></table>"
        "<figcaption>Ages of the members</figcaption><p>The club grew again this year.</p>"
        "</figure><figure><img src=x><span>A picture's caption</span></figure>"
    )
    assert [(b.text, b.kind) for b in layout.blocks] == [
        ("Ann | 41", BlockKind.TABLE),
        ("Ages of the members", BlockKind.CAPTION),
        ("The club grew again this year.", BlockKind.PARAGRAPH),
        ("A picture's caption", BlockKind.CAPTION),
    ]


def test_layout_table_cells_are_plain_blocks() -> None:
    layout = _layout("<table><tr><td><p>Left column text.</p></td><td>Right</td></tr></table>")
    assert [(b.text, b.kind) for b in layout.blocks] == [
        ("Left column text.", BlockKind.PARAGRAPH),
        ("Right", BlockKind.PARAGRAPH),
    ]


def test_link_characters_are_counted() -> None:
    (block,) = _layout("<p>see <a href='#'>this page</a></p>").blocks
    assert block.link_chars == len("this page")


def test_boilerplate_signals_from_class_tag_and_role() -> None:
    layout = _layout(
        "<div class='share-tools'>s</div><nav>n</nav><div role='contentinfo'>f</div>"
        "<div id='comments'>c</div><div class='has-sidebar'>x</div>"
    )
    reasons = [layout.boilerplate[b.owner] for b in layout.blocks]
    assert reasons == ["share_bar", "nav_container", "page_footer", "comment_section", None]


def test_subtree_ranges_nest() -> None:
    layout = _layout("<div><p>a</p><p>b</p></div><p>c</p>")
    div = layout.tags.index("div")
    inside = [b.text for b in layout.blocks if div <= b.owner <= layout.ends[div]]
    assert inside == ["a", "b"]


def test_deep_nesting_does_not_recurse_without_bound() -> None:
    body = "<div>" * 400 + "deep text" + "</div>" * 400
    assert "deep text" in " ".join(_texts(body))


def test_ruby_annotations_are_not_text() -> None:
    ruby = "<ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>"
    assert _texts(f"<p>{ruby}どもへの体罰</p>") == ["子どもへの体罰"]


def test_forms_are_promo_boxes() -> None:
    layout = _layout("<form><p>Please fill in every field marked with *.</p></form>")
    assert layout.boilerplate[layout.parents[layout.blocks[0].owner]] == "promo_box"


def test_link_characters_are_counted_across_line_breaks() -> None:
    blocks = _layout("<p>One <a href=#>link</a><br>two<br><br><a href=#>three</a></p>").blocks
    assert [(b.text, b.link_chars) for b in blocks] == [("One link\ntwo", 4), ("three", 5)]


def test_a_posts_topic_classes_name_no_boilerplate() -> None:
    # WordPress post classes: the taxonomy tokens say what the post is about.
    post = (
        "<article class='post-7 type-post status-publish hentry category-tax-credits "
        "tag-comments tag-newsletter'><p>Prose.</p></article>"
    )
    layout = _layout(post)
    assert layout.boilerplate == [None, None, None]
    assert [b.kind for b in layout.blocks] == [BlockKind.PARAGRAPH]


def test_topic_like_classes_still_count_outside_post_classes() -> None:
    # The same words on an ordinary element (a tag list, a comments box) keep their meaning.
    layout = _layout("<div class='tag-comments box'><p>Reply.</p></div>")
    assert layout.boilerplate[-2:] == [Reason.COMMENT_SECTION, None]


def test_a_modal_dialog_is_never_a_wrapper() -> None:
    # A consent form over the page holds its prose: no layout name, no article class, makes
    # it the article; a dialog that is no modal (a chat widget's box) stays a promo box.
    layout = _layout(
        "<section role='dialog' aria-modal='true' class='article-body'><p>Cookies.</p></section>"
        "<div role='dialog'><p>Chat with us.</p></div>"
    )
    assert [r for r in layout.boilerplate if r] == [Reason.MODAL_DIALOG, Reason.PROMO_BOX]


def test_an_id_made_from_the_sections_heading_names_nothing() -> None:
    # "use-trimmed-replies-in-email-discussions" is the anchor of the section's heading, not
    # a comment thread; an id of its own ("comments", "newsletter-signup") still names one.
    layout = _layout(
        "<section id='use-trimmed-replies-in-email-discussions'>"
        "<h2>Use trimmed replies in email discussions</h2><p>Text.</p></section>"
        "<h2 id='what-are-google-reviews-and-ratings'>What are Google reviews and ratings?</h2>"
        "<section id='comments'><h2>Comments on this story</h2></section>"
        "<div id='newsletter-signup-box'><h2>Daily briefing in your inbox</h2></div>"
    )
    assert [r for r in layout.boilerplate if r] == [
        Reason.COMMENT_SECTION,
        Reason.NEWSLETTER_BOX,
    ]
